/**
 * What a prediction has that the truth has not (extra), and the reverse (missing), as contiguous
 * runs of the original text rather than loose shingles, so that a person can read them: "the photo
 * caption", "the newsletter box", "the second half of the last paragraph".
 *
 * A token of `text` is matched when one of the 4-token shingles around it (the AEB metric's unit,
 * aeb-metric.ts) is also a shingle of `other`; shingles are consumed as a multiset in reading
 * order, so a paragraph printed twice has its second copy unmatched. Unmatched tokens that follow
 * each other form a run; a run is shown as the text from its first token to its last, line breaks
 * as " ¶ ", shortened in the middle past `maxChars`.
 */
import { SEPARATOR, shingles, SHINGLE_SIZE, WORD } from './aeb-metric';

export interface TextRun {
  /** The run's text, shortened to about `maxChars`. */
  text: string;
  /** Tokens (words) in the run. */
  tokens: number;
}

export interface UnmatchedText {
  /** The longest runs first (ties: in reading order), at most `limit`. */
  runs: TextRun[];
  /** All unmatched tokens and all runs, including those not listed. */
  tokens: number;
  runCount: number;
}

export interface RunOptions {
  limit?: number;
  maxChars?: number;
}

/** Shortens `text` in the middle: the start says where the run begins, the end where it stops. */
export function shorten(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const head = Math.ceil((maxChars - 3) * 0.65);
  const tail = maxChars - 3 - head;
  return `${text.slice(0, head).trimEnd()} … ${text.slice(text.length - tail).trimStart()}`;
}

function readable(slice: string): string {
  return slice
    .replace(/[ \t\r\f\v\u00a0]*\n\s*/g, ' ¶ ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The runs of `text` not matched by `other` (see above). */
export function unmatchedRuns(text: string, other: string, { limit = 3, maxChars = 120 }: RunOptions = {}): UnmatchedText {
  const words = [...(text ?? '').matchAll(WORD)].map((match) => ({
    token: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  const available = shingles(other ?? '');
  const matched = new Array<boolean>(words.length).fill(false);
  const windows = Math.max(1, words.length - SHINGLE_SIZE + 1);
  for (let start = 0; start < windows && start < words.length; start += 1) {
    const end = Math.min(words.length, start + SHINGLE_SIZE);
    const key = words
      .slice(start, end)
      .map((word) => word.token)
      .join(SEPARATOR);
    const left = available.get(key) ?? 0;
    if (left <= 0) continue;
    available.set(key, left - 1);
    for (let index = start; index < end; index += 1) matched[index] = true;
  }
  const found: (TextRun & { at: number })[] = [];
  for (let index = 0; index < words.length;) {
    if (matched[index]) {
      index += 1;
      continue;
    }
    const first = index;
    while (index < words.length && !matched[index]) index += 1;
    const slice = text.slice(words[first]!.start, words[index - 1]!.end);
    found.push({ text: shorten(readable(slice), maxChars), tokens: index - first, at: first });
  }
  const runs = [...found]
    .sort((a, b) => b.tokens - a.tokens || a.at - b.at)
    .slice(0, limit)
    .map(({ text: runText, tokens }) => ({ text: runText, tokens }));
  return { runs, tokens: found.reduce((sum, run) => sum + run.tokens, 0), runCount: found.length };
}
