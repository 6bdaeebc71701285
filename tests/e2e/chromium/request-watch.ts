/** Requests made by the extension's own contexts, seen through Playwright's context-wide events. */
import type { WxtBrowser } from 'wxt/browser';
import type { ExtensionRequest } from '../driver/driver';
import type { Launched } from './launch';

/** The extension API inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: WxtBrowser;

/** What Playwright saw, as it arrives (the driver's RequestWatch reads it asynchronously). */
export interface ChromiumRequestWatch {
  requests: ExtensionRequest[];
  network(): ExtensionRequest[];
}

/**
 * Watches every request that an extension context makes (the service worker, extension pages
 * opened as tabs such as popup.html?tabId and options.html, the extraction frame inside web
 * pages) through Playwright's context-wide request event. The real toolbar popup is not a
 * Playwright page: watch it with its own CDP session (RealPopup.on('Network.requestWillBeSent')).
 */
export async function watchExtensionRequests(launched: Launched): Promise<ChromiumRequestWatch> {
  // The extraction frame's web-accessible URL uses a per-session dynamic host.
  const frameHost = new URL(await launched.worker.evaluate(() => chrome.runtime.getURL('/extract-frame.html'))).host;
  const hosts = new Set([launched.extensionId, frameHost]);
  const kindOf = (sourceUrl: string): ExtensionRequest['from'] | null => {
    let url: URL;
    try {
      url = new URL(sourceUrl);
    } catch {
      return null;
    }
    if (url.protocol !== 'chrome-extension:' || !hosts.has(url.host)) return null;
    if (url.pathname === '/background.js') return 'background';
    if (url.pathname === '/popup.html') return 'popup';
    if (url.pathname === '/options.html') return 'options';
    if (url.pathname === '/extract-frame.html') return 'extract-frame';
    return 'other-extension-page';
  };
  const requests: ExtensionRequest[] = [];
  launched.context.on('request', (request) => {
    let source = request.serviceWorker()?.url() ?? '';
    if (!source) {
      try {
        source = request.frame().url();
      } catch {
        source = '';
      }
    }
    const from = kindOf(source);
    if (from) requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType(), from });
  });
  return {
    requests,
    network: () => requests.filter((request) => !/^chrome-extension:/.test(request.url) || !hosts.has(new URL(request.url).host)),
  };
}
