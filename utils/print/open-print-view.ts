/**
 * Opens the print view (print.html, an extension page) for an article in a new tab next to the
 * article's tab. The article goes through storage.session, not the URL: it can be long, and
 * URLs end up in the history.
 */
import { browser } from 'wxt/browser';
import type { Article } from '../article';
import { putPrintArticle } from './print-store';

export const PRINT_PAGE = '/print.html';

export async function openPrintView(article: Article, from?: { id?: number; index?: number; windowId?: number }): Promise<void> {
  const id = await putPrintArticle(article);
  await browser.tabs.create({
    url: browser.runtime.getURL(`${PRINT_PAGE}#${id}` as '/print.html'),
    ...(from?.index !== undefined ? { index: from.index + 1 } : {}),
    ...(from?.windowId !== undefined ? { windowId: from.windowId } : {}),
    ...(from?.id !== undefined ? { openerTabId: from.id } : {}),
  });
}
