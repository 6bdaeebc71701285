import { describe, expect, it } from 'vitest';
import { markerSubheadText, markSubheads, promoteRuleHeadings } from '../../../utils/extract/subheads';

const EDITORS_NOTE =
  '▲ AI 프리즘*맞춤형 경제 브리핑 * 편집자 주 : ‘AI PRISM’(Personalized Report & Insight Summarizing Media)은 한국언론진흥재단의 지원을 받아 개발한 맞춤형 뉴스 서비스입니다.';

function mark(html: string, selectors: readonly string[] = []) {
  const doc = new DOMParser().parseFromString(`<html><body><div id="root">${html}</div></body></html>`, 'text/html');
  const root = doc.querySelector('#root')!;
  // As the pipeline runs them: rule selectors before Readability, text heuristics after it.
  promoteRuleHeadings(root, selectors);
  markSubheads(root);
  return {
    root,
    children: Array.from(root.children).map((child) => [child.tagName.toLowerCase(), child.textContent ?? '']),
  };
}

describe('markerSubheadText', () => {
  it.each([
    ['◆ 반도체 수출 회복', '반도체 수출 회복'],
    ['■반도체 수출 회복', '반도체 수출 회복'],
    ['▶ 미국 금리 인하 전망', '미국 금리 인하 전망'],
    ['▲ 정부 대책은', '정부 대책은'],
    ['◇ 남은 과제  는 ', '남은 과제 는'],
    ['● 향후 전망?', null],
  ])('%j → %j', (text, expected) => {
    expect(markerSubheadText(text)).toBe(expected);
  });

  it.each([
    ['▲A사 ▲B사 등이 참여했다.'],
    ['▲A사 ▲B사 ▲C사'],
    ['▲ 반도체 수출이 석 달 만에 회복됐다.'],
    [EDITORS_NOTE],
    ['◆ ' + '가'.repeat(61)],
    ['반도체 ◆ 수출'],
    ['◆'],
    ['◆ 가'],
    ['일반 문장'],
    [''],
  ])('%j → null', (text) => {
    expect(markerSubheadText(text)).toBeNull();
  });
});

