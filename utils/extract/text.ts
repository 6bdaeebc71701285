/** Whitespace and character hygiene shared by every step that reads text. */

// Zero-width characters, soft hyphens and C0/C1 controls other than \t \n \r: invisible, but
// they leak into copied text and break pattern matching (obsidian-clipper#918).
// eslint-disable-next-line no-control-regex -- control characters are matched on purpose
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Removes invisible characters and controls, keeping whitespace as it is (code blocks). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * Whitespace a run is collapsed to a single space for: a run of two or more, or one character that
 * is not already a plain space (`[^\S ]`). `\s` covers NBSP and the ideographic space U+3000.
 * Same result as replacing every `\s+` run, at half the cost: most text is words separated by
 * single spaces, which this leaves alone instead of replacing each one by itself
 * (collapseSpace was the pipeline's hottest function of its own).
 */
const SPACE_TO_COLLAPSE = /\s\s+|[^\S ]/g;

/** Every whitespace run as one space (`text.replace(/\s+/g, ' ')`), nothing else changed. */
export function collapseRuns(text: string): string {
  return text.replace(SPACE_TO_COLLAPSE, ' ');
}

/** Removes invisible characters, collapses every whitespace run (NBSP and ideographic space too). */
export function collapseSpace(text: string): string {
  return collapseRuns(text.replace(INVISIBLE, '')).trim();
}

/** First `max` characters of collapsed text, for RemovedBlock previews. */
export function preview(text: string, max = 80): string {
  const collapsed = collapseSpace(text);
  return collapsed.length > max ? `${collapsed.slice(0, max - 1)}…` : collapsed;
}

/** Share of Hangul among letters: the generic pipeline's language hint when a page declares none. */
export function hangulRatio(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 0;
  return (text.match(/[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F]/g)?.length ?? 0) / letters;
}

export const HANGUL_FIRST = 0xac00; // 가
export const HANGUL_LAST = 0xd7a3; // 힣

/** A precomposed Hangul syllable (가–힣), the unit Korean text is counted and matched in. */
export function isHangulSyllable(code: number): boolean {
  return code >= HANGUL_FIRST && code <= HANGUL_LAST;
}

/** The code units INVISIBLE removes. */
function isInvisibleCode(code: number): boolean {
  return (
    code <= 0x08 ||
    code === 0x0b ||
    code === 0x0c ||
    (code >= 0x0e && code <= 0x1f) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xad ||
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2060 ||
    code === 0xfeff
  );
}

/**
 * `collapseSpace(text.slice(0, end)).length >= count`, counted without building the collapsed
 * string and stopping as soon as it is reached: visible characters count one each, a whitespace
 * run between two of them counts one, invisible characters nothing (they go before collapsing).
 */
export function collapsedLengthAtLeast(text: string, end: number, count: number): boolean {
  if (count <= 0) return true;
  const stop = Math.min(end, text.length);
  let length = 0;
  let gap = false;
  for (let index = 0; index < stop; index += 1) {
    const code = text.charCodeAt(index);
    if (isInvisibleCode(code)) continue;
    if (isSpaceCode(code)) {
      gap = length > 0;
      continue;
    }
    length += gap ? 2 : 1;
    gap = false;
    if (length >= count) return true;
  }
  return false;
}

/** Raw text this many times longer than the limit is taken as long without collapsing it. */
const RAW_SLACK = 10;

/**
 * Collapsed text of `node` when it is at most `maxLength` characters, else null. Pattern checks
 * only care about short blocks, and collapsing the text of every container up to the whole
 * article (once per ancestor) was the pipeline's single biggest cost. Collapsing only removes
 * whitespace, so raw text far longer than the limit is skipped without looking at it.
 */
export function shortText(node: Node, maxLength: number): string | null {
  const raw = node.textContent ?? '';
  if (raw.length > maxLength * RAW_SLACK) return null;
  // Longer raw text may still collapse to the limit; counting tells without building the string
  // and stops one character past the limit (a 200-character paragraph asked for a 30-character
  // label is rejected after 31).
  if (raw.length > maxLength && collapsedLengthAtLeast(raw, raw.length, maxLength + 1)) return null;
  const text = collapseSpace(raw);
  return text.length <= maxLength ? text : null;
}

const VISIBLE = /[^\s\u3000\u200B-\u200D\u2060\uFEFF\u00AD]/;

/** True when `node` has any visible character: emptiness without collapsing the whole text. */
export function hasText(node: Node): boolean {
  return VISIBLE.test(node.textContent ?? '');
}

/**
 * True when `node` has at least `count` characters of collapsed text. Looks at a bounded prefix:
 * asking "is the body root non-empty" must not collapse a whole article.
 */
export function hasAtLeast(node: Node, count: number): boolean {
  const raw = node.textContent ?? '';
  if (raw.length < count) return false;
  // A generous prefix: pretty-printed markup puts long indentation runs before the first words.
  return collapsedLengthAtLeast(raw, count * RAW_SLACK * 5, count);
}

/**
 * True for exactly the UTF-16 code units that match `\s` (ECMAScript WhiteSpace and
 * LineTerminator: the Unicode space separators, tab, VT, FF, LF, CR, U+2028/9 and the BOM).
 */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Characters other than whitespace (`text.replace(/\s+/g, '').length`) and words (runs of them,
 * `text.split(/\s+/).filter(Boolean).length`), counted in one pass without building either string.
 */
export function countText(text: string): { characters: number; words: number } {
  let characters = 0;
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index += 1) {
    if (isSpaceCode(text.charCodeAt(index))) {
      inWord = false;
    } else {
      characters += 1;
      if (!inWord) words += 1;
      inWord = true;
    }
  }
  return { characters, words };
}
