/**
 * The background's half of `loadReaderApp`: runs the reader app in the frame whose content script
 * asked. Host access is the one that let the content script in: the rule hosts' permission, or
 * the activeTab grant of the popup, keyboard command or context menu. Refusals propagate with the
 * browser's own reason.
 */
import { executeFile } from './execute-file';

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
  await executeFile(tabId, READER_APP_SCRIPT, sender.frameId ?? 0);
}
