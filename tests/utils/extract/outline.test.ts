import { describe, expect, it } from 'vitest';
import { buildOutline, OUTLINE_ID_PREFIX, partTitle, terms } from '../../../utils/extract/outline';

function content(html: string): Element {
  const doc = new DOMParser().parseFromString(`<html><body><div id="content">${html}</div></body></html>`, 'text/html');
  return doc.querySelector('#content')!;
}

/** The element carrying `id`, by attribute selector (getElementById is unreliable on parsed docs). */
const byId = (root: Element, id: string) => root.querySelector(`[id="${id}"]`);

// The four body paragraphs and four deck lines of the 2025 sedaily article (docs/sedaily-dom.md §8), abridged.
const P1 =
  '올해 7월 중국의 소셜미디어 플랫폼 샤오훙수에 알리바바 창업자 마윈 전 회장이 자전거를 타고 서호를 달리는 동영상이 올라왔다.';
const P2 =
  '최근 기자가 찾은 알리바바 본사에는 마윈이 1999년 창업할 당시 사용했던 아파트를 복원한 공간이 눈길을 사로잡았다. 알리바바는 클라우드와 AI를 두 축으로 삼고 업무 혁신을 지원하는 기업으로 변신하겠다고 선언했다.';
const P3 =
  '리량 매니저는 “알리바바는 앞으로 3년간 3800억 위안(약 77조 원)을 AI 기초 시설과 응용 인프라 구축에 투자할 계획”이라고 덧붙였다.';
const P4 =
  '특히 중국 정부가 2027년 70%, 2030년 90%의 기업이 AI를 사용하도록 하겠다는 목표를 제시함에 따라 알리바바는 이를 지원하는 핵심 축 역할을 담당하겠다는 방침이다.';
const DECK = [
  '클라우드·AI로 업무혁신 지원',
  '3년간 기초시설 등 77조 투자',
  '"2030년 기업 90%가 AI 사용"',
  '정부 목표에 핵심축 역할 담당',
];

describe('buildOutline: headings', () => {
  it('lists h2–h4 in document order with their level, ids dc-s-N set on the elements', () => {
    const root = content(
      '<p>도입 문단이 충분히 길게 이어진다.</p><h2>첫 소제목</h2><p>본문.</p><h3> 하위  소제목 </h3><h4>더 작은</h4><h2>둘째 소제목</h2>',
    );
    const outline = buildOutline(root, DECK);
    expect(outline).toEqual([
      { id: 'dc-s-1', level: 2, text: '첫 소제목' },
      { id: 'dc-s-2', level: 3, text: '하위 소제목' },
      { id: 'dc-s-3', level: 4, text: '더 작은' },
      { id: 'dc-s-4', level: 2, text: '둘째 소제목' },
    ]);
    expect(Array.from(root.querySelectorAll('h2, h3, h4')).map((h) => h.id)).toEqual(['dc-s-1', 'dc-s-2', 'dc-s-3', 'dc-s-4']);
    expect(outline.every((item) => !('derived' in item))).toBe(true);
  });

  it('skips empty headings and ignores h1, h5, h6', () => {
    const root = content('<h1>제목</h1><h2> </h2><h5>작은</h5><h3>유일한 소제목</h3>');
    expect(buildOutline(root, [])).toEqual([{ id: 'dc-s-1', level: 3, text: '유일한 소제목' }]);
    expect(root.querySelector('h2')!.hasAttribute('id')).toBe(false);
  });

  it('headings win over deck points and photo parts', () => {
    const root = content(`<p>${P1}</p><figure><img src="a.jpg"></figure><h2>소제목</h2><p>${P3}</p>`);
    expect(buildOutline(root, DECK)).toEqual([{ id: 'dc-s-1', level: 2, text: '소제목' }]);
  });

  it('uses the dc-s- prefix', () => {
    expect(OUTLINE_ID_PREFIX).toBe('dc-s-');
  });
});

describe('buildOutline: deck points linked to paragraphs', () => {
  it('links each deck line to the paragraph sharing its numbers and terms', () => {
    const root = content(`<p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p>`);
    const outline = buildOutline(root, DECK);
    expect(outline).toEqual([
      { id: 'dc-s-1', level: 2, text: DECK[0], derived: true },
      { id: 'dc-s-2', level: 2, text: DECK[1], derived: true },
      { id: 'dc-s-3', level: 2, text: DECK[2], derived: true },
      { id: 'dc-s-3', level: 2, text: DECK[3], derived: true },
    ]);
    const paragraphs = Array.from(root.querySelectorAll('p'));
    expect(byId(root, 'dc-s-1')).toBe(paragraphs[1]);
    expect(byId(root, 'dc-s-2')).toBe(paragraphs[2]);
    expect(byId(root, 'dc-s-3')).toBe(paragraphs[3]);
    expect(paragraphs[0]!.hasAttribute('id')).toBe(false);
  });

  it('a shared number outweighs shared common words', () => {
    const root = content(
      '<p>삼성전자의 매출이 크게 늘었고 영업이익도 증가했다고 회사가 밝혔다.</p>' +
        '<p>반도체 부문의 전환율이 52% 높아지며 시장의 기대를 웃돌았다.</p>',
    );
    const outline = buildOutline(root, ['매출 52% 증가']);
    expect(outline).toEqual([{ id: 'dc-s-1', level: 2, text: '매출 52% 증가', derived: true }]);
    expect(byId(root, 'dc-s-1')?.textContent).toContain('52%');
  });

  it('orders items by their paragraph, not by deck order', () => {
    const root = content(`<p>${P3}</p><p>${P4}</p>`);
    expect(buildOutline(root, [DECK[2]!, DECK[1]!]).map((item) => [item.id, item.text])).toEqual([
      ['dc-s-1', DECK[1]],
      ['dc-s-2', DECK[2]],
    ]);
    expect(root.querySelector('p')!.id).toBe('dc-s-1');
  });

  it('drops deck lines that share nothing with the body', () => {
    const root = content(`<p>${P3}</p><p>${P4}</p>`);
    expect(buildOutline(root, ['전혀 관계없는 문장', DECK[1]!])).toEqual([
      { id: 'dc-s-1', level: 2, text: DECK[1], derived: true },
    ]);
  });

  it('ignores short paragraphs and paragraphs inside figures, quotes, lists and tables', () => {
    const root = content(
      '<p>77조 투자</p>' +
        '<figure><figcaption><p>3년간 기초시설 등 77조 투자 계획을 알리는 사진이다.</p></figcaption></figure>' +
        '<blockquote><p>3년간 기초시설 등 77조 투자를 약속한 인용문이다.</p></blockquote>' +
        `<p>${P3}</p>`,
    );
    buildOutline(root, [DECK[1]!]);
    expect(root.querySelectorAll('[id]')).toHaveLength(1);
    expect(root.querySelector('[id]')?.textContent).toBe(P3);
  });
});

