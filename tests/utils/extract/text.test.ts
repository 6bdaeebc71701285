import { describe, expect, it } from 'vitest';
import { collapseSpace, hangulRatio, preview } from '../../../utils/extract/text';

describe('collapseSpace', () => {
  it.each([
    ['  a   b  ', 'a b'],
    ['a\n\n\tb', 'a b'],
    ['가\u00a0\u00a0나', '가 나'],
    ['가\u3000나', '가 나'],
    ['제\u200b목\u200d', '제목'],
    ['\ufeff본문\u00ad', '본문'],
    ['a\u0007b\u009fc', 'abc'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(collapseSpace(text)).toBe(expected);
  });
});

describe('preview', () => {
  it('keeps short text, collapsed', () => {
    expect(preview('  짧은   글  ')).toBe('짧은 글');
  });

  it('cuts to 80 characters including the ellipsis', () => {
    const long = '가'.repeat(100);
    expect(preview(long)).toBe(`${'가'.repeat(79)}…`);
    expect(preview('가'.repeat(80))).toBe('가'.repeat(80));
    expect(preview('가'.repeat(81))).toHaveLength(80);
  });

  it('takes a custom maximum', () => {
    expect(preview('abcdef', 4)).toBe('abc…');
  });
});

describe('hangulRatio', () => {
  it.each([
    ['', 0],
    ['123 !!', 0],
    ['한국어', 1],
    ['한국 ab', 0.5],
    ['AI 기업', 0.5],
  ])('%j → %s', (text, expected) => {
    expect(hangulRatio(text)).toBeCloseTo(expected, 5);
  });
});
