/**
 * Permissions and privacy audit of what ships (.output/chrome-mv3 and .output/firefox-mv2, built
 * by global-setup.ts), then of what runs, in real Chromium (Firefox's: firefox-paths.firefox.test.ts):
 *  - the manifests ask for exactly activeTab, scripting, storage, contextMenus and the rule hosts,
 *    nothing broad; the one optional entry is the origins a user may grant one at a time for
 *    per-site reader mode (any http(s) origin, never granted at install); content scripts only on the rule
 *    hosts, top frame only; the
 *    one web-accessible resource is the extraction frame (`matches: <all_urls>` there says which
 *    pages may frame it; it is no permission: it grants the extension nothing);
 *  - the extension pages' CSP is the strict policy of wxt.config.ts, and Chromium enforces it on
 *    the popup, the options page and the extraction frame: no eval, no inline or remote script,
 *    no inline style, no fetch, no frame; photos from http(s) only;
 *  - no remote code: no importScripts, eval or new Function in any bundle, every dynamic import
 *    is one of our chunks, every script in the pages is ours, and every URL literal in the bundles
 *    is on a short reviewed list (XML namespaces, the sanitiser's self-test, match patterns);
 *  - the popup is not framable by a web page (not web-accessible); the extraction frame is, at its
 *    session URL only;
 *  - requests: the service worker cannot fetch the network and makes none, nor does the options
 *    page; the popup (tab and real toolbar popup) only GETs the article's photos, without a
 *    Referer; the watchers see a probe planted in each context.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SITE_MATCHES, SITE_RULES } from '../../utils/site-rules';
import { launchWithExtension, type Launched } from './chromium/launch';
import { openRealPopup } from './chromium/real-popup';
import { watchExtensionRequests, type ChromiumRequestWatch } from './chromium/request-watch';
import { openPopup, openTab } from './chromium/tabs';
import { getFixture } from './fixtures';
import { DIST, FIREFOX_DIST } from './paths';
import { isLocalRequest, startSiteServer, type SiteServer } from './site-server';
import { until } from './until';

declare const chrome: typeof import('wxt/browser').browser;

const PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage'];
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors http: https: file:',
  "img-src 'self' http: https:",
  "style-src 'self'",
].join('; ');

/** URL literals the bundles may contain, with why. Anything new must be reviewed and added. */
const ALLOWED_URLS: readonly RegExp[] = [
  /^http:\/\/www\.w3\.org\/(?:1999\/xhtml|2000\/svg|1998\/Math\/MathML)$/, // DOM namespaces (DOMPurify, Preact)
  /^https:\/\/example\.com\/$/, // the sanitiser's self-test markup (never loaded: an inert document)
  /^https:\/\/developer\.mozilla\.org\/en-US\/docs\/Web\/API\/Element\/attachShadow#/, // an error message in WXT's shadow-root helper
  /^https?:\/\/\*\/\*$/, // the context menu's documentUrlPatterns
];

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: {
    matches: string[];
    all_frames?: boolean;
    match_about_blank?: boolean;
    match_origin_as_fallback?: boolean;
    world?: string;
    js: string[];
  }[];
  web_accessible_resources?: unknown[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
};

const readManifest = (dist: string) => JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return path.endsWith(ext) ? [path] : [];
  });
}

