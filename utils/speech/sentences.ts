/**
 * Sentences of a paragraph, for reading aloud one sentence at a time (each one an utterance, so
 * the sentence being read is known exactly without relying on `boundary` events, which engines
 * send unevenly for Korean, and long text never meets Chromium's cut-off for long utterances).
 */

/** A sentence as offsets into the paragraph's text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A sentence ends at . ? ! … 。 (or a run of them), with any closing quotes or brackets, before
 * white space or the end: "3.5%" and "www.sedaily.com" do not end one, "했다." and "했다.”" do.
 */
const SENTENCE_END = /[.?!…。？！]+["'”’)\]」』》〉]*(?=\s|$)/g;

/** Longer sentences are read in parts, cut after a comma or a space (one long utterance stalls some engines). */
export const MAX_SENTENCE_LENGTH = 220;

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Cuts a span longer than `max` after the last comma, else the last space, within the limit. */
function cutLong(text: string, span: Span, max: number): Span[] {
  const parts: Span[] = [];
  let { start } = span;
  while (span.end - start > max) {
    const window = text.slice(start, start + max);
    const comma = Math.max(window.lastIndexOf(', '), window.lastIndexOf('، '), window.lastIndexOf('、'));
    const space = window.lastIndexOf(' ');
    const cut = comma > max / 3 ? comma + 1 : space > max / 3 ? space : max;
    const part = trimmed(text, start, start + cut);
    if (part) parts.push(part);
    start += cut;
  }
  const rest = trimmed(text, start, span.end);
  if (rest) parts.push(rest);
  return parts;
}

export function splitSentences(text: string, max = MAX_SENTENCE_LENGTH): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    const span = trimmed(text, start, end);
    if (span) spans.push(...cutLong(text, span, max));
    start = end;
  }
  const rest = trimmed(text, start, text.length);
  if (rest) spans.push(...cutLong(text, rest, max));
  return spans;
}
