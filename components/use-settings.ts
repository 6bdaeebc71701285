/** Settings as Preact state, live: every page that shows them follows storage changes. */
import { useCallback, useEffect, useState } from 'preact/hooks';
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
  useEffect(() => {
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
    void updateSettings(patch);
  }, []);
  return { settings, loaded, update };
}
