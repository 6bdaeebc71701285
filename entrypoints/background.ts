/**
 * Background: the two ways to toggle the reader without the popup, the keyboard command
 * (Alt+Shift+D) and the page context menu, both handled by toggleReaderInTab (which injects the
 * content script on demand outside the rule hosts); loading the reader app into a frame when
 * its content script first needs it; and telling a content script whether to auto-open.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { t } from '@/utils/i18n';
import { onMessage } from '@/utils/messaging';
import { injectReaderApp } from '@/utils/tabs/inject-reader-app';
import { shouldAutoOpen } from '@/utils/tabs/should-auto-open';
import { READER_COMMAND, READER_MENU_ID, toggleReaderInTab } from '@/utils/tabs/toggle-in-tab';

async function createMenu(): Promise<void> {
  // removeAll first: onInstalled also runs on updates, and menu ids must be unique.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: READER_MENU_ID,
    title: t('menuToggleReader'),
    contexts: ['page', 'selection', 'link', 'image'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}

export default defineBackground(() => {
  onMessage('loadReaderApp', ({ sender }) => injectReaderApp(sender));
  onMessage('shouldAutoOpen', ({ data }) => shouldAutoOpen(data.url));
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === READER_MENU_ID) void toggleReaderInTab(tab);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== READER_COMMAND) return;
    // Chrome passes the tab; Firefox may not.
    const target = tab ? Promise.resolve(tab) : browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active);
    void target.then(toggleReaderInTab);
  });
});
