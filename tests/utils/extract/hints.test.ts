import { describe, expect, it } from 'vitest';
import { readFirstHint, readHint } from '../../../utils/extract/hints';

const doc = new DOMParser().parseFromString(
  `<html><head><meta property="og:title" content="  메타   제목 "><meta name="empty" content="  "></head>
  <body><h1 class="title"> </h1><h1 class="title">본문 제목</h1><div class="info"><span>오철수 기자</span><span>입력 2018-03-19</span></div></body></html>`,
  'text/html',
);

describe('readHint', () => {
  it('reads an attribute, whitespace-collapsed', () => {
    const hit = readHint(doc, ['meta[property="og:title"]', 'content']);
    expect(hit?.value).toBe('메타 제목');
    expect(hit?.element.tagName).toBe('META');
  });

  it('reads text, skipping elements without text', () => {
    const hit = readHint(doc, 'h1.title');
    expect(hit?.value).toBe('본문 제목');
    expect(hit?.element).toBe(doc.querySelectorAll('h1.title')[1]);
  });

  it.each([
    ['no match', '.missing'],
    ['empty attribute', ['meta[name="empty"]', 'content'] as const],
    ['missing attribute', ['h1.title', 'data-x'] as const],
    ['unparsable selector', '[[['],
  ])('%s → null', (_name, hint) => {
    expect(readHint(doc, hint)).toBeNull();
  });
});

describe('readFirstHint', () => {
  it('returns the first hint, in order, whose value the transform accepts', () => {
    const hit = readFirstHint(doc, ['.missing', 'h1.title', ['meta[property="og:title"]', 'content']], (value) =>
      value.startsWith('메타') ? value.toUpperCase() : null,
    );
    expect(hit?.result).toBe('메타 제목');
    expect(hit?.element.tagName).toBe('META');
  });

  it('passes the element to the transform', () => {
    const seen: string[] = [];
    readFirstHint(doc, ['h1.title'], (_value, element) => {
      seen.push(element.tagName);
      return null;
    });
    expect(seen).toEqual(['H1']);
  });

  it('null when no hint is accepted', () => {
    expect(readFirstHint(doc, ['h1.title', '.info span'], () => null)).toBeNull();
    expect(readFirstHint(doc, [], (value) => value)).toBeNull();
  });
});
