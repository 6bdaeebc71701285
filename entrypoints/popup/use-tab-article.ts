/**
 * The popup's view of its tab: which tab (`?tabId=N` first, for tests and for opening the popup in
 * a tab; else the active tab), whether it can be scripted at all, and the extraction result and
 * reader state from its content script (injected on demand outside the rule hosts).
 */
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import type { Article } from '@/utils/article';
import { errorMessage } from '@/utils/error-message';
import type { ReaderState, ScrollTarget } from '@/utils/messaging';
import { askTab } from '@/utils/tabs/tab-reader';
import { restrictedKind, restrictedKindOfError, type RestrictedKind } from '@/utils/tabs/restricted-url';

export type TabArticleState =
  | { kind: 'loading' }
  | { kind: 'restricted'; restricted: RestrictedKind }
  | { kind: 'not-article'; reason: string }
  | { kind: 'error'; message: string }
  | { kind: 'ok'; article: Article; forced: boolean };

export interface TabArticle {
  state: TabArticleState;
  reader: ReaderState | null;
  /** The tab's page address, when the popup may know it (the article's own URL otherwise). */
  url: string | null;
  /** The page has selected text ("read the selection" is offered). */
  hasSelection: boolean;
  readSelection: () => Promise<ReaderState>;
  /** Re-asks the tab; `force` is "try anyway". */
  load: (force: boolean) => void;
  toggleReader: () => Promise<ReaderState>;
  jumpTo: (target: ScrollTarget) => Promise<boolean>;
}

type Tab = Browser.tabs.Tab;

/** `popup.html?tabId=N` wins; the toolbar popup uses the active tab of its window. */
export async function resolveTab(search: string): Promise<Tab | undefined> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return browser.tabs.get(Number(param));
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function hasFileAccess(): Promise<boolean> {
  try {
    return await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}

export function useTabArticle(search: string = location.search): TabArticle {
  const [state, setState] = useState<TabArticleState>({ kind: 'loading' });
  const [reader, setReader] = useState<ReaderState | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [hasSelection, setHasSelection] = useState(false);

  const load = useCallback(
    (force: boolean) => {
      setState({ kind: 'loading' });
      void (async () => {
        try {
          const tab = await resolveTab(search);
          if (tab?.id === undefined) throw new Error('No tab to read.');
          setTabId(tab.id);
          setUrl(tab.url ?? null);
          // Without a url we lack permission to know it: try, and let the browser say why not.
          // File access is asked only for file: pages; every await here delays the first paint.
          const fileAccess = tab.url?.startsWith('file:') ? await hasFileAccess() : false;
          const restricted = tab.url ? restrictedKind(tab.url, fileAccess) : null;
          if (restricted) return setState({ kind: 'restricted', restricted });
          const result = await askTab(tab.id, 'getArticle', { force });
          if (result.status === 'restricted') return setState({ kind: 'restricted', restricted: result.restricted });
          if (result.status === 'ok') setUrl((known) => known ?? result.article.url);
          setState(
            result.status === 'ok'
              ? { kind: 'ok', article: result.article, forced: force }
              : { kind: 'not-article', reason: result.reason },
          );
          setReader(await askTab(tab.id, 'readerState', undefined).catch(() => null));
          setHasSelection(await askTab(tab.id, 'hasSelection', undefined).catch(() => false));
        } catch (error) {
          // A browser page's URL is hidden from us: the browser's refusal to script it says what it
          // is; a refusal that names nothing may be a file: page when file access is off.
          const named = restrictedKindOfError(error);
          const restricted = named === 'closed' ? restrictedKindOfError(error, await hasFileAccess()) : named;
          setState(restricted ? { kind: 'restricted', restricted } : { kind: 'error', message: errorMessage(error) });
        }
      })();
    },
    [search],
  );

  // A layout effect: the tab is asked while the first frame is still being painted. A passive
  // effect runs only after that paint (Preact schedules it for after the next frame), so every
  // article waited a frame before its request even left (popup.cachedOverFirstFrame in the bench).
  useLayoutEffect(() => load(false), [load]);

  const toggleReader = useCallback(async () => {
    if (tabId === null) throw new Error('No tab to read.');
    const forced = state.kind === 'ok' && state.forced;
    const next = await askTab(tabId, 'toggleReader', { force: forced });
    setReader(next);
    return next;
  }, [tabId, state]);

  const jumpTo = useCallback(
    async (target: ScrollTarget) => (tabId === null ? false : askTab(tabId, 'scrollTo', target)),
    [tabId],
  );

  const readSelection = useCallback(async () => {
    if (tabId === null) throw new Error('No tab to read.');
    const next = await askTab(tabId, 'readSelection', undefined);
    setReader(next);
    return next;
  }, [tabId]);

  return { state, reader, url, hasSelection, readSelection, load, toggleReader, jumpTo };
}
