/**
 * Korean trailers seen on real pages beyond sedaily (tests/pages/naver-*, generic-entermedia-*) and
 * the spellings other outlets use: copyright in every form, portal subscription and tip lines,
 * photo credits, "▶ <a>…</a>" promotion runs. Negatives are news sentences with the same words.
 */
import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '../../../utils/extract/drop-boilerplate';
import { RemovedLog } from '../../../utils/extract/removed-log';
import { collapseSpace } from '../../../utils/extract/text';
import { KOREAN_NEWS_DROP_TEXT } from '../../../utils/site-rules/korean-news';

const reasonFor = (text: string) => KOREAN_NEWS_DROP_TEXT.find((rule) => rule.pattern.test(collapseSpace(text)))?.reason ?? null;

describe('Korean trailers', () => {
  it.each([
    ['ⓒ중앙일보(https://joongang.co.kr), 무단 전재 및 재배포 금지', 'copyright'],
    ["저작권자 ⓒ '대중문화컨텐츠 전문가그룹' 엔터미디어(www.entermedia.co.kr), 무단전재 및 재배포금지", 'copyright'],
    ['Copyright ⓒ 헤럴드경제. All rights reserved. 무단 전재 및 재배포 금지.', 'copyright'],
    ['Copyright ⓒ 뉴스1. All rights reserved. 무단 전재 및 재배포, AI학습 이용 금지.', 'copyright'],
    ['<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>', 'copyright'],
    ['<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>', 'copyright'],
    ['[ⓒ 매일경제 & mk.co.kr, 무단 전재, 재배포 및 AI학습 이용 금지]', 'copyright'],
    ['Copyright ⓒ MBC&iMBC 무단 전재, 재배포 및 이용(AI학습 포함) 금지', 'copyright'],
    ['무단전재, 재배포 및 AI학습 이용 금지', 'copyright'],
    ['무단 전재-재배포, AI 학습 및 활용 금지', 'copyright'],
    ['네이버에서 헤럴드경제 채널 구독하기', 'promo'],
    ['☞ 네이버 메인에서 뉴스1 구독하기', 'promo'],
    ['▶ 네이버에서 JTBC 뉴스 채널을 구독해 주세요', 'promo'],
    ['헤럴드경제 네이버 채널 구독', 'promo'],
    ['[기사제보] 카카오톡 okjebo', 'tip-line'],
    ['기사제보 및 보도자료 news@example.co.kr', 'tip-line'],
    ['▶ 제보는 카카오톡 okjebo', 'tip-line'],
    ['[사진=JTBC, 이매진아시아]', 'image-credit'],
    ['(사진=연합뉴스)', 'image-credit'],
    ['정덕현 칼럼니스트 thekian1@entermedia.co.kr', 'sign-off'],
    ['칼럼니스트 박생강 pillgoo9@gmail.com', 'sign-off'],
    ['한지숙 jshan@heraldcorp.com', 'sign-off'],
    ['홍길동(hong@example.co.kr)', 'sign-off'],
  ])('%j → %s', (text, reason) => {
    expect(reasonFor(text)).toBe(reason);
  });

  it.each([
    '저작권자들은 생성형 AI 기업의 무단 전재와 학습 이용에 반발하고 있다.',
    '법원은 기사를 무단 전재한 업체에 재배포 금지 명령을 내렸다고 밝혔다.',
    '네이버에서 뉴스를 보는 이용자는 하루 3000만 명에 이른다.',
    '그는 네이버에서 구독자 100만 명을 모은 채널을 운영한다고 말했다.',
    '제보는 경찰에 접수됐고 수사가 시작됐다.',
    '사진은 지난 3일 촬영된 것으로 알려졌다.',
    '특파원 보고',
    '유튜브 채널 구독자가 늘면서 광고 수익도 커졌다.',
    '(서울=연합뉴스) 홍길동 기자 = 정부가 27일 추경을 편성했다.',
  ])('%j matches nothing', (text) => {
    expect(reasonFor(text)).toBeNull();
  });
});

describe('dropBoilerplate: the "▶ <a>…</a>" run at the end', () => {
  const P = '한국기자협회는 이해찬 대표의 진심 어린 사과를 촉구한다고 밝혔다. 성명은 13일 발표됐다.';
  function run(html: string) {
    const doc = new DOMParser().parseFromString(`<body><div id="c">${html}</div></body>`, 'text/html');
    const content = doc.querySelector('#c')!;
    const log = new RemovedLog();
    dropBoilerplate(content, KOREAN_NEWS_DROP_TEXT, [], log);
    const text = Array.from(content.querySelectorAll('p'), (p) => collapseSpace(p.textContent ?? '')).join(' ');
    return { text, log };
  }

  it('drops marked link lines at the end, one per block or several in one', () => {
    const { text, log } = run(
      `<p>${P}</p><p>▶ <a href="https://e.example/1">그래서, 팩트가 뭐야? 궁금하면 '팩플'</a></p>` +
        `<p>▶ <a href="https://e.example/2">세상 쉬운 내 돈 관리 '그게머니'</a><br>▶ <a href="https://e.example/3">최신 뉴스</a> ▶ <a href="https://e.example/4">두고 두고 읽는 뉴스</a></p>`,
    );
    expect(text).toBe(P);
    expect(log.blocks.map((block) => block.reason)).toEqual(['promo', 'promo']);
  });

  it('keeps marked prose and links that are not at the end', () => {
    const prose = '▶ 정부는 이날 추경안을 의결했다. 국회 심사는 다음 주 시작된다.';
    const linked = `<p>▶ <a href="https://e.example/1">관련 보고서 원문</a></p>`;
    expect(run(`<p>${P}</p><p>${prose}</p>`).text).toBe(`${P} ${prose}`);
    expect(run(`${linked}<p>${P}</p>`).text).toBe(`▶ 관련 보고서 원문 ${P}`);
  });
});

describe('dropBoilerplate: desk notes at the end of captions', () => {
  function captions(html: string) {
    const doc = new DOMParser().parseFromString(
      `<body><div id="c"><p>${'본문 문장입니다. '.repeat(10)}</p>${html}</div></body>`,
      'text/html',
    );
    const content = doc.querySelector('#c')!;
    dropBoilerplate(content, KOREAN_NEWS_DROP_TEXT, [], new RemovedLog());
    return Array.from(content.querySelectorAll('figcaption'), (caption) => collapseSpace(caption.textContent ?? ''));
  }

  it('cuts the photo desk e-mail and the resale notice, keeping the credit', () => {
    expect(
      captions(
        '<figure><img src="https://e.example/a.jpg"><figcaption>[서울=뉴시스] 제품이 전시돼 있다. (사진 = 삼성전자) photo@newsis.com *재판매 및 DB 금지</figcaption></figure>',
      ),
    ).toEqual(['[서울=뉴시스] 제품이 전시돼 있다. (사진 = 삼성전자)']);
    expect(
      captions(
        '<figure><img src="https://e.example/a.jpg"><figcaption>행사장 모습. 홍길동 기자 hong@example.co.kr</figcaption></figure>',
      ),
    ).toEqual(['행사장 모습. 홍길동 기자']);
  });

  it('leaves captions without a desk note as they are', () => {
    expect(
      captions('<figure><img src="https://e.example/a.jpg"><figcaption>서호의 마윈. 사진=김광수 특파원</figcaption></figure>'),
    ).toEqual(['서호의 마윈. 사진=김광수 특파원']);
  });
});
