/** Reloading the extension as an update does, and switching its file access (developer mode). */
import type { Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import type { Launched } from './launch';

/** The extension API inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: WxtBrowser;

/**
 * `chrome.runtime.reload()` from the service worker, as an update does: the same id (an unpacked
 * extension's id comes from its path), a new service worker, open pages keep their old content
 * scripts, orphaned. Needs `developerMode` (else Chromium disables a reloaded unpacked extension).
 * Updates `launched.worker` and returns it.
 */
export async function reloadExtension(launched: Launched): Promise<Worker> {
  const next = launched.context.waitForEvent('serviceworker', { timeout: 20_000 });
  // The worker dies while answering: the evaluation may fail, the reload happens.
  await launched.worker.evaluate(() => chrome.runtime.reload()).catch(() => {});
  launched.worker = await next;
  if (new URL(launched.worker.url()).host !== launched.extensionId) throw new Error('The reloaded extension has a new id.');
  return launched.worker;
}

/**
 * "Allow access to file URLs" on or off, as the user switches it in chrome://extensions (Chromium
 * allows it by default for unpacked and command-line extensions, not for store installs). The
 * browser reloads the extension to apply it: needs `developerMode`; updates `launched.worker`.
 */
export async function setFileAccess(launched: Launched, allowed: boolean): Promise<void> {
  const current = await launched.worker.evaluate(() => chrome.extension.isAllowedFileSchemeAccess());
  if (current === allowed) return;
  const page = await launched.context.newPage();
  try {
    await page.goto('chrome://extensions');
    const next = launched.context.waitForEvent('serviceworker', { timeout: 20_000 });
    await page.evaluate(
      ([id, fileAccess]) =>
        (
          globalThis as unknown as { chrome: { developerPrivate: { updateExtensionConfiguration(c: object): Promise<void> } } }
        ).chrome.developerPrivate.updateExtensionConfiguration({ extensionId: id, fileAccess }),
      [launched.extensionId, allowed] as const,
    );
    launched.worker = await next;
  } finally {
    await page.close();
  }
  if ((await launched.worker.evaluate(() => chrome.extension.isAllowedFileSchemeAccess())) !== allowed) {
    throw new Error(`File access did not change to ${allowed}.`);
  }
}
