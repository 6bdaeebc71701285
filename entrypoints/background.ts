/**
 * Background: the two ways to toggle the reader without the popup, the keyboard command
 * (Alt+Shift+D) and the page context menu, both handled by toggleReaderInTab (which injects the
 * content script on demand outside the rule hosts); "read the selection" from the context menu;
 * loading the reader app into a frame when its content script first needs it; telling a content
 * script whether to auto-open; the user's reader sites (utils/reader-sites); the print view.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { t } from '@/utils/i18n';
import { onMessage } from '@/utils/messaging';
import { openPrintView } from '@/utils/print/open-print-view';
import { expectSite, takePendingSites } from '@/utils/reader-sites/pending-sites';
import { isReaderSiteAllowed } from '@/utils/reader-sites/site-allowed';
import { createSiteManager } from '@/utils/reader-sites/site-manager';
import { isBuiltInSite, readerSiteStatus } from '@/utils/reader-sites/site-status';
import { injectReaderApp } from '@/utils/tabs/inject-reader-app';
import { readSelectionInTab, SELECTION_MENU_ID } from '@/utils/tabs/read-selection-in-tab';
import { shouldAutoOpen } from '@/utils/tabs/should-auto-open';
import { READER_COMMAND, READER_MENU_ID, toggleReaderInTab } from '@/utils/tabs/toggle-in-tab';

async function createMenus(): Promise<void> {
  // removeAll first: onInstalled also runs on updates, and menu ids must be unique.
  await browser.contextMenus.removeAll();
  const documentUrlPatterns = ['http://*/*', 'https://*/*'];
  browser.contextMenus.create({
    id: READER_MENU_ID,
    title: t('menuToggleReader'),
    contexts: ['page', 'selection', 'link', 'image'],
    documentUrlPatterns,
  });
  browser.contextMenus.create({
    id: SELECTION_MENU_ID,
    title: t('menuReadSelection'),
    contexts: ['selection'],
    documentUrlPatterns,
  });
}

/** How long a page gets to finish adding a site itself after the permission arrived. */
const ORPHAN_GRANT_MS = 2000;

/** Background work nobody awaits: log, never throw. */
function quietly(work: Promise<unknown>): void {
  work.catch((error: unknown) => console.warn('[declutter]', error));
}

export default defineBackground(() => {
  const sites = createSiteManager({ scripting: browser.scripting, permissions: browser.permissions });

  onMessage('loadReaderApp', ({ sender }) => injectReaderApp(sender));
  onMessage('shouldAutoOpen', ({ data }) => shouldAutoOpen(data.url, sites));
  onMessage('openPrintView', ({ data, sender }) => openPrintView(data.article, sender.tab));
  onMessage('readerSiteStatus', ({ data }) => readerSiteStatus(sites, data.url));
  onMessage('expectReaderSite', ({ data }) => expectSite(data.origin));
  onMessage('addReaderSite', async ({ data }) => {
    await takePendingSites([data.origin]);
    if (!isReaderSiteAllowed(data.origin)) return 'no-permission';
    return isBuiltInSite(data.origin) ? 'built-in' : sites.add(data.origin);
  });
  onMessage('removeReaderSite', ({ data }) => sites.remove(data.origin));

  // Registered scripts may not survive an update (Chromium) or a restart (Firefox): re-register
  // from the stored list, without the sites whose permission is gone.
  browser.runtime.onInstalled.addListener(() => {
    quietly(createMenus());
    quietly(sites.restore());
  });
  browser.runtime.onStartup.addListener(() => quietly(sites.restore()));
  browser.permissions.onRemoved.addListener(() => quietly(sites.restore()));
  // A grant whose page closed before it heard the answer: the page normally finishes itself
  // (addReaderSite takes the pending entry); what is still pending a moment later is done here.
  browser.permissions.onAdded.addListener((added) => {
    setTimeout(() => {
      quietly(
        takePendingSites(added.origins ?? []).then((origins) =>
          Promise.all(origins.filter((origin) => !isBuiltInSite(origin)).map((origin) => sites.add(origin))),
        ),
      );
    }, ORPHAN_GRANT_MS);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === READER_MENU_ID) void toggleReaderInTab(tab);
    else if (info.menuItemId === SELECTION_MENU_ID) void readSelectionInTab(tab);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== READER_COMMAND) return;
    // Chrome passes the tab; Firefox may not.
    const target = tab
      ? Promise.resolve(tab)
      : browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active);
    void target.then(toggleReaderInTab);
  });
});
