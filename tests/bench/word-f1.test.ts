// @vitest-environment node
/**
 * WCXB's word metric on small hand-made cases; every expected value is computed by hand in the
 * comment next to it.
 */
import { describe, expect, it } from 'vitest';
import { corpusWordScores, scoreWords, wordTokens } from '../../scripts/bench/word-f1';

describe('wordTokens', () => {
  it('lower-cases, then keeps runs of letters, digits and underscore', () => {
    expect(wordTokens('Hello, WORLD! x_1 (2024) The the')).toEqual(['hello', 'world', 'x_1', '2024', 'the', 'the']);
  });

  it('keeps Korean eojeol whole and splits at combining marks, like Python \\w', () => {
    expect(wordTokens('서울경제는 19일 “밝혔다.”')).toEqual(['서울경제는', '19일', '밝혔다']);
    expect(wordTokens('हिन्दी')).toEqual(['ह', 'न', 'द']);
  });

  it('lower-cases first, as Python does: İ becomes i + a combining dot, which splits the word', () => {
    expect(wordTokens('İstanbul')).toEqual(['i', 'stanbul']);
    // Final sigma is context-sensitive in both Python and JavaScript.
    expect(wordTokens('ΟΔΟΣ')).toEqual(['οδος']);
  });
});

describe('scoreWords', () => {
  it('identical bags, any order and case: all 1', () => {
    expect(scoreWords('One two three', 'three TWO one')).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('counts words as a multiset, computed by hand', () => {
    // truth a a b c (4), predicted a b b d d (5): overlap min(2,1)+min(1,2) = 2 → P 2/5, R 2/4
    const scores = scoreWords('a a b c', 'a b b d d');
    expect(scores.precision).toBeCloseTo(0.4);
    expect(scores.recall).toBeCloseTo(0.5);
    expect(scores.f1).toBeCloseTo((2 * 0.4 * 0.5) / 0.9); // 0.4444
  });

  it('extra words cost precision only', () => {
    // truth 3 words, predicted the same 3 + 1 → P 3/4, R 1
    expect(scoreWords('a b c', 'a b c menu')).toEqual({ precision: 0.75, recall: 1, f1: (2 * 0.75) / 1.75 });
  });

  it('empty cases as the benchmark defines them', () => {
    expect(scoreWords('', '')).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(scoreWords('…', 'words')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(scoreWords('words', ' ')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('disjoint texts: 0 everywhere, not NaN', () => {
    expect(scoreWords('a b', 'c d')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('corpusWordScores', () => {
  it('is the plain mean of every page, an empty prediction counting 0 (F1: mean of page F1s)', () => {
    const pages = [
      scoreWords('a b c', 'a b c'), // 1, 1, 1
      scoreWords('a b c', ''), // 0, 0, 0
      scoreWords('a b', 'a b c d'), // P ½, R 1, F1 ⅔
    ];
    const scores = corpusWordScores(pages);
    expect(scores.precision).toBeCloseTo(1.5 / 3);
    expect(scores.recall).toBeCloseTo(2 / 3);
    expect(scores.f1).toBeCloseTo((1 + 0 + 2 / 3) / 3); // 0.5556, not the harmonic mean of the means (0.5714)
  });

  it('is 0 for no pages', () => {
    expect(corpusWordScores([])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
