/**
 * "Read the selection" from the context menu: the click grants activeTab, so askTab may inject the
 * content script into any http(s) page, which opens the reader with the selection as the article.
 */
import type { ReaderState } from '../messaging';
import { restrictedKind } from './restricted-url';
import { askTab } from './tab-reader';

export const SELECTION_MENU_ID = 'read-selection';

export async function readSelectionInTab(tab: { id?: number; url?: string } | undefined): Promise<ReaderState | null> {
  if (tab?.id === undefined || tab.id < 0) return null;
  if (tab.url && restrictedKind(tab.url) !== null) return null;
  try {
    return await askTab(tab.id, 'readSelection', undefined);
  } catch (error) {
    console.warn('[declutter] read selection failed:', error);
    return null;
  }
}