/** Every directive of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe.each([
  ['chrome-mv3', DIST],
  ['firefox-mv2', FIREFOX_DIST],
])('the %s build', (_name, dist) => {
  const manifest = readManifest(dist);

  it('asks for exactly activeTab, scripting, storage, contextMenus and the rule hosts; optional: only http(s) origins', () => {
    // One `*://*.host/*` per rule host, nothing broader: Naver News hosts, never all of naver.com.
    expect(SITE_MATCHES.length).toBe(SITE_RULES.flatMap((rule) => rule.hosts).length);
    expect(SITE_MATCHES.filter((pattern) => !/^\*:\/\/\*\.[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\*$/.test(pattern))).toEqual([]);
    expect(SITE_MATCHES).toEqual(expect.arrayContaining(['*://*.sedaily.com/*', '*://*.news.naver.com/*']));
    expect(SITE_MATCHES.filter((pattern) => pattern.endsWith('//*.naver.com/*'))).toEqual([]);
    if (manifest.manifest_version === 3) {
      expect([...manifest.permissions!].sort()).toEqual(PERMISSIONS);
      expect(manifest.host_permissions).toEqual([...SITE_MATCHES]);
    } else {
      // MV2 lists host permissions among the permissions.
      expect([...manifest.permissions!].sort()).toEqual([...PERMISSIONS, ...SITE_MATCHES].sort());
      expect(manifest.host_permissions).toBeUndefined();
    }
    // Per-site reader mode asks for one origin at a time when the user turns a site on. MV3 keeps
    // optional origins in optional_host_permissions; MV2 among the optional permissions.
    if (manifest.manifest_version === 3) {
      expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
      expect(manifest.optional_permissions).toBeUndefined();
    } else {
      expect(manifest.optional_permissions).toEqual(['*://*/*']);
      expect(manifest.optional_host_permissions).toBeUndefined();
    }
    const broad = /<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\/|^file:/;
    expect([...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])].filter((entry) => broad.test(entry))).toEqual(
      [],
    );
    for (const key of [
      'externally_connectable',
      'update_url',
      'key',
      'oauth2',
      'chrome_url_overrides',
      'devtools_page',
      'sandbox',
    ]) {
      expect(manifest[key], key).toBeUndefined();
    }
  });

  it('runs its content script on the rule hosts only, in the top frame, in the isolated world', () => {
    expect(manifest.content_scripts).toEqual([
      { matches: [...SITE_MATCHES], run_at: 'document_idle', js: ['content-scripts/reader.js'] },
    ]);
  });

  it('exposes only the extraction frame to pages (a place it may be framed, not a permission)', () => {
    expect(manifest.web_accessible_resources).toEqual(
      manifest.manifest_version === 3
        ? [{ resources: ['extract-frame.html'], matches: ['<all_urls>'], use_dynamic_url: true }]
        : ['extract-frame.html'],
    );
  });

  it('has the strict CSP for its pages: own scripts only, no eval, no inline, no plugins', () => {
    const policy =
      manifest.manifest_version === 3
        ? (manifest.content_security_policy as { extension_pages: string }).extension_pages
        : manifest.content_security_policy;
    expect(policy).toBe(CSP);
    const parsed = directives(policy as string);
    for (const directive of ['default-src', 'script-src', 'style-src']) {
      expect(
        parsed.get(directive)!.filter((value) => /unsafe|^(?:https?:|data:|blob:|\*)/.test(value)),
        directive,
      ).toEqual([]);
    }
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    if (manifest.manifest_version === 3)
      expect(Object.keys(manifest.content_security_policy as object)).toEqual(['extension_pages']);
  });

  it('carries no remote code: no importScripts, eval or new Function; only our chunks are imported', () => {
    const scripts = filesUnder(dist, '.js');
    expect(scripts.length).toBeGreaterThan(5);
    const findings: string[] = [];
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      const where = relative(dist, file);
      if (/\bimportScripts\s*\(/.test(code)) findings.push(`${where}: importScripts`);
      if (/(?<![\w$.])eval\s*\(|\bnew\s+Function\s*\(/.test(code)) findings.push(`${where}: eval / new Function`);
      for (const [, argument] of code.matchAll(/\bimport\s*\(\s*([^)]{0,80})\)/g)) {
        if (!/^(['"`])\.{0,2}\/[\w./-]+\.js\1$/.test(argument!.trim())) findings.push(`${where}: import(${argument})`);
      }
      for (const [url] of code.matchAll(/https?:\/\/[^\s"'`)<>\\]+/g)) {
        if (!ALLOWED_URLS.some((allowed) => allowed.test(url))) findings.push(`${where}: ${url}`);
      }
    }
    expect(findings).toEqual([]);
  });

  it('loads only its own scripts and styles in its pages, none inline', () => {
    const findings: string[] = [];
    for (const file of filesUnder(dist, '.html')) {
      const html = readFileSync(file, 'utf8');
      for (const [tag] of html.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/gi)) {
        const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
        if (!src || !/^\/[\w./-]+\.js$/.test(src) || !/><\/script>$/.test(tag))
          findings.push(`${relative(dist, file)}: ${tag.slice(0, 80)}`);
      }
      for (const [, href] of html.matchAll(/<link\b[^>]*\bhref="([^"]+)"/gi)) {
        if (!/^\/[\w./-]+\.(?:js|css)$/.test(href!)) findings.push(`${relative(dist, file)}: link ${href}`);
      }
      if (/<style\b|\sstyle="|\son[a-z]+=/i.test(html)) findings.push(`${relative(dist, file)}: inline style or handler`);
    }
    expect(findings).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------
// In the browser

const ARTICLE = getFixture('sedaily-desktop-2025-alibaba');

let server: SiteServer;
let browser: Launched;
let watch: ChromiumRequestWatch;
let article: { page: Page; tabId: number };

beforeAll(async () => {
  server = await startSiteServer();
  browser = await launchWithExtension(server);
  watch = await watchExtensionRequests(browser);
  article = await openTab(browser, ARTICLE.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const hitsOf = (path: string) => server.hits.filter((hit) => hit.path.startsWith(path));

/** What a hostile string in an extension page could try, and what the page's CSP lets through. */
const CSP_PROBES = `(async () => {
  const violations = [];
  document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
  const outcome = {};
  try { outcome.eval = String(eval('1 + 1')); } catch (error) { outcome.eval = error.name; }
  try { outcome.newFunction = String(new Function('return 2')()); } catch (error) { outcome.newFunction = error.name; }
  const inline = document.createElement('script');
  inline.textContent = 'window.__inlineRan = true;';
  document.head.append(inline);
  const remote = document.createElement('script');
  remote.src = 'https://www.example.com/canary/remote.js';
  document.head.append(remote);
  const style = document.createElement('style');
  style.textContent = 'body { outline: 3px solid rgb(1, 2, 3) !important; }';
  document.head.append(style);
  const frame = document.createElement('iframe');
  frame.src = 'https://www.example.com/canary/frame.html';
  document.body.append(frame);
  try { await fetch('https://www.example.com/canary/fetch'); outcome.fetch = 'sent'; } catch (error) { outcome.fetch = error.name; }
  const image = new Image();
  const loaded = new Promise((done) => { image.onload = () => done('loaded'); image.onerror = () => done('failed'); });
  image.src = 'https://www.sedaily.com/photo/audit-probe.jpg';
  outcome.image = await loaded;
  await new Promise((done) => setTimeout(done, 300));
  outcome.inlineRan = window.__inlineRan === true;
  outcome.styled = getComputedStyle(document.body).outlineColor === 'rgb(1, 2, 3)';
  outcome.violations = [...new Set(violations)].sort();
  frame.remove();
  return outcome;
})()`;

describe('in the browser', () => {
  it('enforces the CSP on the popup, the options page and the extraction frame', async () => {
    const pages = {
      popup: `chrome-extension://${browser.extensionId}/popup.html?tabId=${article.tabId}`,
      options: `chrome-extension://${browser.extensionId}/options.html`,
      frame: await browser.worker.evaluate(() => chrome.runtime.getURL('/extract-frame.html')),
    };
    for (const [name, url] of Object.entries(pages)) {
      const page = await browser.context.newPage();
      const response = await page.goto(url);
      expect(response?.headers()['content-security-policy'], name).toBe(CSP);
      // The popup settles first: its sanitiser's one-time self-test parses a style attribute,
      // which this CSP reports too (style-src-attr; harmless, see docs/security.md).
      if (name === 'popup') await page.getByTestId('article-title').waitFor({ timeout: 20_000 });
      const before = server.hits.length;
      // Not page.evaluate: DevTools evaluations may eval by default (allowUnsafeEvalBlockedByCSP).
      const cdp = await browser.context.newCDPSession(page);
      const { result } = (await cdp.send('Runtime.evaluate', {
        expression: CSP_PROBES,
        awaitPromise: true,
        returnByValue: true,
        allowUnsafeEvalBlockedByCSP: false,
      })) as { result: { value: unknown } };
      expect(result.value, name).toEqual({
        eval: 'EvalError',
        newFunction: 'EvalError',
        fetch: 'TypeError',
        image: 'loaded',
        inlineRan: false,
        styled: false,
        violations: ['connect-src', 'frame-src', 'script-src', 'script-src-elem', 'style-src-elem'],
      });
      // Of the probes only the photo reached the network; the script, fetch and frame never left.
      // The popup's own article photos may still be loading (lazily, at any moment), and the
      // article tab's own requests carry its web referer: set both aside.
      const ownPhotos = new Set(
        await page.evaluate(() =>
          [...document.images]
            .filter((image) => image.src !== '')
            .map((image) => {
              const url = new URL(image.src);
              return url.host + url.pathname + url.search;
            }),
        ),
      );
      const probeHits = server.hits
        .slice(before)
        .filter((hit) => !ownPhotos.has(hit.host + hit.path) && !/^https?:/.test(hit.referer ?? ''));
      expect(probeHits.map((hit) => hit.host + hit.path)).toEqual(['www.sedaily.com/photo/audit-probe.jpg']);
      await page.close();
    }
  });

  it('lets a web page frame the extraction frame at its session URL only, and never the popup', async () => {
    const frameUrl = await browser.worker.evaluate(() => chrome.runtime.getURL('/extract-frame.html'));
    const staticFrameUrl = `chrome-extension://${browser.extensionId}/extract-frame.html`;
    const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
    expect(new URL(frameUrl).host).not.toBe(browser.extensionId);
    const { page } = await openTab(browser, getFixture('sedaily-desktop-2020-era2').url);
    const landed: string[] = [];
    for (const [index, url] of [frameUrl, staticFrameUrl, popupUrl].entries()) {
      const name = `probe-${index}`;
      const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame.name() === name });
      await page.evaluate(
        ([src, frameName]) => {
          const frame = document.createElement('iframe');
          frame.name = frameName;
          frame.src = src;
          document.body.append(frame);
        },
        [url, name] as const,
      );
      landed.push((await navigated).url());
    }
    // The session URL loads (the frame then reports the extension's own URL); the static URL of
    // the same page and the popup end on Chromium's error page.
    expect(landed).toEqual([staticFrameUrl, 'chrome-error://chromewebdata/', 'chrome-error://chromewebdata/']);
    await page.close();
  });

  it('sends no request from the service worker or the options page, and from the popup only photos', async () => {
    // The service worker cannot reach the network at all: the CSP's default-src 'self' covers
    // its fetches. (Nothing reaches the server.)
    const swFetch = await browser.worker.evaluate(() =>
      fetch('https://www.example.com/canary/sw-probe').then(
        () => 'sent',
        (error: Error) => error.name,
      ),
    );
    expect(swFetch).toBe('TypeError');
    // The watcher is live in each context: a probe from the service worker (its own manifest, the
    // only kind of fetch it may make) and one from the options page are seen and attributed.
    await browser.worker.evaluate(() => fetch(chrome.runtime.getURL('/manifest.json' as '/popup.html')).then(() => null));
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.evaluate(() => {
      const probe = new Image();
      probe.src = 'https://www.example.com/canary/options-probe.gif';
    });
    await until(
      () => watch.requests.some((request) => request.url.endsWith('/manifest.json')),
      'the service worker probe is seen',
    );
    await until(
      () => watch.requests.some((request) => request.url.endsWith('/canary/options-probe.gif')),
      'the options probe is seen',
    );
    expect(watch.requests.find((request) => request.url.endsWith('/manifest.json'))?.from).toBe('background');
    expect(watch.requests.find((request) => request.url.endsWith('/canary/options-probe.gif'))?.from).toBe('options');
    const probes = new Set(['https://www.example.com/canary/options-probe.gif']);
    const start = watch.requests.length;

    // Everything a user does: settings, the popup, the reader by message, the keyboard command's
    // path, the real popup, the context menu being (re)created on install.
    await options.locator('[data-name="theme"][data-value="dark"]').click();
    await options.locator('[data-name="theme"][data-value="auto"]').click();
    const popup = await openPopup(browser, article.tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    await popup.waitForLoadState('networkidle');
    await popup.getByTestId('reader-toggle').click();
    await article.page.locator('declutter-reader [data-testid="article-title"]').waitFor({ timeout: 10_000 });
    await popup.getByTestId('reader-toggle').click();
    await article.page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });
    await popup.close();
    await options.close();
    const real = await openRealPopup(browser, article.page);
    const realRequests: { url: string; type: string; method: string }[] = [];
    real.on('Network.requestWillBeSent', (params) => {
      const request = params.request as { url: string; method: string };
      realRequests.push({ url: request.url, type: String(params.type), method: request.method });
    });
    await real.send('Network.enable');
    await real.send('Page.reload');
    await real.waitFor(`document.querySelector('[data-testid="article-title"]')`, 20_000);
    await article.page.waitForTimeout(800);
    await real.close();

    const network = watch.network().filter((request) => !probes.has(request.url) && watch.requests.indexOf(request) >= start);
    expect(network.filter((request) => request.from !== 'popup')).toEqual([]);
    const photos = network.filter((request) => request.from === 'popup');
    expect(photos.length).toBeGreaterThan(0);
    expect(
      photos.filter(
        (request) =>
          request.resourceType !== 'image' ||
          request.method !== 'GET' ||
          !isLocalRequest(request.url, server, browser.extensionId),
      ),
    ).toEqual([]);
    const realNetwork = realRequests.filter((request) => !request.url.startsWith(`chrome-extension://${browser.extensionId}/`));
    expect(realNetwork.length).toBeGreaterThan(0);
    expect(realNetwork.filter((request) => request.type !== 'Image' || request.method !== 'GET')).toEqual([]);
    expect(
      hitsOf('/canary/')
        .map((hit) => hit.path)
        .filter((path) => !path.includes('options-probe')),
    ).toEqual([]);
    // No request tells a site about the extension: extension pages send no Referer.
    expect(server.hits.filter((hit) => hit.referer?.startsWith('chrome-extension:'))).toEqual([]);
    expect(server.hits.some((hit) => hit.host === 'newsimg.sedaily.com' && hit.referer === null)).toBe(true);
  });
});