describe('buildOutline: photo-delimited parts', () => {
  it('titles each part between photos by the first sentence of its first paragraph', () => {
    const root = content(
      `<p>${P1}</p><p>${P2}</p><figure><img src="a.jpg"><figcaption>사진 설명이 여기에 있다고 치자.</figcaption></figure>` +
        `<p>${P3}</p><img src="b.jpg"><p>${P4}</p>`,
    );
    const outline = buildOutline(root, []);
    expect(outline).toEqual([
      { id: 'dc-s-1', level: 2, text: partTitle(P1), derived: true },
      { id: 'dc-s-2', level: 2, text: partTitle(P3), derived: true },
      { id: 'dc-s-3', level: 2, text: partTitle(P4), derived: true },
    ]);
    const paragraphs = Array.from(root.querySelectorAll(':scope > p'));
    expect(paragraphs.map((paragraph) => paragraph.id)).toEqual(['dc-s-1', '', 'dc-s-2', 'dc-s-3']);
  });

  it('a leading photo does not make a part of its own', () => {
    const root = content(`<figure><img src="a.jpg"></figure><p>${P1}</p><figure><img src="b.jpg"></figure><p>${P3}</p>`);
    expect(buildOutline(root, []).map((item) => item.text)).toEqual([partTitle(P1), partTitle(P3)]);
  });

  it('one part (no photo between paragraphs) gives no outline', () => {
    expect(buildOutline(content(`<figure><img src="a.jpg"></figure><p>${P1}</p><p>${P2}</p>`), [])).toEqual([]);
    expect(buildOutline(content(`<p>${P1}</p><p>${P2}</p>`), [])).toEqual([]);
  });

  it('falls back to photo parts when no deck line matches', () => {
    const root = content(`<p>${P1}</p><figure><img src="a.jpg"></figure><p>${P3}</p>`);
    expect(buildOutline(root, ['전혀 관계없는 부제']).map((item) => item.text)).toEqual([partTitle(P1), partTitle(P3)]);
  });

  it('nothing at all → empty outline, no ids written', () => {
    const root = content('<p>짧다.</p>');
    expect(buildOutline(root, [])).toEqual([]);
    expect(root.querySelector('[id]')).toBeNull();
  });
});

describe('partTitle', () => {
  it.each([
    ['첫 문장이다. 둘째 문장이다.', '첫 문장이다.'],
    ['정말인가? 그렇다.', '정말인가?'],
    ['놀랍다! 그리고.', '놀랍다!'],
    ['주가는 3.5% 올랐다. 다음.', '주가는 3.5% 올랐다.'],
    ['마침표 없는 짧은 문단', '마침표 없는 짧은 문단'],
    ['가'.repeat(40), '가'.repeat(40)],
    ['가'.repeat(41), `${'가'.repeat(39)}…`],
    [`${'나'.repeat(50)}. 다음 문장.`, `${'나'.repeat(39)}…`],
    [`${'가'.repeat(38)} 나다라마바`, `${'가'.repeat(38)}…`],
  ])('%j → %j', (text, expected) => {
    const title = partTitle(text);
    expect(title).toBe(expected);
    expect(title.length).toBeLessThanOrEqual(40);
  });
});

describe('terms', () => {
  it('weights numbers 3, Latin words and Hangul bigrams 1', () => {
    const found = terms('2030년 기업 90%가 AI 사용, 3,800억');
    expect(found.get('#2030')).toBe(3);
    expect(found.get('#90')).toBe(3);
    expect(found.get('#3800')).toBe(3);
    expect(found.get('ai')).toBe(1);
    expect(found.get('기업')).toBe(1);
    expect(found.get('사용')).toBe(1);
    expect(found.has('A')).toBe(false);
    expect(found.has('년')).toBe(false);
  });

  it('splits Hangul runs into overlapping bigrams', () => {
    expect(Array.from(terms('핵심축').keys())).toEqual(['핵심', '심축']);
  });

  it('is empty for text without terms', () => {
    expect(terms('… · !').size).toBe(0);
  });
});
