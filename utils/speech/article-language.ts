/**
 * The language an article is read in: its own `lang`, else (a page that does not say) Korean when
 * the text is mostly Hangul, else the UI's language.
 */
import type { Article } from '../article';
import { hangulRatio } from '../extract/text';
import { primaryLanguage } from './voices';

export function articleLanguage(article: Pick<Article, 'lang' | 'text'>, fallback: string): string {
  if (primaryLanguage(article.lang)) return article.lang;
  return hangulRatio(article.text.slice(0, 2000)) > 0.3 ? 'ko' : fallback;
}

/** "한국어" for `ko` in a Korean UI; the code itself where the browser cannot name it. */
export function languageName(lang: string, uiLang: string): string {
  const primary = primaryLanguage(lang) || lang;
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(primary) ?? primary;
  } catch {
    return primary;
  }
}
