/**
 * One typed value in `browser.storage.local` with a fallback and change watching: the three
 * operations the settings need. A few lines instead of @wxt-dev/storage, which weighs 16 KB
 * (5 KB gzip) in every bundle that reads settings, the content script and the popup among them.
 *
 * The stored layout is what `storage.defineItem('local:KEY', { version: 1 })` wrote: the value
 * under KEY and no `KEY$` meta entry (WXT writes one only for versions above 1 or migrations), so
 * settings saved by earlier builds read back unchanged.
 */
import { browser, type Browser } from 'wxt/browser';

export interface LocalItem<T> {
  readonly key: string;
  /** The stored value, or the fallback when nothing is stored. */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls `callback` with each new value (the fallback when removed); returns the unwatch function. */
  watch(callback: (value: T) => void): () => void;
}

export function defineLocalItem<T>(key: string, fallback: () => T): LocalItem<T> {
  return {
    key,
    async getValue() {
      const stored: unknown = (await browser.storage.local.get(key))[key];
      return stored == null ? fallback() : (stored as T);
    },
    async setValue(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(callback) {
      const listener = (changes: Record<string, Browser.storage.StorageChange>) => {
        const change = changes[key];
        // Like WXT's watcher: a write of an equal value is not a change.
        if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
        callback(change.newValue == null ? fallback() : (change.newValue as T));
      };
      browser.storage.local.onChanged.addListener(listener);
      return () => {
        try {
          browser.storage.local.onChanged.removeListener(listener);
        } catch {
          // The extension was reloaded or updated under an open page: its old content scripts'
          // API calls throw "Extension context invalidated", and their listeners are gone anyway.
        }
      };
    },
  };
}
