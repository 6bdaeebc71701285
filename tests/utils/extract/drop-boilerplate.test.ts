import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '../../../utils/extract/drop-boilerplate';
import { RemovedLog } from '../../../utils/extract/removed-log';
import { KOREAN_NEWS_DROP_TEXT } from '../../../utils/site-rules/korean-news';
import { SEDAILY_RULE } from '../../../utils/site-rules/sedaily/rule';

const P1 = '올해 7월 중국의 소셜미디어 플랫폼에 알리바바 창업자 마윈이 자전거를 타는 동영상이 올라왔다.';
const P2 = '리량 매니저는 “항저우는 AI 산업의 중심지로 급변하고 있다”고 말했다.';
const CAPTION = '중국 항저우에 위치한 알리바바 본사 C구역. 사진=김광수 특파원';

function run(html: string, repeated: readonly string[] = [], rules = SEDAILY_RULE.dropText) {
  const doc = new DOMParser().parseFromString(`<html><body><div id="content">${html}</div></body></html>`, 'text/html');
  const content = doc.querySelector('#content')!;
  const log = new RemovedLog();
  const result = dropBoilerplate(content, rules, repeated, log);
  const blocks = Array.from(content.querySelectorAll('p, h2, h3, li, figcaption')).map((el) => el.textContent ?? '');
  return { content, log, result, blocks, text: content.textContent ?? '' };
}

describe('dropBoilerplate: anchored patterns on whole blocks', () => {
  it.each([
    ['<p>< 저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지 ></p>', 'copyright'],
    ['<p>&lt;저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지&gt;</p>', 'copyright'],
    [
      '<div>서울경제의 모든 콘텐트는 저작권법의 보호를 받는 바, 무단 전재·복사·배포 등은 법적 제재를 받을 수 있습니다.</div>',
      'copyright',
    ],
    ['<p>상호 : 서울경제신문사업자번호 : 208-81-10310대표자 : 손동영등록번호 : 서울 가 00224등록일자 : 1988.05.13</p>', 'footer'],
    ['<p>서울경제를 팔로우하세요!</p>', 'follow'],
    ['<p>텔레그램 뉴스채널</p>', 'footer'],
    ['<p>0215A01 사고</p>', 'print-code'],
    ['<p>SetSectionName();</p>', 'legacy-junk'],
    ['<p>공유하기</p>', 'ui-label'],
  ])('%s → removed as %s', (block, reason) => {
    const { blocks, log } = run(`<p>${P1}</p>${block}<p>${P2}</p>`);
    expect(blocks).toEqual([P1, P2]);
    expect(log.blocks.map((entry) => entry.reason)).toEqual([reason]);
  });

  it('records each removal with reason, rule and an ≤80-character preview', () => {
    const { log } = run(
      `<p>${P1}</p><p>서울경제의 모든 콘텐트는 저작권법의 보호를 받는 바, 무단 전재·복사·배포 등은 법적 제재를 받을 수 있습니다. 추가 문구를 더 붙여 80자를 넘깁니다.</p>`,
    );
    expect(log.blocks).toHaveLength(1);
    const entry = log.blocks[0]!;
    expect(entry.reason).toBe('copyright');
    expect(entry.rule.length).toBeGreaterThan(0);
    expect(entry.rule.length).toBeLessThanOrEqual(60);
    expect(entry.text).toHaveLength(80);
    expect(entry.text.endsWith('…')).toBe(true);
    expect(entry.text.startsWith('서울경제의 모든 콘텐트는')).toBe(true);
  });

  it('removes the 2025 footer lines, one block each, and the whole trailer', () => {
    const { blocks, log } = run(
      `<p>${P1}</p><p>< 저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지 ></p>` +
        '<div><p>주소 : 서울특별시 종로구 율곡로 6 트윈트리타워 B동 14~16층 대표전화 : 02) 724-8600</p>' +
        '<p>상호 : 서울경제신문사업자번호 : 208-81-10310대표자 : 손동영등록번호 : 서울 가 00224등록일자 : 1988.05.13</p>' +
        '<p>인터넷신문 등록번호 : 서울 아04065 등록일자 : 2016.04.26발행일자 : 2016.04.01발행 ·편집인 : 손동영청소년보호책임자 : 신한수</p>' +
        '<p>서울경제의 모든 콘텐트는 저작권법의 보호를 받는 바, 무단 전재·복사·배포 등은 법적 제재를 받을 수 있습니다.</p>' +
        '<p>Copyright ⓒ Sedaily, All right reserved</p></div>' +
        '<p>서울경제를 팔로우하세요!</p><p>서울경제신문</p><p>텔레그램 뉴스채널</p>',
    );
    expect(blocks).toEqual([P1]);
    expect(log.blocks.map((entry) => entry.reason).sort()).toEqual(
      ['copyright', 'copyright', 'copyright', 'follow', 'footer', 'footer', 'footer', 'footer', 'footer'].sort(),
    );
  });

  it('removes the innermost block: a copyright line goes, its sibling paragraph stays', () => {
    const { blocks } = run(`<div><p>${P1}</p><p>< 저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지 ></p></div>`);
    expect(blocks).toEqual([P1]);
  });

  it('never removes a block longer than 500 characters', () => {
    const long = `${'가'.repeat(480)} < 저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지 >`;
    const { blocks } = run(`<p>${long}</p>`, [], [{ pattern: /저작권자/, reason: 'copyright' }]);
    expect(blocks).toEqual([long]);
  });

  it('never removes a block holding an image, nor caption text', () => {
    const { content, blocks } = run(
      `<p><img src="https://img.test/a.jpg">공유하기</p><figure><img src="https://img.test/b.jpg"><figcaption>${CAPTION}</figcaption></figure>` +
        '<figure><img src="https://img.test/c.jpg"><figcaption><p>사진=김광수 특파원</p></figcaption></figure>',
    );
    expect(content.querySelectorAll('img')).toHaveLength(3);
    expect(blocks).toEqual(['공유하기', CAPTION, '사진=김광수 특파원', '사진=김광수 특파원']);
  });

  it('keeps ordinary paragraphs that mention 기자, 팔로우 and 등록번호', () => {
    const prose = [
      '최근 기자가 찾은 알리바바 본사에는 창업 당시의 아파트가 복원돼 있었다.',
      '인스타그램에서 그를 팔로우하는 사람은 100만 명이 넘는다.',
      '경찰은 차량 등록번호를 조회해 용의자를 특정했다.',
    ];
    const { blocks, log } = run(prose.map((text) => `<p>${text}</p>`).join(''));
    expect(blocks).toEqual(prose);
    expect(log.blocks).toEqual([]);
  });

  it('uses the rules it is given: generic rules do not know sedaily print codes', () => {
    const { blocks } = run(`<p>${P1}</p><p>0215A01 사고</p>`, [], KOREAN_NEWS_DROP_TEXT);
    expect(blocks).toEqual([P1, '0215A01 사고']);
  });
});

