// @vitest-environment node
/**
 * The benchmark metric on small hand-made cases; every expected value below is computed by hand
 * in the comment next to it.
 */
import { describe, expect, it } from 'vitest';
import { corpusScores, pageF1, pagePrecision, pageRecall, scorePage, shingles, tokenize } from '../../scripts/bench/aeb-metric';

describe('tokenize', () => {
  it('keeps runs of letters, digits and underscore, case kept, punctuation dropped', () => {
    expect(tokenize('Hello, world! x_1 (2024) The the')).toEqual(['Hello', 'world', 'x_1', '2024', 'The', 'the']);
  });

  it('keeps Korean eojeol whole, with digits attached', () => {
    expect(tokenize('서울경제는 19일 “밝혔다.” 檢,가상화폐')).toEqual(['서울경제는', '19일', '밝혔다', '檢', '가상화폐']);
  });

  it('splits at combining marks like the reference (Python \\w), unless asked not to', () => {
    expect(tokenize('हिन्दी')).toEqual(['ह', 'न', 'द']);
    expect(tokenize('हिन्दी', { marks: true })).toEqual(['हिन्दी']);
    expect(tokenize('e\u0301te\u0301')).toEqual(['e', 'te']);
  });

  it('treats every kind of whitespace and line break alike', () => {
    expect(tokenize('a\n\nb\tc\u00a0d\u3000e')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('shingles', () => {
  it('are windows of 4 tokens, counted', () => {
    // a b c d a b c d → abcd, bcda, cdab, dabc, abcd
    const counts = shingles('a b c d a b c d');
    expect(counts.size).toBe(4);
    expect([...counts.values()].sort()).toEqual([1, 1, 1, 2]);
  });

  it('gives one shorter shingle for 1–3 tokens and none for no token', () => {
    expect(shingles('hello world').size).toBe(1);
    expect(shingles('…, !').size).toBe(0);
    expect(shingles('').size).toBe(0);
  });
});

describe('scorePage', () => {
  it('identical texts: all true positives', () => {
    expect(scorePage('One two three four five.', 'One two three  four\nfive')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('disjoint texts: no true positive', () => {
    // truth: abcd, bcde; predicted: vwxy, wxyz → tp 0, fp 2, fn 2 → 0, ½, ½
    expect(scorePage('a b c d e', 'v w x y z')).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
  });

  it('partial overlap, computed by hand', () => {
    // truth: abcd, bcde; predicted: abcd, bcdx → tp 1, fp 1, fn 1 → ⅓ each
    const counts = scorePage('a b c d e', 'a b c d x');
    expect(counts.tp).toBeCloseTo(1 / 3);
    expect(counts.fp).toBeCloseTo(1 / 3);
    expect(counts.fn).toBeCloseTo(1 / 3);
    expect(pagePrecision(counts)).toBeCloseTo(0.5);
    expect(pageRecall(counts)).toBeCloseTo(0.5);
  });

  it('boilerplate kept costs precision only', () => {
    // truth: 5 tokens → 2 shingles; predicted adds 2 tokens → 4 shingles, 2 of them extra
    const counts = scorePage('a b c d e', 'a b c d e f g');
    expect(counts.tp).toBeCloseTo(2 / 4);
    expect(counts.fp).toBeCloseTo(2 / 4);
    expect(counts.fn).toBe(0);
    expect(pagePrecision(counts)).toBeCloseTo(0.5);
    expect(pageRecall(counts)).toBe(1);
  });

  it('counts shingles as a multiset', () => {
    // truth: abcd ×2, bcda, cdab, dabc (5); predicted: abcd ×1 → tp 1, fp 0, fn 4 → 0.2, 0, 0.8
    const counts = scorePage('a b c d a b c d', 'a b c d');
    expect(counts.tp).toBeCloseTo(0.2);
    expect(counts.fp).toBe(0);
    expect(counts.fn).toBeCloseTo(0.8);
    // the reverse: a duplicated paragraph is a false positive for the second copy
    const doubled = scorePage('a b c d', 'a b c d a b c d');
    expect(doubled.tp).toBeCloseTo(0.2);
    expect(doubled.fp).toBeCloseTo(0.8);
  });

  it('short texts compare their one shorter shingle', () => {
    expect(scorePage('hello world', 'hello world')).toEqual({ tp: 1, fp: 0, fn: 0 });
    // (hello) vs (hello, world): different shingles
    expect(scorePage('hello world', 'hello')).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
  });

  it('empty prediction: precision undefined, recall 0', () => {
    const counts = scorePage('a b c d', '');
    expect(counts).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(pagePrecision(counts)).toBeNull();
    expect(pageRecall(counts)).toBe(0);
  });

  it('both empty: nothing defined', () => {
    const counts = scorePage('', ' ');
    expect(counts).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(pagePrecision(counts)).toBeNull();
    expect(pageRecall(counts)).toBeNull();
    expect(pageF1(counts)).toBe(1);
  });
});

describe('corpusScores', () => {
  it('averages per-page values over pages where they are defined; F1 of the means', () => {
    const pages = [
      scorePage('a b c d e', 'a b c d e'), // P 1, R 1
      scorePage('a b c d e', ''), // P undefined, R 0
      scorePage('a b c d e', 'a b c d x'), // P ½, R ½
      scorePage('', ''), // nothing
    ];
    const scores = corpusScores(pages);
    expect(scores.precision).toBeCloseTo((1 + 0.5) / 2); // 0.75
    expect(scores.recall).toBeCloseTo((1 + 0 + 0.5) / 3); // 0.5
    expect(scores.f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25); // 0.6
  });

  it('is 0, not NaN, when nothing is defined', () => {
    expect(corpusScores([])).toEqual({ f1: 0, precision: 0, recall: 0 });
  });
});
