/**
 * Requests of the extension's own documents in Firefox. WebDriver BiDi reports no network event
 * for moz-extension:// documents (the popup tab, the options page, the background page), so their
 * requests are read from each document's Resource Timing entries instead: from the probe tab,
 * every extension window in the process (runtime.getBackgroundPage() and extension.getViews())
 * is same-origin and readable. Read on a short interval and before the driver closes a tab, so a
 * closed popup's requests are kept. Resource Timing gives the URL and what asked (an <img>, a
 * script, fetch), not the method: only element loads are taken as GETs; fetch, XHR, beacons are
 * recorded with method "unknown", which the tests' "photos only, GET only" checks refuse.
 * Requests refused before they leave (CSP) make no entry; requests for unserved hosts are
 * refused and recorded by the proxy (SiteServer.refused).
 */
import type { Page } from 'puppeteer-core';
import type { ExtensionRequest } from '../driver/driver';

interface Entry {
  view: string;
  timeOrigin: number;
  url: string;
  initiator: string;
  start: number;
}

const COLLECT = `(async () => {
  const background = await globalThis.browser.runtime.getBackgroundPage();
  const views = new Set([background, ...globalThis.browser.extension.getViews()]);
  const out = [];
  for (const view of views) {
    if (view === window) continue;
    let href;
    try { href = view.location.href; } catch { continue; }
    for (const entry of view.performance.getEntriesByType('resource')) {
      out.push({ view: href, timeOrigin: view.performance.timeOrigin, url: entry.name, initiator: entry.initiatorType, start: entry.startTime });
    }
  }
  return out;
})()`;

const ELEMENT_LOADS: Readonly<Record<string, string>> = {
  img: 'image',
  image: 'image',
  script: 'script',
  link: 'stylesheet',
  css: 'stylesheet',
};

export interface ExtensionRequestLog {
  requests: ExtensionRequest[];
  /** Reads the entries now. */
  collect(): Promise<void>;
  stop(): void;
}

export function logExtensionRequests(probe: Page, kindOf: (url: string) => ExtensionRequest['from'] | null): ExtensionRequestLog {
  const requests: ExtensionRequest[] = [];
  const seen = new Set<string>();
  let running: Promise<void> | null = null;
  const collect = (): Promise<void> =>
    (running ??= (async () => {
      try {
        const entries = (await probe.evaluate(COLLECT)) as Entry[];
        for (const entry of entries) {
          const key = `${entry.timeOrigin}|${entry.url}|${entry.start}`;
          const from = kindOf(entry.view);
          if (seen.has(key) || !from) continue;
          seen.add(key);
          const resourceType = ELEMENT_LOADS[entry.initiator] ?? entry.initiator;
          requests.push({ url: entry.url, method: entry.initiator in ELEMENT_LOADS ? 'GET' : 'unknown', resourceType, from });
        }
      } catch {
        // The browser is closing, or a view went away mid-read: the next read sees the rest.
      } finally {
        running = null;
      }
    })());
  const timer = setInterval(() => void collect(), 250);
  return { requests, collect, stop: () => clearInterval(timer) };
}
