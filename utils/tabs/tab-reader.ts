/**
 * Talking to a tab's content script, injecting it first when the tab has none (any http(s) page
 * outside the rule hosts, or a tab opened before the extension was installed). Injection relies on
 * the `activeTab` grant (toolbar click, keyboard command, context menu): no broad host permission.
 */
import { executeFile } from './execute-file';
import { errorMessage } from '../error-message';
import { sendMessage, type ProtocolMap } from '../messaging';

/** The content script as built by WXT (entrypoints/reader.content → content-scripts/reader.js). */
export const READER_SCRIPT = '/content-scripts/reader.js';

/** Messages to a tab without a listener fail with one of these (Chrome / Firefox / the library). */
const NO_RECEIVER = /no response|receiving end does not exist|could not establish connection/i;

export function isNoReceiverError(error: unknown): boolean {
  return NO_RECEIVER.test(errorMessage(error));
}

/** Runs the reader content script in the tab's top frame. */
export function injectReader(tabId: number): Promise<void> {
  return executeFile(tabId, READER_SCRIPT);
}

type Type = keyof ProtocolMap;
type Data<T extends Type> = Parameters<ProtocolMap[T]>[0];
type Result<T extends Type> = ReturnType<ProtocolMap[T]>;

/**
 * Sends `type` to the tab; when nothing answers, injects the content script once and asks again.
 * Injection errors propagate with the browser's own reason.
 */
export async function askTab<T extends Type>(tabId: number, type: T, data: Data<T>): Promise<Result<T>> {
  const send = () => (sendMessage as (t: T, d: Data<T>, tab: number) => Promise<Result<T>>)(type, data, tabId);
  try {
    return await send();
  } catch (error) {
    if (!isNoReceiverError(error)) throw error;
  }
  await injectReader(tabId);
  return send();
}
