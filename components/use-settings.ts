/** Settings as Preact state, live: every page that shows them follows storage changes. */
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, loadSettings, updateSettings, watchSettings, type Settings } from '@/utils/settings';

export interface SettingsState {
  settings: Settings;
  /** false until storage answered (avoids flashing defaults into controls). */
  loaded: boolean;
  update: (patch: Partial<Settings>) => void;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings>({ ...DEFAULT_SETTINGS });
  const [loaded, setLoaded] = useState(false);
  // Layout effect so that unmounting removes the storage listener at once: as a passive effect its
  // cleanup waits for the next paint (Preact 11), and until then the listener, through setSettings,
  // keeps the unmounted tree (a closed reader's DOM) alive. See use-current-section.ts.
  useLayoutEffect(() => {
    let alive = true;
    void loadSettings().then((value) => {
      if (!alive) return;
      setSettings(value);
      setLoaded(true);
    });
    const unwatch = watchSettings((value) => alive && setSettings(value));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const update = useCallback((patch: Partial<Settings>) => {
    // Optimistic: the control moves at once; the storage watcher confirms.
    setSettings((previous) => ({ ...previous, ...patch }));
    updateSettings(patch).catch((error: unknown) => {
      // An orphaned reader (the extension was reloaded under the page; it closes itself within a
      // second) cannot write: nothing in the page's console then. Anywhere else, say so.
      if (browser.runtime?.id) console.warn('[declutter] settings not saved:', error);
    });
  }, []);
  return { settings, loaded, update };
}
