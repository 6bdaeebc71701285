import { describe, expect, it } from 'vitest';
import type { Block } from '../../../utils/extract/blocks';
import { blockMarkdown, toMarkdown } from '../../../utils/extract/to-markdown';
import type { ArticleHeader } from '../../../utils/extract/to-text';

const HEADER: ArticleHeader = {
  title: "'큐원' 기반 챗봇도 공개…마윈 움직이자 성과 내는 알리바바",
  deck: ['클라우드·AI로 업무혁신 지원', '3년간 기초시설 등 77조 투자'],
  byline: '김광수 특파원',
  published: '2025-11-27T17:25:13+09:00',
};

const p = (text: string, markdown = text): Block => ({ kind: 'paragraph', text, markdown });

describe('blockMarkdown', () => {
  it.each<[string, Block, string]>([
    ['paragraph', p('그는 강조했다.', '그는 **강조**했다.'), '그는 **강조**했다.'],
    ['heading level 2', { kind: 'heading', level: 2, text: '소제목', markdown: '소제목' }, '## 소제목'],
    ['heading level 3', { kind: 'heading', level: 3, text: '소제목', markdown: '소제목' }, '### 소제목'],
    ['heading level capped at 6', { kind: 'heading', level: 9, text: 'h', markdown: 'h' }, '###### h'],
    [
      'caption in italics',
      { kind: 'caption', text: '사진=김광수 특파원', markdown: '사진=김광수 특파원' },
      '*사진=김광수 특파원*',
    ],
    ['multi-line caption on one line', { kind: 'caption', text: 'a\nb', markdown: 'a\\\nb' }, '*a b*'],
    ['quote, one "> " per line', { kind: 'quote', text: 'a\nb', markdown: 'a\\\nb' }, '> a\n> b'],
    ['image', { kind: 'image', src: 'https://img.test/a.jpg', alt: '마윈' }, '![마윈](https://img.test/a.jpg)'],
    [
      'image alt escaped',
      { kind: 'image', src: 'https://img.test/a.jpg', alt: '[사진] *주의*' },
      '![\\[사진\\] \\*주의\\*](https://img.test/a.jpg)',
    ],
    ['image src with spaces', { kind: 'image', src: 'https://img.test/a b.jpg', alt: '' }, '![](https://img.test/a%20b.jpg)'],
    [
      'image src with an unbalanced parenthesis',
      { kind: 'image', src: 'https://img.test/a(1.jpg', alt: '' },
      '![](https://img.test/a%281.jpg)',
    ],
    [
      'unordered list',
      {
        kind: 'list',
        ordered: false,
        items: [
          { text: 'a', markdown: 'a' },
          { text: 'b*', markdown: 'b\\*' },
        ],
      },
      '- a\n- b\\*',
    ],
    [
      'ordered list',
      {
        kind: 'list',
        ordered: true,
        items: [
          { text: 'a', markdown: 'a' },
          { text: 'b', markdown: 'b' },
        ],
      },
      '1. a\n2. b',
    ],
    ['code', { kind: 'code', text: 'x = 1\n  y' }, '```\nx = 1\n  y\n```'],
    ['code containing a fence', { kind: 'code', text: 'a\n```\nb' }, '```\na\n`\u200b``\nb\n```'],
    [
      'table, header rule, padding and pipes escaped',
      { kind: 'table', rows: [['구분', 'a|b'], ['매출']] },
      '| 구분 | a\\|b |\n| --- | --- |\n| 매출 |  |',
    ],
    ['table cells escaped', { kind: 'table', rows: [['*x*', '_y_']] }, '| \\*x\\* | \\_y\\_ |\n| --- | --- |'],
  ])('%s', (_name, block, expected) => {
    expect(blockMarkdown(block)).toBe(expected);
  });
});

describe('toMarkdown', () => {
  const BLOCKS: Block[] = [
    { kind: 'image', src: 'https://img.test/1.jpg', alt: '마윈' },
    { kind: 'caption', text: '알리바바 창업자 마윈. 웨이보 캡처', markdown: '알리바바 창업자 마윈. 웨이보 캡처' },
    p('올해 7월 동영상이 올라왔다.'),
    { kind: 'heading', level: 2, text: '큐원의 도전', markdown: '큐원의 도전' },
    p('리량 매니저는 말했다.'),
  ];

  it('renders title, deck as a quote, byline line, then the blocks', () => {
    expect(toMarkdown(HEADER, BLOCKS)).toBe(
      [
        "# '큐원' 기반 챗봇도 공개…마윈 움직이자 성과 내는 알리바바",
        '',
        '> 클라우드·AI로 업무혁신 지원',
        '>',
        '> 3년간 기초시설 등 77조 투자',
        '',
        '김광수 특파원 · 2025-11-27 17:25',
        '',
        '![마윈](https://img.test/1.jpg)',
        '',
        '*알리바바 창업자 마윈. 웨이보 캡처*',
        '',
        '올해 7월 동영상이 올라왔다.',
        '',
        '## 큐원의 도전',
        '',
        '리량 매니저는 말했다.',
      ].join('\n'),
    );
  });

  it('leaves captions out with captions: false (images stay)', () => {
    const markdown = toMarkdown(HEADER, BLOCKS, { captions: false });
    expect(markdown).not.toContain('웨이보 캡처');
    expect(markdown).toContain('![마윈](https://img.test/1.jpg)\n\n올해 7월 동영상이 올라왔다.');
  });

  it('without deck, byline and date: just the title and the body', () => {
    expect(toMarkdown({ title: '제목', deck: [], byline: null, published: null }, [p('본문.')])).toBe('# 제목\n\n본문.');
  });

  it('escapes Markdown syntax in the title, deck and byline line', () => {
    const markdown = toMarkdown(
      { title: '[속보] *코스피* 2_500 돌파', deck: ['`AI` 수요 <급증>'], byline: '김_광수 기자', published: null },
      [],
    );
    expect(markdown).toBe('# \\[속보\\] \\*코스피\\* 2\\_500 돌파\n\n> \\`AI\\` 수요 \\<급증>\n\n김\\_광수 기자');
  });

  it('escapes deck lines that would read as a list or heading inside the quote', () => {
    const markdown = toMarkdown(
      { title: '제목', deck: ['- 3년간 77조 투자', '1. 정부 목표', '# 해시'], byline: null, published: null },
      [],
    );
    expect(markdown).toBe('# 제목\n\n> \\- 3년간 77조 투자\n>\n> 1\\. 정부 목표\n>\n> \\# 해시');
  });
});
