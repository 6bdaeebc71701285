/**
 * Real-Chromium harness shared by the smoke test and scripts/screenshots.ts (toolchain.md): the
 * built extension loaded into Debian's Chromium through playwright-core, sedaily hosts mapped to a
 * local server that serves a saved fixture page, every other host unresolvable (no request leaves
 * the machine).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';

/** The extension API inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: WxtBrowser;

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, '.output/chrome-mv3');
const PAGES = join(ROOT, 'tests/pages');
/** The richest sedaily fixture (deck, derived outline, three photos); others are fallbacks. */
const PREFERRED = 'sedaily-desktop-2025-alibaba';

export interface Fixture {
  slug: string;
  html: string;
  /** The page's real URL, from the fixture's first-line comment. */
  url: string;
  expected: { title: string; deck: string[]; outline?: unknown[] };
}

function readFixture(slug: string): Fixture | null {
  const dir = join(PAGES, slug);
  if (!existsSync(join(dir, 'source.html')) || !existsSync(join(dir, 'expected.json'))) return null;
  const html = readFileSync(join(dir, 'source.html'), 'utf8');
  const url = /^<!--\s*(\{.*?\})\s*-->/.exec(html)?.[1];
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  if (!url || expected.status !== 'ok' || expected.site !== 'sedaily') return null;
  return { slug, html, url: JSON.parse(url).url, expected };
}

/** A sedaily article fixture with a deck and an outline, so every popup part is exercised. */
export function pickFixture(): Fixture {
  const slugs = [PREFERRED, ...readdirSync(PAGES).filter((slug) => slug.startsWith('sedaily-'))];
  for (const slug of slugs) {
    const fixture = readFixture(slug);
    if (fixture && fixture.expected.deck.length > 0 && (fixture.expected.outline?.length ?? 0) > 0) return fixture;
  }
  throw new Error('No sedaily article fixture with a deck and an outline under tests/pages/.');
}

/** Photos are not in the fixtures: a neutral placeholder stands in for every image URL. */
const PLACEHOLDER_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="720" viewBox="0 0 1200 720">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#8fb3d9"/><stop offset="1" stop-color="#3d6591"/></linearGradient></defs>
<rect width="1200" height="720" fill="url(#g)"/><path d="M0 560 L260 380 L470 520 L720 300 L1200 620 L1200 720 L0 720Z" fill="#294a6e" opacity=".75"/>
<circle cx="930" cy="170" r="70" fill="#f3f6fa" opacity=".85"/></svg>`;

export interface FixtureServer {
  httpPort: number;
  httpsPort: number | null;
  /** The fixture's URL as Chromium should open it (http, mapped to the local server). */
  pageUrl: string;
  close(): Promise<void>;
}

function handler(fixture: Fixture) {
  const path = new URL(fixture.url).pathname;
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === path) {
      // Page scripts are switched off (they are ads and trackers that could mutate the DOM mid-test
      // and spoil the before/after comparison); content scripts are not affected by page CSP.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" });
      res.end(fixture.html);
    } else if (/\.(?:jpe?g|png|gif|webp)$/i.test(url.pathname)) {
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=3600' });
      res.end(PLACEHOLDER_SVG);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  };
}

function selfSignedCert(dir: string): { key: Buffer; cert: Buffer } {
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=sedaily.test',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

async function listen(server: ReturnType<typeof createHttpServer>): Promise<number> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as AddressInfo).port;
}

/** Serves the fixture over http (and, with `https`, photos over https for the image hosts). */
export async function startFixtureServer(fixture: Fixture, options: { https?: boolean } = {}): Promise<FixtureServer> {
  const http = createHttpServer(handler(fixture));
  const httpPort = await listen(http);
  let https: ReturnType<typeof createHttpsServer> | null = null;
  if (options.https) {
    const dir = mkdtempSync(join(tmpdir(), 'declutter-cert-'));
    https = createHttpsServer(selfSignedCert(dir), handler(fixture));
    rmSync(dir, { recursive: true, force: true });
  }
  const httpsPort = https ? await listen(https) : null;
  const page = new URL(fixture.url);
  page.protocol = 'http:';
  return {
    httpPort,
    httpsPort,
    pageUrl: page.href,
    close: async () => {
      await new Promise((done) => http.close(done));
      if (https) await new Promise((done) => https!.close(done));
    },
  };
}

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The unpacked extension to load (default: the chrome-mv3 build). */
  dist?: string;
  lang?: string;
  colorScheme?: 'light' | 'dark';
  /** Screen size Chromium reports (the real popup is clamped to the room below the toolbar). */
  screen?: { width: number; height: number };
}

export async function launchWithExtension(server: FixtureServer, options: LaunchOptions = {}): Promise<Launched> {
  const dist = options.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No build at ${dist}: run \`wxt build\` first.`);
  const profile = mkdtempSync(join(tmpdir(), 'declutter-profile-'));
  const image = server.httpsPort ? `127.0.0.1:${server.httpsPort}` : '~NOTFOUND';
  const rules = [
    `MAP www.sedaily.com 127.0.0.1:${server.httpPort}`,
    `MAP m.sedaily.com 127.0.0.1:${server.httpPort}`,
    `MAP newsimg.sedaily.com ${image}`,
    `MAP img.sedaily.com ${image}`,
    // A host without a site rule (and without host permission), for the on-demand path.
    `MAP www.example.com 127.0.0.1:${server.httpPort}`,
    'MAP * ~NOTFOUND',
  ].join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.lang,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      `--host-resolver-rules=${rules}`,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      ...(server.httpsPort ? ['--ignore-certificate-errors'] : []),
      // A realistic screen: the toolbar popup is clamped to the space below the toolbar.
      `--screen-info={${options.screen?.width ?? 1920}x${options.screen?.height ?? 1200}}`,
      '--window-size=1280,900',
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The tab id of the page showing `url` (through the service worker: the product exposes nothing). */
export async function findTabId(worker: Worker, url: string): Promise<number> {
  const tabs = await worker.evaluate(() => chrome.tabs.query({}));
  const tab = tabs.find((candidate) => candidate.url === url);
  if (tab?.id === undefined) throw new Error(`No tab for ${url}: ${tabs.map((candidate) => candidate.url).join(', ')}`);
  return tab.id;
}

