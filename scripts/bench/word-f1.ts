/**
 * WCXB's metric (Web Content eXtraction Benchmark, Murrough-Foley/web-content-extraction-benchmark,
 * as described in the README of ../shared/data/wcxb-dev-articles), written from its definition:
 *
 * - Tokens: the text lower-cased, then every maximal run of word characters (Python `re` `\w+` on
 *   `text.lower()`). That `\w` is `[\p{L}\p{N}_]` (aeb-metric.ts): checked again here over all
 *   282,230 code points assigned in Unicode 14 (Python 3.11) against Node 22 (Unicode 17), for both
 *   `\w` and lower-casing: no difference. Code points assigned after Unicode 14 are word characters
 *   here and not in Python 3.11. Caveats of the definition, kept on purpose: combining marks split
 *   words (Devanagari vowel signs), and lower-casing first can create one ("İ" → "i" + U+0307, so
 *   "İstanbul" is the two tokens "i", "stanbul"). Hangul syllables are letters: Korean is unaffected.
 * - Per page, tokens as multisets: overlap = Σ min(truth, predicted); precision = overlap / predicted
 *   tokens, recall = overlap / truth tokens, F1 their harmonic mean. No truth tokens: 1, 1, 1 when
 *   nothing is predicted either, else 0, 0, 0; no predicted tokens (and some truth): 0, 0, 0.
 * - Corpus: the plain means of per-page precision, recall and F1 over every page (unlike the AEB
 *   metric, an empty prediction counts as precision 0, and F1 is the mean of the page F1s, not the
 *   harmonic mean of the means).
 */
import { tokenize } from './aeb-metric';

export interface WordScores {
  precision: number;
  recall: number;
  f1: number;
}

/** Lower-cased word tokens, as the benchmark's tokenizer gives them. */
export function wordTokens(text: string): string[] {
  return tokenize((text ?? '').toLowerCase());
}

/** The lower-cased tokens of a text as a multiset, and how many there are. */
export interface WordBag {
  counts: Map<string, number>;
  total: number;
}

export function wordBag(text: string): WordBag {
  const counts = new Map<string, number>();
  const tokens = wordTokens(text);
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return { counts, total: tokens.length };
}

/** Word precision, recall and F1 of one page. */
export function scoreWords(truth: string, predicted: string): WordScores {
  return scoreWordBags(wordBag(truth), wordBag(predicted));
}

/** scoreWords on bags (the truth's bag computed once for several systems). */
export function scoreWordBags(truth: WordBag, predicted: WordBag): WordScores {
  if (!truth.total) return predicted.total ? { precision: 0, recall: 0, f1: 0 } : { precision: 1, recall: 1, f1: 1 };
  if (!predicted.total) return { precision: 0, recall: 0, f1: 0 };
  let overlap = 0;
  for (const [token, count] of predicted.counts) overlap += Math.min(count, truth.counts.get(token) ?? 0);
  const precision = overlap / predicted.total;
  const recall = overlap / truth.total;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Means over every page; all 0 for no pages. */
export function corpusWordScores(pages: readonly WordScores[]): WordScores {
  const mean = (pick: (page: WordScores) => number) =>
    pages.length ? pages.reduce((sum, page) => sum + pick(page), 0) / pages.length : 0;
  return { precision: mean((page) => page.precision), recall: mean((page) => page.recall), f1: mean((page) => page.f1) };
}
