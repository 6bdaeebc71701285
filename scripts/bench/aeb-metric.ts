/**
 * The article-extraction-benchmark metric (scrapinghub/article-extraction-benchmark, as described
 * in the README of the data folder), written from its definition:
 *
 * - Tokens: maximal runs of word characters. The reference tokenizer is Python's `re` `\w+`,
 *   which is exactly `[\p{L}\p{N}_]` (checked over every code point with Python 3.11, Unicode 14).
 *   It does NOT include combining marks (`\p{M}`): Devanagari vowel signs and viramas split words
 *   ("हिन्दी" → ह | न | द). Hangul syllables and jamo are letters (Lo), so Korean is unaffected.
 *   `marks: true` keeps marks inside tokens, for comparison only; published figures use the default.
 * - Shingles: every window of 4 consecutive tokens, as a multiset; a text of 1–3 tokens gives one
 *   shorter shingle, an empty text none.
 * - Per page: tp = Σ min(truth, predicted), fp = Σ max(0, predicted − truth),
 *   fn = Σ max(0, truth − predicted), normalised so that tp + fp + fn = 1.
 * - Corpus: precision = mean over pages with tp + fp > 0, recall = mean over pages with
 *   tp + fn > 0, F1 = harmonic mean of the two means.
 */

export interface TokenizeOptions {
  /** Keep combining marks (\p{M}) inside tokens. Not the benchmark's definition. */
  marks?: boolean;
}

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  f1: number;
  precision: number;
  recall: number;
}

export const SHINGLE_SIZE = 4;

/** A token: a maximal run of word characters (the benchmark's `\w+`). */
export const WORD = /[\p{L}\p{N}_]+/gu;
const WORD_WITH_MARKS = /[\p{L}\p{N}_][\p{L}\p{N}\p{M}_]*/gu;
/** Joins tokens into a map key; a control character no token can contain. */
export const SEPARATOR = '\u0001';

export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  return (text ?? '').match(options.marks ? WORD_WITH_MARKS : WORD) ?? [];
}

/** The multiset of shingles of `text`: shingle (tokens joined) → count. */
export function shingles(text: string, size = SHINGLE_SIZE, options: TokenizeOptions = {}): Map<string, number> {
  const tokens = tokenize(text, options);
  const counts = new Map<string, number>();
  const windows = Math.max(1, tokens.length - size + 1);
  for (let start = 0; start < windows; start += 1) {
    const window = tokens.slice(start, start + size);
    if (!window.length) continue;
    const key = window.join(SEPARATOR);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised tp/fp/fn of one page; all zero when both texts are empty. */
export function scorePage(truth: string, predicted: string, options: TokenizeOptions = {}): PageCounts {
  return scoreShingles(shingles(truth, SHINGLE_SIZE, options), predicted, options);
}

/** scorePage with the truth's shingles computed once (several systems scored against one page). */
export function scoreShingles(
  expected: ReadonlyMap<string, number>,
  predicted: string,
  options: TokenizeOptions = {},
): PageCounts {
  const got = shingles(predicted, SHINGLE_SIZE, options);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of got) {
    const want = expected.get(key) ?? 0;
    tp += Math.min(want, count);
    fp += Math.max(0, count - want);
  }
  for (const [key, want] of expected) fn += Math.max(0, want - (got.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

/** Precision of one page, or null when undefined (nothing predicted). */
export function pagePrecision({ tp, fp }: PageCounts): number | null {
  return tp + fp > 0 ? tp / (tp + fp) : null;
}

/** Recall of one page, or null when undefined (empty ground truth and nothing predicted). */
export function pageRecall({ tp, fn }: PageCounts): number | null {
  return tp + fn > 0 ? tp / (tp + fn) : null;
}

const mean = (values: number[]): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** Corpus scores: means of the defined per-page values, F1 their harmonic mean (0 when both are 0). */
export function corpusScores(pages: readonly PageCounts[]): Scores {
  const precision = mean(pages.map(pagePrecision).filter((value): value is number => value !== null));
  const recall = mean(pages.map(pageRecall).filter((value): value is number => value !== null));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall };
}

/** Per-page F1 from normalised counts (for ranking the worst pages; not part of the metric). */
export function pageF1(counts: PageCounts): number {
  const denominator = 2 * counts.tp + counts.fp + counts.fn;
  return denominator > 0 ? (2 * counts.tp) / denominator : 1;
}
