/** The deck of a Korean story whose markup marks none: its first lines under the headline. */
import { describe, expect, it } from 'vitest';
import { takeLeadDeck } from '../../../utils/extract/lead-deck';

const STORY =
  '<p>삼성전자가 새 스마트 안경을 공개했다. 이 제품은 온디바이스 AI와 클라우드 AI를 모두 지원한다. 회사는 이를 통해 시장을 넓힐 계획이라고 밝혔다.</p>' +
  '<p>업계는 이번 제품이 시장의 판도를 바꿀 것으로 본다. 가격은 아직 공개되지 않았고 출시는 다음 달로 예정돼 있다. 사전 예약은 이번 주부터 시작한다.</p>' +
  '<p>회사 관계자는 “하반기에는 해외 시장에도 제품을 내놓을 계획”이라며 “협력사와 함께 생태계를 넓히겠다”고 말했다.</p>';

function run(html: string) {
  const doc = new DOMParser().parseFromString(`<body><div id="c">${html}</div></body>`, 'text/html');
  const content = doc.querySelector('#c')!;
  const deck = takeLeadDeck(content, '삼성, 갤럭시 엣지 출시');
  return { deck, first: content.querySelector('p')?.textContent ?? '' };
}

describe('takeLeadDeck', () => {
  it('takes a bold summary block, one line per <br>', () => {
    const { deck, first } = run(
      `<p><strong>갤럭시 엣지 출시<br>온디바이스·클라우드 AI 모두 지원<br>스마트폰 연동으로 활용도 높여</strong></p>${STORY}`,
    );
    expect(deck).toEqual(['갤럭시 엣지 출시', '온디바이스·클라우드 AI 모두 지원', '스마트폰 연동으로 활용도 높여']);
    expect(first).toMatch(/^삼성전자가/);
  });

  it('takes a bold summary the page runs straight into the first paragraph, leaving the paragraph', () => {
    const { deck, first } = run(
      `<p><strong>남부지법, 가처분 관련 사건 3개 심문<br>'개정된 당헌 효력 있나' 다툼이 쟁점</strong>[이데일리 조민정 기자] 국민의힘 비상대책위원회 관련 심문이 열렸다.</p>${STORY}`,
    );
    expect(deck).toEqual(['남부지법, 가처분 관련 사건 3개 심문', "'개정된 당헌 효력 있나' 다툼이 쟁점"]);
    expect(first).toBe('[이데일리 조민정 기자] 국민의힘 비상대책위원회 관련 심문이 열렸다.');
  });

  it('leaves a one-line bold lead-in of the first paragraph in it', () => {
    expect(run(`<p><strong>서울 강남구</strong> 일대에서 정전이 발생했다.</p>${STORY}`).deck).toEqual([]);
  });

  it('takes a short unmarked line right before the dateline paragraph, past a lead photo', () => {
    const { deck } = run(
      `<p><img src="https://e.example/a.jpg"></p><p>엘제이의 리벤지인가, 류화영의 코스프레인가</p><p>[엔터미디어=정덕현의 이슈공감] ${STORY}</p>`,
    );
    expect(deck).toEqual(['엘제이의 리벤지인가, 류화영의 코스프레인가']);
  });

  it.each([
    ['a plain first sentence', `<p>정부가 추경을 편성했다.</p>${STORY}`],
    ['a short plain line not followed by a dateline', `<p>정부 추경 편성 배경</p>${STORY}`],
    ['a bold sentence', `<p><b>정부가 추경을 편성했다.</b></p>${STORY}`],
    ['a single marked bold line (a subhead)', `<p><b>■ 추경 편성 배경</b></p>${STORY}`],
    [
      'a bold link (a teaser headline on a list page)',
      `<p><a href="/view/1"><strong>정부, 내년 예산 확정</strong></a></p>${STORY}`,
    ],
    ['the story itself (nothing left after it)', '<p><b>짧은 굵은 줄</b></p><p>[서울=뉴시스] 짧다.</p>'],
  ])('leaves %s in the body', (_what, html) => {
    expect(run(html).deck).toEqual([]);
  });
});
