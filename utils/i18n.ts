/**
 * UI text (docs/architecture.md, "Principles"): every visible string comes from public/_locales/{ko,en}/messages.json via
 * `browser.i18n`, Korean being the default locale. Keys are typed from the Korean file, so a typo
 * is a compile error and the locale test can grep every `t('…')` call.
 */
import { browser } from 'wxt/browser';
import type KO_MESSAGES from '../public/_locales/ko/messages.json';

export type MessageKey = keyof typeof KO_MESSAGES;

/** The localised string for `key`; the key itself when the API is missing (never an empty label). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/**
 * The language the UI text is actually in (`ko` or `en`), for `lang` attributes. Read from the
 * messages themselves: `getUILanguage()` is the browser's language, which may have no locale file
 * (a French browser gets the Korean default).
 */
export function uiLanguage(): string {
  const lang = t('uiLang');
  return lang === 'uiLang' ? 'ko' : lang;
}