describe('markSubheads', () => {
  it('leaves a bold block of several <br>-separated lines alone: a deck or an address, never one glued heading', () => {
    const { children } = mark(
      '<p><strong>갤럭시 엣지 출시<br>온디바이스·클라우드 AI 모두 지원</strong></p><p><b>한 줄 소제목</b><br></p>',
    );
    expect(children).toEqual([
      ['p', '갤럭시 엣지 출시온디바이스·클라우드 AI 모두 지원'],
      ['h2', '한 줄 소제목'],
    ]);
  });

  it.each([
    ['marker line', '<p>◆ 반도체 수출 회복</p>', [['h2', '반도체 수출 회복']]],
    ['marker line in a div', '<div>■ 남은 과제</div>', [['h2', '남은 과제']]],
    ['bold-only line', '<p><b>반도체 수출 회복</b></p>', [['h2', '반도체 수출 회복']]],
    ['strong-only line with whitespace around', '<p> <strong>남은 과제 </strong> </p>', [['h2', '남은 과제']]],
    ['nested bold', '<p><b>반도체 <strong>수출</strong> 회복</b></p>', [['h2', '반도체 수출 회복']]],
    ['bold pieces separated by a space', '<p><b>반도체</b> <b>수출 회복</b></p>', [['h2', '반도체 수출 회복']]],
  ])('%s becomes <h2>', (_name, html, expected) => {
    expect(mark(html).children).toEqual(expected);
  });

  it.each([
    ['an enumeration', '<p>▲A사 ▲B사 등이 참여했다.</p>'],
    ["the AI PRISM editor's note", `<p>${EDITORS_NOTE}</p>`],
    ['a marker sentence', '<p>▲ 반도체 수출이 석 달 만에 회복됐다.</p>'],
    ['partly bold', '<p><b>삼성전자</b>는 이날 실적을 발표했다</p>'],
    ['bold full sentence', '<p><b>삼성전자는 이날 실적을 발표했다.</b></p>'],
    ['bold quote ending in a sentence', '<p><b>“투자를 늘리겠습니다.”</b></p>'],
    ['long bold line', `<p><b>${'가나다라 '.repeat(15)}</b></p>`],
    ['plain short line', '<p>반도체 수출 회복</p>'],
    ['single-character bold', '<p><b>가</b></p>'],
  ])('%s stays a paragraph', (_name, html) => {
    const { children } = mark(html);
    expect(children).toHaveLength(1);
    expect(children[0]![0]).toBe(html.startsWith('<p') ? 'p' : 'div');
  });

  it('leaves captions, list items, quotes and tables alone', () => {
    const { root } = mark(
      '<figure><img src="x.jpg"><figcaption><p><b>사진 설명</b></p></figcaption></figure>' +
        '<ul><li><p>◆ 항목</p></li></ul><blockquote><p><b>인용 제목</b></p></blockquote>' +
        '<table><tr><td><p>■ 표 제목</p></td></tr></table>',
    );
    expect(root.querySelectorAll('h2, h3')).toHaveLength(0);
    expect(root.querySelectorAll('p')).toHaveLength(4);
  });

  it('does not convert a paragraph holding an image, or a div holding blocks', () => {
    const { root } = mark('<p><b>사진</b><img src="x.jpg"></p><div><p>◆ 안쪽 소제목</p></div>');
    expect(root.querySelector(':scope > p')?.querySelector('img')).not.toBeNull();
    // The inner <p> is the subhead, not the wrapper div.
    expect(root.querySelector(':scope > div > h2')?.textContent).toBe('안쪽 소제목');
  });

  it('promotes rule selectors to <h2>, stripping a marker glyph', () => {
    const { children } = mark(
      '<div class="sub_tit">◆ 반도체 수출 회복</div><p>본문 문단이다.</p><span class="subtitle_in">남은 과제는 무엇인가, 길어도 규칙이면 소제목</span>',
      ['.sub_tit', '.subtitle_in'],
    );
    expect(children).toEqual([
      ['h2', '반도체 수출 회복'],
      ['p', '본문 문단이다.'],
      ['h2', '남은 과제는 무엇인가, 길어도 규칙이면 소제목'],
    ]);
  });

  it('a rule heading without a marker keeps its full text', () => {
    const { root } = mark('<div class="sub_tit">남은 <em>과제</em></div>', ['.sub_tit']);
    const heading = root.querySelector('h2')!;
    expect(heading.textContent).toBe('남은 과제');
  });

  it('leaves existing h2–h4 tags but strips their marker', () => {
    const { children } = mark('<h3>■ 남은 과제</h3><h2 class="sub_tit">◆ 전망</h2><h4>일반 소제목</h4>', ['.sub_tit']);
    expect(children).toEqual([
      ['h3', '남은 과제'],
      ['h2', '전망'],
      ['h4', '일반 소제목'],
    ]);
  });

  it('skips an invalid rule selector and still marks the rest', () => {
    const { children } = mark('<p>◆ 소제목</p><div class="sub_tit">규칙 소제목</div>', ['[[[', '.sub_tit']);
    expect(children).toEqual([
      ['h2', '소제목'],
      ['h2', '규칙 소제목'],
    ]);
  });

  it('marks several subheads in one body and keeps the paragraphs between them', () => {
    const { children } = mark(
      '<p>도입 문단이다.</p><p>◆ 첫째 소제목</p><p>본문 문단이다.</p><p><strong>둘째 소제목</strong></p><p>마지막 문단이다.</p>',
    );
    expect(children).toEqual([
      ['p', '도입 문단이다.'],
      ['h2', '첫째 소제목'],
      ['p', '본문 문단이다.'],
      ['h2', '둘째 소제목'],
      ['p', '마지막 문단이다.'],
    ]);
  });
});