describe('dropBoilerplate: reporter sign-offs', () => {
  it.each([['/이종호기자 phillies@@sedaily.com'], ['dhchung@@sed.co.kr'], ['오철수기자'], ['김광수 특파원 ksk@sedaily.com']])(
    'a sign-off paragraph %j is removed and reported',
    (signOff) => {
      const { blocks, result, log } = run(`<p>${P1}</p><p>${signOff}</p>`);
      expect(blocks).toEqual([P1]);
      expect(result.signOffs).toEqual([signOff]);
      expect(log.blocks).toEqual([expect.objectContaining({ reason: 'sign-off', text: signOff })]);
    },
  );

  it('trims a sign-off glued to the last paragraph', () => {
    const { blocks, result, log } = run(`<p>${P1}</p><p>${P2} /이종호기자 phillies@@sedaily.com</p>`);
    expect(blocks).toEqual([P1, P2]);
    expect(result.signOffs).toEqual(['/이종호기자 phillies@@sedaily.com']);
    expect(log.blocks).toEqual([
      {
        reason: 'sign-off',
        rule: 'trailing-sign-off',
        text: '/이종호기자 phillies@@sedaily.com',
        detail: '/이종호기자 phillies@@sedaily.com',
      },
    ]);
  });

  it('trims a trailing sign-off split across text nodes and inline elements', () => {
    const { content, blocks, result } = run(
      `<p>${P1}</p><p>${P2} /<b>이종호기자</b> <a href="mailto:phillies@sedaily.com">phillies@@sedaily.com</a></p>`,
    );
    expect(blocks).toEqual([P1, P2]);
    expect(content.querySelector('b')).toBeNull();
    expect(content.querySelector('a')).toBeNull();
    expect(result.signOffs).toEqual(['/이종호기자 phillies@@sedaily.com']);
  });

  it('trims a trailing sign-off that starts inside a text node shared with the sentence', () => {
    const { content, blocks } = run(`<p><b>${P1}</b> /김광수 특파원 <i>ksk@sedaily.com</i></p>`);
    expect(blocks).toEqual([P1]);
    expect(content.querySelector('b')?.textContent).toBe(P1);
    expect(content.querySelector('i')).toBeNull();
  });

  it('trims a trailing sign-off on its own line after a single <br>', () => {
    const { blocks, result } = run(`<p>${P1}</p><p>${P2}<br>/이종호기자 phillies@@sedaily.com</p>`);
    expect(blocks.map((text) => text.trim())).toEqual([P1, P2]);
    expect(result.signOffs).toEqual(['/이종호기자 phillies@@sedaily.com']);
  });

  it('only trims the last paragraph (a caption paragraph does not count as last)', () => {
    const { blocks } = run(
      `<p>${P1} /오철수기자</p><p>${P2} /오철수기자</p><figure><img src="https://img.test/a.jpg"><figcaption><p>${CAPTION} /오철수기자</p></figcaption></figure>`,
    );
    expect(blocks).toEqual([`${P1} /오철수기자`, P2, `${CAPTION} /오철수기자`, `${CAPTION} /오철수기자`]);
  });

  it('leaves a last paragraph without a sign-off alone', () => {
    const { blocks, result, log } = run(`<p>${P1}</p><p>${P2}</p>`);
    expect(blocks).toEqual([P1, P2]);
    expect(result.signOffs).toEqual([]);
    expect(log.blocks).toEqual([]);
  });
});

