/**
 * Runs one of the extension's built scripts in a frame of a tab: MV3 `scripting.executeScript`,
 * MV2 (the Firefox build) `tabs.executeScript`. Refusals reject with the browser's own reason.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

export async function executeFile(tabId: number, file: ScriptPublicPath, frameId = 0): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 2) {
    await browser.tabs.executeScript(tabId, { file, frameId });
  } else {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  }
}
