import { describe, expect, it } from 'vitest';
import type { Block } from '../../../utils/extract/blocks';
import { blockText, bodyText, bylineLine, toText, type ArticleHeader } from '../../../utils/extract/to-text';

const HEADER: ArticleHeader = {
  title: "'큐원' 기반 챗봇도 공개…마윈 움직이자 성과 내는 알리바바",
  deck: ['클라우드·AI로 업무혁신 지원', '3년간 기초시설 등 77조 투자'],
  byline: '김광수 특파원',
  published: '2025-11-27T17:25:13+09:00',
};

const p = (text: string): Block => ({ kind: 'paragraph', text, markdown: text });

const BLOCKS: Block[] = [
  { kind: 'image', src: 'https://img.test/1.jpg', alt: '마윈' },
  { kind: 'caption', text: '알리바바 창업자 마윈. 웨이보 캡처', markdown: '알리바바 창업자 마윈. 웨이보 캡처' },
  p('올해 7월 동영상이 올라왔다.'),
  { kind: 'heading', level: 2, text: '큐원의 도전', markdown: '큐원의 도전' },
  p('첫 줄\n둘째 줄'),
  {
    kind: 'list',
    ordered: false,
    items: [
      { text: '하나', markdown: '하나' },
      { text: '둘', markdown: '둘' },
    ],
  },
  {
    kind: 'list',
    ordered: true,
    items: [
      { text: '첫째', markdown: '첫째' },
      { text: '둘째', markdown: '둘째' },
    ],
  },
  { kind: 'quote', text: '인용 첫 줄\n인용 둘째 줄', markdown: '인용 첫 줄\\\n인용 둘째 줄' },
  { kind: 'code', text: 'line 1\n  line 2' },
  {
    kind: 'table',
    rows: [
      ['구분', '2025'],
      ['매출', '3,800'],
    ],
  },
];

describe('bylineLine', () => {
  it.each<[Partial<ArticleHeader>, string | null]>([
    [{ byline: '김광수 특파원', published: '2025-11-27T17:25:13+09:00' }, '김광수 특파원 · 2025-11-27 17:25'],
    [{ byline: '김광수 특파원', published: null }, '김광수 특파원'],
    [{ byline: null, published: '2025-11-27T17:25:13+09:00' }, '2025-11-27 17:25'],
    [{ byline: null, published: null }, null],
    [{ byline: '', published: null }, null],
  ])('%j → %j', (partial, expected) => {
    expect(bylineLine({ ...HEADER, ...partial })).toBe(expected);
  });
});

describe('blockText', () => {
  it.each<[Block, string]>([
    [p('문단'), '문단'],
    [{ kind: 'heading', level: 3, text: '소제목', markdown: '소제목' }, '소제목'],
    [{ kind: 'caption', text: '캡션', markdown: '캡션' }, '캡션'],
    [{ kind: 'image', src: 'https://img.test/a.jpg', alt: '대체 텍스트' }, ''],
    [
      {
        kind: 'list',
        ordered: false,
        items: [
          { text: 'a', markdown: 'a' },
          { text: 'b', markdown: 'b' },
        ],
      },
      '- a\n- b',
    ],
    [
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
    [{ kind: 'code', text: 'x = 1' }, 'x = 1'],
    [{ kind: 'table', rows: [['a', 'b'], ['c']] }, 'a\tb\nc'],
  ])('%j → %j', (block, expected) => {
    expect(blockText(block)).toBe(expected);
  });
});

describe('toText', () => {
  it('title, deck, byline · date, blank line, then blocks separated by blank lines', () => {
    expect(toText(HEADER, BLOCKS)).toBe(
      [
        "'큐원' 기반 챗봇도 공개…마윈 움직이자 성과 내는 알리바바",
        '클라우드·AI로 업무혁신 지원',
        '3년간 기초시설 등 77조 투자',
        '김광수 특파원 · 2025-11-27 17:25',
        '',
        '알리바바 창업자 마윈. 웨이보 캡처',
        '',
        '올해 7월 동영상이 올라왔다.',
        '',
        '큐원의 도전',
        '',
        '첫 줄',
        '둘째 줄',
        '',
        '- 하나',
        '- 둘',
        '',
        '1. 첫째',
        '2. 둘째',
        '',
        '인용 첫 줄',
        '인용 둘째 줄',
        '',
        'line 1',
        '  line 2',
        '',
        '구분\t2025',
        '매출\t3,800',
      ].join('\n'),
    );
  });

  it('leaves captions out when asked', () => {
    const text = toText(HEADER, BLOCKS.slice(0, 4), { captions: false });
    expect(text).toBe(
      [
        "'큐원' 기반 챗봇도 공개…마윈 움직이자 성과 내는 알리바바",
        '클라우드·AI로 업무혁신 지원',
        '3년간 기초시설 등 77조 투자',
        '김광수 특파원 · 2025-11-27 17:25',
        '',
        '올해 7월 동영상이 올라왔다.',
        '',
        '큐원의 도전',
      ].join('\n'),
    );
    expect(text).not.toContain('웨이보 캡처');
  });

  it.each<[string, ArticleHeader, Block[], string]>([
    ['no deck, no byline, no date', { title: '제목', deck: [], byline: null, published: null }, [p('본문.')], '제목\n\n본문.'],
    [
      'date only',
      { title: '제목', deck: [], byline: null, published: '2026-02-12T10:40:31+09:00' },
      [p('본문.')],
      '제목\n2026-02-12 10:40\n\n본문.',
    ],
    ['no body', { title: '제목', deck: ['부제'], byline: '기자', published: null }, [], '제목\n부제\n기자'],
    [
      'images only in the body',
      { title: '제목', deck: [], byline: null, published: null },
      [{ kind: 'image', src: 'https://img.test/a.jpg', alt: '' }],
      '제목',
    ],
    ['no title', { title: '', deck: [], byline: null, published: null }, [p('본문.')], '본문.'],
  ])('%s', (_name, header, blocks, expected) => {
    expect(toText(header, blocks)).toBe(expected);
  });
});

describe('bodyText', () => {
  it('is the body part of toText alone', () => {
    expect(bodyText([p('A'), { kind: 'image', src: 'https://img.test/a.jpg', alt: '' }, p('B')])).toBe('A\n\nB');
  });

  it('keeps captions by default and drops them with captions: false', () => {
    const blocks: Block[] = [p('A'), { kind: 'caption', text: '캡션', markdown: '캡션' }, p('B')];
    expect(bodyText(blocks)).toBe('A\n\n캡션\n\nB');
    expect(bodyText(blocks, { captions: true })).toBe('A\n\n캡션\n\nB');
    expect(bodyText(blocks, { captions: false })).toBe('A\n\nB');
  });

  it('is empty for no blocks', () => {
    expect(bodyText([])).toBe('');
  });
});
