/**
 * Toggling the reader from outside the popup (keyboard command, context menu). Both gestures grant
 * `activeTab`, so askTab may inject the content script into any http(s) page; restricted pages are
 * skipped quietly, since there is no UI to explain it from the background.
 */
import type { ReaderState } from '../messaging';
import { askTab } from './tab-reader';
import { restrictedKind } from './restricted-url';

export const READER_MENU_ID = 'toggle-reader';
export const READER_COMMAND = 'toggle-reader';

export async function toggleReaderInTab(tab: { id?: number; url?: string } | undefined): Promise<ReaderState | null> {
  if (tab?.id === undefined || tab.id < 0) return null;
  if (tab.url && restrictedKind(tab.url) !== null) return null;
  try {
    return await askTab(tab.id, 'toggleReader', {});
  } catch (error) {
    console.warn('[declutter] toggle reader failed:', error);
    return null;
  }
}
