/** The user's reader sites as Preact state, live (the background changes the list). */
import { useLayoutEffect, useState } from 'preact/hooks';
import { loadReaderSites, watchReaderSites } from '@/utils/reader-sites/reader-sites';

export function useReaderSites(): string[] | null {
  const [sites, setSites] = useState<string[] | null>(null);
  // Layout effect: unmounting removes the storage listener at once (see use-settings.ts).
  useLayoutEffect(() => {
    let alive = true;
    void loadReaderSites().then((value) => alive && setSites(value));
    const unwatch = watchReaderSites((value) => alive && setSites(value));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return sites;
}