export async function openPopup(launched: Launched, tabId: number): Promise<Page> {
  const popup = await launched.context.newPage();
  await popup.setViewportSize({ width: 780, height: 580 });
  await popup.goto(`chrome-extension://${launched.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

export interface ExtensionWorld {
  /**
   * Evaluates `expression` (awaiting promises) in the extension's isolated world of the page's top
   * frame, where its content scripts run; waits until the first content script created that world.
   */
  evaluate<T>(expression: string): Promise<T>;
  /** How many times the extension script at `path` (e.g. `/reader-app.js`) has run in the page. */
  runs(path: string): number;
}

type ContextInfo = { id: number; origin: string; auxData?: { frameId?: string; type?: string } };

/**
 * Watches `page` from before its first navigation: the extension's isolated world (for globals
 * that page scripts cannot see) and every extension script evaluated there (DevTools' script list).
 */
export async function watchExtensionWorld(launched: Launched, page: Page): Promise<ExtensionWorld> {
  const cdp = await launched.context.newCDPSession(page);
  const origin = `chrome-extension://${launched.extensionId}`;
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const topFrame = frameTree.frame.id;
  let world: number | null = null;
  const runs = new Map<string, number>();
  cdp.on('Runtime.executionContextCreated', ({ context }: { context: ContextInfo }) => {
    if (context.origin === origin && context.auxData?.type === 'isolated' && context.auxData.frameId === topFrame) world = context.id;
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }: { executionContextId: number }) => {
    if (executionContextId === world) world = null;
  });
  cdp.on('Runtime.executionContextsCleared', () => {
    world = null;
  });
  cdp.on('Debugger.scriptParsed', ({ url }: { url: string }) => {
    if (url.startsWith(`${origin}/`)) runs.set(url.slice(origin.length), (runs.get(url.slice(origin.length)) ?? 0) + 1);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  return {
    async evaluate<T>(expression: string): Promise<T> {
      for (let attempt = 0; world === null; attempt++) {
        if (attempt > 100) throw new Error('The extension\'s isolated world never appeared in the page.');
        await page.waitForTimeout(100);
      }
      const reply = (await cdp.send('Runtime.evaluate', { expression, contextId: world, returnByValue: true, awaitPromise: true })) as {
        result: { value: unknown };
        exceptionDetails?: unknown;
      };
      if (reply.exceptionDetails) throw new Error(`Evaluation in the extension world failed: ${JSON.stringify(reply.exceptionDetails)}`);
      return reply.result.value as T;
    },
    runs: (path) => runs.get(path) ?? 0,
  };
}

export interface RealPopup {
  /** Evaluates `expression` (awaiting promises) in the popup and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Polls `expression` until it is truthy. */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
}

/**
 * The real toolbar popup (`chrome.action.openPopup()` on the front tab). It is not a Playwright
 * page, so we talk to it over CDP: attach to its target and exchange raw protocol messages.
 */
export async function openRealPopup(launched: Launched, page: Page): Promise<RealPopup> {
  const cdp = await launched.context.newCDPSession(page);
  // The popup is clamped to its browser window; pages Playwright opens may get small windows.
  const { windowId, bounds } = (await cdp.send('Browser.getWindowForTarget')) as { windowId: number; bounds: { width: number; height: number } };
  if (bounds.width < 1280 || bounds.height < 900) {
    await cdp.send('Browser.setWindowBounds', { windowId, bounds: { width: 1280, height: 900 } });
  }
  await page.bringToFront();
  await launched.worker.evaluate(() => chrome.action.openPopup());
  const popupUrl = `chrome-extension://${launched.extensionId}/popup.html`;
  let targetId: string | undefined;
  for (let attempt = 0; attempt < 50 && !targetId; attempt++) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
    targetId = targetInfos.find((target) => target.url === popupUrl)?.targetId;
    if (!targetId) await page.waitForTimeout(100);
  }
  if (!targetId) throw new Error('The real popup did not open.');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  const pending = new Map<number, (message: { result?: { result: { value: unknown }; exceptionDetails?: unknown } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number };
    if (message.id !== undefined) pending.get(message.id)?.(message as never);
  });
  let nextId = 1;
  const evaluate = async <T>(expression: string): Promise<T> => {
    const id = nextId++;
    const reply = new Promise<Parameters<NonNullable<ReturnType<typeof pending.get>>>[0]>((done) => pending.set(id, done));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
    });
    const message = await reply;
    pending.delete(id);
    if (!message.result || message.result.exceptionDetails) throw new Error(`Popup evaluation failed: ${JSON.stringify(message)}`);
    return message.result.result.value as T;
  };
  return {
    evaluate,
    async waitFor(expression, timeoutMs = 15_000) {
      const end = Date.now() + timeoutMs;
      while (!(await evaluate<boolean>(`Boolean(${expression})`))) {
        if (Date.now() > end) throw new Error(`Timed out waiting for ${expression} in the popup.`);
        await page.waitForTimeout(100);
      }
    },
  };
}
