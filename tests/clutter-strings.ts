/**
 * Clutter that must never reach an article, per site rule (tests/clutter/<rule>.ts) plus what no
 * Korean article may keep (tests/clutter/korean-news.ts). How the tests use them, for the
 * extracted `article.text` (and the rendered article in the browser tests):
 *  - no entry of a `strings` list may appear as a WHOLE LINE of the text (a line equal to the
 *    string after trimming);
 *  - no entry of a `patterns` list may match ANYWHERE in the text.
 * So only put something here if it can never be a legitimate body line (e.g. "KOSPI" is fine as a
 * whole-line check, since a body paragraph is never just "KOSPI"); a pattern must never match real
 * prose. Every site rule has an entry (a test checks), so a new rule comes with its clutter.
 */
import { KOREAN_CLUTTER_PATTERNS } from './clutter/korean-news';
import { NAVER_CLUTTER_PATTERNS, NAVER_CLUTTER_STRINGS } from './clutter/naver';
import { SEDAILY_CLUTTER_PATTERNS, SEDAILY_CLUTTER_STRINGS } from './clutter/sedaily';

export {
  KOREAN_CLUTTER_PATTERNS,
  NAVER_CLUTTER_PATTERNS,
  NAVER_CLUTTER_STRINGS,
  SEDAILY_CLUTTER_PATTERNS,
  SEDAILY_CLUTTER_STRINGS,
};

export interface Clutter {
  strings: readonly string[];
  patterns: readonly RegExp[];
}

/** Per rule id. */
export const CLUTTER_BY_SITE: Readonly<Record<string, Clutter>> = {
  sedaily: { strings: SEDAILY_CLUTTER_STRINGS, patterns: SEDAILY_CLUTTER_PATTERNS },
  naver: { strings: NAVER_CLUTTER_STRINGS, patterns: NAVER_CLUTTER_PATTERNS },
};

/** What a fixture's article is checked against: its rule's clutter, and the Korean list for Korean pages. */
export function clutterFor(site: string | null, lang: string): Clutter {
  const own = site ? CLUTTER_BY_SITE[site] : undefined;
  const korean = /^ko\b/i.test(lang) ? KOREAN_CLUTTER_PATTERNS : [];
  return { strings: own?.strings ?? [], patterns: [...(own?.patterns ?? []), ...korean] };
}