describe('dropBoilerplate: labelled related blocks', () => {
  it('removes a labelled box whose parent is mostly links', () => {
    const { blocks, log, content } = run(
      `<p>${P1}</p><div class="box"><h3>관련기사</h3><ul><li><a href="/NewsView/1">알리바바, AI 안경 공개</a></li><li><a href="/NewsView/2">마윈의 귀환</a></li></ul></div><p>${P2}</p>`,
    );
    expect(blocks).toEqual([P1, P2]);
    expect(content.querySelector('.box')).toBeNull();
    expect(log.blocks).toEqual([expect.objectContaining({ reason: 'related', rule: 'label:관련기사' })]);
  });

  it('removes a label and the link lists right after it, not the text after them', () => {
    const { blocks, log } = run(
      `<p>${P1}</p><p>많이 본 뉴스</p><ul><li><a href="/a">하나</a></li><li><a href="/b">둘</a></li></ul>` +
        `<div><a href="/c">셋째 링크 기사 제목</a></div><p>${P2}</p>`,
    );
    expect(blocks).toEqual([P1, P2]);
    expect(log.blocks.map((entry) => [entry.reason, entry.rule])).toEqual([
      ['most-viewed', 'label:많이 본 뉴스'],
      ['most-viewed', 'label:많이 본 뉴스'],
      ['most-viewed', 'label:많이 본 뉴스'],
    ]);
  });

  it('removes only the label when what follows is text, not links', () => {
    const { blocks } = run(`<p>관련기사</p><p>${P1}</p><p>${P2}</p>`);
    expect(blocks).toEqual([P1, P2]);
  });

  it('does not treat a sentence starting with the label words as a label', () => {
    const sentence = '관련 기사에 따르면 알리바바는 3년간 77조 원을 투자한다.';
    const { blocks } = run(`<p>${sentence}</p><ul><li><a href="/a">링크</a></li></ul>`);
    expect(blocks).toEqual([sentence, '링크']);
  });
});

describe('dropBoilerplate: duplicates and empties', () => {
  it('drops a body paragraph repeating a figure caption, keeps the caption', () => {
    const { blocks, log } = run(
      `<p>${P1}</p><figure><img src="https://img.test/a.jpg"><figcaption>${CAPTION}</figcaption></figure><p>${CAPTION}</p><p>${P2}</p>`,
    );
    expect(blocks).toEqual([P1, CAPTION, P2]);
    expect(log.blocks).toEqual([
      { reason: 'duplicate', rule: 'repeated-caption-title-or-outlet', text: CAPTION, detail: CAPTION },
    ]);
  });

  it('drops a paragraph repeating the title or a deck line (whitespace-insensitive)', () => {
    const title = '마윈 움직이자 성과 내는 알리바바';
    const deck = '3년간 기초시설 등 77조 투자';
    const { blocks } = run(`<p>${title}</p><p>  3년간  기초시설 등 77조 투자 </p><p>${P1}</p>`, [title, deck]);
    expect(blocks).toEqual([P1]);
  });

  it('keeps short repeats (under 8 characters)', () => {
    const { blocks } = run(`<p>속보</p><p>${P1}</p>`, ['속보']);
    expect(blocks).toEqual(['속보', P1]);
  });

  it('removes containers left empty, keeps image-only ones', () => {
    const { content } = run(`<div class="wrap"><p>공유하기</p></div><p><img src="https://img.test/a.jpg"></p><p>${P1}</p>`);
    expect(content.querySelector('.wrap')).toBeNull();
    expect(content.querySelectorAll('img')).toHaveLength(1);
    expect(Array.from(content.children).map((child) => child.tagName)).toEqual(['P', 'P']);
  });
});
