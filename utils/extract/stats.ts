/** Part of step 10: length and reading time, Korean-aware. */
import type { ArticleStats } from '../article';
import { countText } from './text';

/**
 * Korean silent reading speed, in non-space characters per minute. Source: Rhiu et al., "Korean
 * Version Self-testing Application for Reading Speed", Korean J Ophthalmol 31(3), 2017 (MNREAD-style
 * Korean sentences): 202.3 words (eojeol) per minute silent. Korean news prose averages 3.46
 * non-space characters per eojeol (measured on the 2025 sedaily article in tests/pages), giving
 * 700 cpm on easy text; non-fiction reads ~8% slower than fiction (Brysbaert 2019: 238 vs 260 wpm),
 * so 700 × 238/260 ≈ 640. Firefox's table has no Korean entry and falls back to English (987 cpm).
 */
export const KOREAN_CHARS_PER_MINUTE = 640;
/** Silent reading of English non-fiction (Brysbaert 2019, meta-analysis of 190 studies). */
export const WORDS_PER_MINUTE = 238;
/** Chinese and Japanese have no spaces between words: characters per minute (Trauzettel-Klosinski 2012, IReST). */
const CJK_CHARS_PER_MINUTE: Record<string, number> = { zh: 255, ja: 357 };

export function computeStats(bodyText: string, lang: string): ArticleStats {
  // One counting pass: replace() and split() built two throwaway copies of the whole body.
  const { characters, words } = countText(bodyText);
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  let minutes: number;
  if (primary === 'ko') minutes = characters / KOREAN_CHARS_PER_MINUTE;
  else if (CJK_CHARS_PER_MINUTE[primary]) minutes = characters / CJK_CHARS_PER_MINUTE[primary]!;
  else minutes = words / WORDS_PER_MINUTE;
  return { characters, words, readingMinutes: characters === 0 ? 0 : Math.max(1, Math.round(minutes)) };
}
