import { describe, expect, it } from 'vitest';
import { computeStats, KOREAN_CHARS_PER_MINUTE, WORDS_PER_MINUTE } from '../../../utils/extract/stats';

const hangul = (count: number) => '가'.repeat(count);
const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');

describe('computeStats', () => {
  it('uses the documented reading speeds', () => {
    expect(KOREAN_CHARS_PER_MINUTE).toBe(640);
    expect(WORDS_PER_MINUTE).toBe(238);
  });

  it.each([
    ['empty', '', 'ko', { characters: 0, words: 0, readingMinutes: 0 }],
    ['whitespace only', ' \n\t ', 'ko', { characters: 0, words: 0, readingMinutes: 0 }],
    ['short Korean rounds up to 1 minute', '서울경제 기사', 'ko', { characters: 6, words: 2, readingMinutes: 1 }],
    ['640 Korean characters = 1 minute', hangul(640), 'ko', { characters: 640, words: 1, readingMinutes: 1 }],
    ['1,600 Korean characters = 2.5 → 3 minutes', hangul(1600), 'ko', { characters: 1600, words: 1, readingMinutes: 3 }],
    ['1,900 Korean characters ≈ 2.97 → 3 minutes', hangul(1900), 'ko', { characters: 1900, words: 1, readingMinutes: 3 }],
    ['6,400 Korean characters = 10 minutes', hangul(6400), 'ko-KR', { characters: 6400, words: 1, readingMinutes: 10 }],
    ['language tag case does not matter', hangul(1280), 'KO', { characters: 1280, words: 1, readingMinutes: 2 }],
    ['English: 476 words = 2 minutes', words(476), 'en', { characters: 476 * 4, words: 476, readingMinutes: 2 }],
    ['English: 1,190 words = 5 minutes', words(1190), 'en-US', { characters: 1190 * 4, words: 1190, readingMinutes: 5 }],
    ['unknown language counts words', words(714), 'und', { characters: 714 * 4, words: 714, readingMinutes: 3 }],
    ['Japanese: 357 cpm', 'あ'.repeat(1071), 'ja', { characters: 1071, words: 1, readingMinutes: 3 }],
    ['Chinese: 255 cpm', '中'.repeat(1020), 'zh-CN', { characters: 1020, words: 1, readingMinutes: 4 }],
  ])('%s', (_name, text, lang, expected) => {
    expect(computeStats(text, lang)).toEqual(expected);
  });

  it('counts characters without any whitespace (NBSP, newlines, tabs) and words between whitespace', () => {
    expect(computeStats('가 나\u00a0다\n\n라\t마', 'ko')).toEqual({ characters: 5, words: 5, readingMinutes: 1 });
  });

  it('Korean reading time depends on characters, not on spaces between eojeol', () => {
    const spaced = computeStats(`${hangul(3)} `.repeat(640), 'ko');
    const packed = computeStats(hangul(1920), 'ko');
    expect(spaced.readingMinutes).toBe(packed.readingMinutes);
    expect(spaced.readingMinutes).toBe(3);
    expect(spaced.words).toBe(640);
  });
});
