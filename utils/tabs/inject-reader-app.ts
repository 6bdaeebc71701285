/**
 * The background's half of `loadReaderApp`: runs the reader app in the frame whose content script
 * asked. Host access is the one that let the content script in: the rule hosts' permission, or
 * the activeTab grant of the popup, keyboard command or context menu. Refusals propagate with the
 * browser's own reason.
 */
import { browser } from 'wxt/browser';

/** The unlisted script as built by WXT (entrypoints/reader-app → reader-app.js). */
export const READER_APP_SCRIPT = '/reader-app.js';

/** Who asked: the `sender` of a runtime message. */
export interface AppRequester {
  tab?: { id?: number };
  frameId?: number;
}

export async function injectReaderApp(sender: AppRequester): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) throw new Error('Only a content script in a tab can load the reader app.');
  const frameId = sender.frameId ?? 0;
  if (import.meta.env.MANIFEST_VERSION === 2) {
    await browser.tabs.executeScript(tabId, { file: READER_APP_SCRIPT, frameId });
  } else {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [READER_APP_SCRIPT] });
  }
}
