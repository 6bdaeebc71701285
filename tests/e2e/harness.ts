/**
 * Real-Chromium harness for the e2e suite and scripts/screenshots.ts (toolchain.md): the built
 * extension loaded into Debian's Chromium through playwright-core, the fixture pages served by a
 * local server under their real hosts (host-resolver rules), every other host unresolvable, so no
 * request leaves the machine. Headful runs (real keyboard shortcuts, context menu, toolbar
 * gestures) get their own Xvfb display, driven with xdotool.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { pageComment, readSavedPages, type SavedPage } from '../../scripts/saved-pages';
import type { Expected, ExpectedArticle } from '../fixtures/expected';

/** The extension API inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: WxtBrowser;

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_DIST = join(ROOT, '.output/firefox-mv2');
/** Artifacts of a run (screenshots); not committed. */
export const RESULTS = join(ROOT, 'test-results');
/** Browser-only pages (media, payloads): same first-line URL comment as the fixtures. */
export const E2E_PAGES = join(import.meta.dirname, 'pages');
/** The richest sedaily fixture (deck, derived outline, three photos); others are fallbacks. */
const PREFERRED = 'sedaily-desktop-2025-alibaba';

// ------------------------------------------------------------------------------------------------
// Fixtures

/** A saved page of tests/pages; `E` narrows expected.json to an article where a test needs one. */
export interface Fixture<E extends Expected = Expected> extends SavedPage {
  expected: E;
}

export type ArticleFixture = Fixture<ExpectedArticle>;

export const isArticle = (fixture: Fixture): fixture is ArticleFixture => fixture.expected.status === 'ok';

let fixtureCache: Fixture[] | null = null;

/** Every folder of tests/pages with a source.html and an expected.json. */
export function loadFixtures(): Fixture[] {
  fixtureCache ??= readSavedPages();
  return fixtureCache;
}

export function getFixture(slug: string): Fixture {
  const fixture = loadFixtures().find((candidate) => candidate.slug === slug);
  if (!fixture) throw new Error(`No fixture tests/pages/${slug}.`);
  return fixture;
}

/** A fixture whose expected.json is an article (its title, deck and outline are what tests check). */
export function getArticle(slug: string): ArticleFixture {
  const fixture = getFixture(slug);
  if (!isArticle(fixture)) throw new Error(`tests/pages/${slug} is not an article.`);
  return fixture;
}

/** A sedaily article fixture with a deck and an outline, so every popup part is exercised. */
export function pickFixture(): ArticleFixture {
  const candidates = loadFixtures()
    .filter(isArticle)
    .filter((fixture) => fixture.expected.site === 'sedaily' && fixture.expected.deck.length > 0 && fixture.expected.outline.length > 0);
  const fixture = candidates.find((candidate) => candidate.slug === PREFERRED) ?? candidates[0];
  if (!fixture) throw new Error('No sedaily article fixture with a deck and an outline under tests/pages/.');
  return fixture;
}

/** The header lines of expected.txt: title, deck lines, then `byline · date` when there is one. */
export function expectedHeader(fixture: ArticleFixture): { byline: string | null; blocks: string[] } {
  if (fixture.text === null) throw new Error(`${fixture.slug} is not an article.`);
  const [head = '', ...rest] = fixture.text.split('\n\n');
  const lines = head.split('\n');
  const byline = lines.length > 1 + fixture.expected.deck.length ? lines[lines.length - 1]! : null;
  return { byline, blocks: rest.join('\n\n').split('\n\n') };
}

// ------------------------------------------------------------------------------------------------
// The fixture servers

/** Photos are not in the fixtures: a neutral placeholder stands in for every image URL. */
const PLACEHOLDER_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="720" viewBox="0 0 1200 720">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#8fb3d9"/><stop offset="1" stop-color="#3d6591"/></linearGradient></defs>
<rect width="1200" height="720" fill="url(#g)"/><path d="M0 560 L260 380 L470 520 L720 300 L1200 620 L1200 720 L0 720Z" fill="#294a6e" opacity=".75"/>
<circle cx="930" cy="170" r="70" fill="#f3f6fa" opacity=".85"/></svg>`;

/** Page scripts are switched off: they are ads and trackers (or, on the payload page, the payloads). */
const PAGE_CSP = "script-src 'none'";

function sendPlaceholder(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=3600' });
  res.end(PLACEHOLDER_SVG);
}

function sendNotFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

export interface FixtureServer {
  httpPort: number;
  httpsPort: number | null;
  /** The fixture's URL as Chromium should open it (http, mapped to the local server). */
  pageUrl: string;
  close(): Promise<void>;
}

function singleFixtureHandler(fixture: Fixture) {
  const path = new URL(fixture.url).pathname;
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === path) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP });
      res.end(fixture.html);
    } else if (/\.(?:jpe?g|png|gif|webp)$/i.test(url.pathname)) {
      sendPlaceholder(res);
    } else {
      sendNotFound(res);
    }
  };
}

function selfSignedCert(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'declutter-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=sedaily.test',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function listen(server: { listen: (port: number, host: string, done: () => void) => unknown; address: () => unknown }): Promise<number> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as AddressInfo).port;
}

/** One fixture over http (and, with `https`, photos over https for the image hosts): the smoke test's server. */
export async function startFixtureServer(fixture: Fixture, options: { https?: boolean } = {}): Promise<FixtureServer> {
  const http = createHttpServer(singleFixtureHandler(fixture));
  const httpPort = await listen(http);
  const https = options.https ? createHttpsServer(selfSignedCert(), singleFixtureHandler(fixture)) : null;
  const httpsPort = https ? await listen(https) : null;
  const page = new URL(fixture.url);
  page.protocol = 'http:';
  return {
    httpPort,
    httpsPort,
    pageUrl: page.href,
    close: async () => {
      await new Promise((done) => http.close(done));
      if (https) await new Promise((done) => https.close(done));
    },
  };
}

/** A request that reached the site server. */
export interface Hit {
  scheme: 'http' | 'https';
  host: string;
  path: string;
  referer: string | null;
}

/**
 * Serves every fixture of tests/pages and every page of tests/e2e/pages under its real host, on
 * one port that speaks both http and https (a self-signed certificate; Chromium runs with
 * --ignore-certificate-errors), so each served host maps to the same address whatever the scheme.
 */
export interface SiteServer {
  port: number;
  /** --host-resolver-rules entries: the served hosts (and their photo hosts) to this server. */
  hostRules: string[];
  /** The URL Chromium opens for a fixture or e2e page: its real URL (https), fragment kept. */
  urlOf(slug: string): string;
  /** Every request that reached the server, in order. */
  hits: Hit[];
  /** Hits under /canary/ (payload markers: nothing may ever request them). */
  canaryHits(): Hit[];
  /** CSP violation reports POSTed to any `…/csp` path (a page's `report-uri /csp`), parsed. */
  cspReports: CspReport[];
  close(): Promise<void>;
}

/** One `report-uri` violation report (the legacy application/csp-report body). */
export interface CspReport {
  /** The page that sent it (its Referer), for telling pages apart. */
  referer: string | null;
  'document-uri'?: string;
  'violated-directive'?: string;
  'effective-directive'?: string;
  'blocked-uri'?: string;
  'source-file'?: string;
  'line-number'?: number;
  'script-sample'?: string;
}

/** A browser-only page of tests/e2e/pages; `render` fills in generated parts at serve time. */
export interface E2ePage {
  slug: string;
  url: string;
  html: string;
  /** Served without `script-src 'none'` (`"scripts": true` in its first-line comment). */
  scripts?: boolean;
  /** Response headers that replace the defaults (e.g. the page's own Content-Security-Policy). */
  headers?: Record<string, string>;
  /** A non-HTML response (a PDF): these bytes, with `headers` giving its content-type. */
  body?: Buffer;
}

export function loadE2ePage(slug: string, render: (html: string) => string = (html) => html): E2ePage {
  const file = join(E2E_PAGES, `${slug}.html`);
  const source = readFileSync(file, 'utf8');
  const { url, scripts } = pageComment(source, `tests/e2e/pages/${slug}.html`);
  return { slug, url, html: render(source), scripts: scripts === true };
}

/**
 * A quiet 440 Hz tone, 8 kHz mono 8-bit PCM, long enough (30 s) that a looping element's clock never
 * wraps while a test watches it advance: the media page's sound.
 */
export function toneWav(seconds = 30): Buffer {
  const rate = 8000;
  const samples = rate * seconds;
  const data = Buffer.alloc(samples);
  for (let i = 0; i < samples; i++) data[i] = 128 + Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 12);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate, 28); // bytes per second
  header.writeUInt16LE(1, 32); // block align
  header.writeUInt16LE(8, 34); // bits per sample
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** Wildcards for a host's parent domain: www.sedaily.com → *.sedaily.com (photo hosts included). */
function hostPatterns(host: string): string[] {
  const labels = host.split('.');
  return labels.length > 2 ? [host, `*.${labels.slice(1).join('.')}`] : [host, `*.${host}`];
}

/** Hosts the payload corpus uses for harmless images and links (tests/unit/xss-payloads.ts). */
const EXTRA_HOSTS = ['example.com'];

export async function startSiteServer(e2ePages: readonly E2ePage[] = []): Promise<SiteServer> {
  const pages = new Map<string, { body: string | Buffer; headers: Record<string, string> }>();
  const urls = new Map<string, string>();
  const key = (url: URL) => `${url.hostname.toLowerCase()}${url.pathname}${url.search}`;
  for (const page of [...loadFixtures(), ...e2ePages]) {
    const url = new URL(page.url);
    const e2e = 'expected' in page ? null : page;
    const headers = {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...(e2e?.scripts === true ? {} : { 'content-security-policy': PAGE_CSP }),
      ...e2e?.headers,
    };
    pages.set(key(url), { body: e2e?.body ?? page.html, headers });
    urls.set(page.slug, page.url);
  }
  const hits: Hit[] = [];
  const cspReports: CspReport[] = [];
  const wav = toneWav();
  const handler = (scheme: 'http' | 'https') => (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'localhost'}`);
    hits.push({ scheme, host: url.hostname, path: url.pathname + url.search, referer: req.headers.referer ?? null });
    const page = pages.get(key(url));
    if (req.method === 'POST' && url.pathname.endsWith('/csp')) {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        try {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { 'csp-report'?: Omit<CspReport, 'referer'> };
          cspReports.push({ referer: req.headers.referer ?? null, ...parsed['csp-report'] });
        } catch {
          cspReports.push({ referer: req.headers.referer ?? null, 'violated-directive': '(unparsable report)' });
        }
        res.writeHead(204);
        res.end();
      });
    } else if (page) {
      res.writeHead(200, page.headers);
      res.end(page.body);
    } else if (url.pathname.startsWith('/canary/')) {
      res.writeHead(204);
      res.end();
    } else if (url.pathname === '/e2e/tone.wav') {
      res.writeHead(200, { 'content-type': 'audio/wav', 'content-length': String(wav.length), 'cache-control': 'max-age=3600' });
      res.end(wav);
    } else if (/\.(?:jpe?g|png|gif|webp|svg)$/i.test(url.pathname)) {
      sendPlaceholder(res);
    } else {
      sendNotFound(res);
    }
  };
  const http = createHttpServer(handler('http'));
  const https = createHttpsServer(selfSignedCert(), handler('https'));
  // One port for both schemes: a TLS connection starts with a handshake record (0x16).
  const sockets = new Set<Socket>();
  const front = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? https : http).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  const port = await listen(front);
  const hosts = new Set<string>();
  for (const url of urls.values()) for (const pattern of hostPatterns(new URL(url).hostname)) hosts.add(pattern);
  for (const host of EXTRA_HOSTS) for (const pattern of hostPatterns(host)) hosts.add(pattern);
  return {
    port,
    hostRules: [...hosts].map((host) => `MAP ${host} 127.0.0.1:${port}`),
    urlOf(slug) {
      const url = urls.get(slug);
      if (!url) throw new Error(`The site server has no page ${slug}.`);
      return url;
    },
    hits,
    canaryHits: () => hits.filter((hit) => hit.path.startsWith('/canary/')),
    cspReports,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((done) => front.close(done));
      http.close();
      https.close();
    },
  };
}

/** True when `url` is served by the site server (a mapped host) or is the extension itself. */
export function isLocalRequest(url: string, server: SiteServer, extensionId: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'chrome-extension:') return parsed.host === extensionId;
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  return server.hostRules.some((rule) => {
    const pattern = rule.split(' ')[1]!;
    return pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern;
  });
}

// ------------------------------------------------------------------------------------------------
// Xvfb and xdotool: a real display for the gestures headless Chromium cannot receive

export interface Desktop {
  display: string;
  /** Runs xdotool on this display; returns its output. */
  xdo(...args: string[]): string;
  /** Gives X input focus to the browser window, so real key presses reach Chromium's accelerators. */
  focusBrowser(): void;
  /** Presses a key combination through the X server (e.g. `alt+shift+d`). */
  key(...combos: string[]): void;
  /** Ids of the visible top-level windows (a context menu is one of its own). */
  visibleWindows(): string[];
  close(): void;
}

export function requireTool(tool: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`${tool} is missing: the headful tests need Debian's xvfb and xdotool (apt-get install xvfb xdotool).`);
  }
}

async function startDesktop(): Promise<Desktop> {
  requireTool('Xvfb');
  requireTool('xdotool');
  const xvfb: ChildProcess = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const display = await new Promise<string>((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error('Xvfb did not start.')), 10_000);
    xvfb.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^(\d+)\n/.exec(out);
      if (match) {
        clearTimeout(timer);
        done(`:${match[1]}`);
      }
    });
    xvfb.on('exit', (code) => fail(new Error(`Xvfb exited (${code}).`)));
  });
  // Never outlive the test process, even when it ends without closing the browser.
  const stop = () => xvfb.kill();
  process.once('exit', stop);
  const env = { ...process.env, DISPLAY: display };
  const xdo = (...args: string[]) => execFileSync('xdotool', args, { env, encoding: 'utf8' });
  return {
    display,
    xdo,
    focusBrowser() {
      // The browser window is the largest visible Chromium window (menus and popups are small).
      const ids = xdo('search', '--sync', '--onlyvisible', '--class', 'chromium').trim().split('\n').filter(Boolean);
      const sized = ids.map((id) => {
        const geometry = xdo('getwindowgeometry', '--shell', id);
        const width = Number(/WIDTH=(\d+)/.exec(geometry)?.[1] ?? 0);
        const height = Number(/HEIGHT=(\d+)/.exec(geometry)?.[1] ?? 0);
        return { id, area: width * height };
      });
      const main = sized.sort((a, b) => b.area - a.area)[0];
      if (!main) throw new Error('No Chromium window on the Xvfb display.');
      xdo('windowfocus', '--sync', main.id);
    },
    key(...combos) {
      xdo('key', '--clearmodifiers', '--delay', '60', ...combos);
    },
    visibleWindows() {
      try {
        return xdo('search', '--onlyvisible', '--name', '').trim().split('\n').filter(Boolean);
      } catch {
        return []; // xdotool exits 1 when nothing matches
      }
    },
    close() {
      process.off('exit', stop);
      xvfb.kill();
    },
  };
}

// ------------------------------------------------------------------------------------------------
// Launching Chromium with the extension

export interface Launched {
  context: BrowserContext;
  /** The extension's service worker; replaced after reloadExtension / setFileAccess. */
  worker: Worker;
  extensionId: string;
  /** The Xvfb display of a headful launch. */
  desktop: Desktop | null;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The unpacked extension to load (default: the chrome-mv3 build). */
  dist?: string;
  lang?: string;
  colorScheme?: 'light' | 'dark';
  /** Screen size Chromium reports (the real popup is clamped to the room below the toolbar). */
  screen?: { width: number; height: number };
  /** A real window on its own Xvfb display (for keyboard shortcuts, the context menu, toolbar gestures). */
  headful?: boolean;
  /**
   * Developer mode on in the profile: without it Chromium disables an unpacked extension that
   * reloads itself (`chrome.runtime.reload()`) instead of loading it again.
   */
  developerMode?: boolean;
}

function hostRulesOf(server: FixtureServer | SiteServer): string[] {
  if ('hostRules' in server) return server.hostRules;
  const image = server.httpsPort ? `127.0.0.1:${server.httpsPort}` : '~NOTFOUND';
  return [
    `MAP www.sedaily.com 127.0.0.1:${server.httpPort}`,
    `MAP m.sedaily.com 127.0.0.1:${server.httpPort}`,
    `MAP newsimg.sedaily.com ${image}`,
    `MAP img.sedaily.com ${image}`,
    // A host without a site rule (and without host permission), for the on-demand path.
    `MAP www.example.com 127.0.0.1:${server.httpPort}`,
  ];
}

export async function launchWithExtension(server: FixtureServer | SiteServer, options: LaunchOptions = {}): Promise<Launched> {
  const dist = options.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No build at ${dist}: run \`wxt build\` first.`);
  const desktop = options.headful ? await startDesktop() : null;
  const profile = mkdtempSync(join(tmpdir(), 'declutter-profile-'));
  if (options.developerMode) {
    mkdirSync(join(profile, 'Default'));
    writeFileSync(join(profile, 'Default/Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  }
  const rules = [...hostRulesOf(server), 'MAP * ~NOTFOUND'].join(', ');
  const tls = 'hostRules' in server || server.httpsPort !== null;
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: !desktop,
      // Headful: the real window size, so xdotool coordinates and the page agree.
      viewport: desktop ? null : { width: 1280, height: 800 },
      colorScheme: options.colorScheme ?? 'light',
      locale: options.lang,
      env: desktop ? { ...process.env, DISPLAY: desktop.display } : undefined,
      args: [
        `--disable-extensions-except=${dist}`,
        `--load-extension=${dist}`,
        `--host-resolver-rules=${rules}`,
        ...(options.lang ? [`--lang=${options.lang}`] : []),
        ...(tls ? ['--ignore-certificate-errors'] : []),
        // A realistic screen: the toolbar popup is clamped to the space below the toolbar.
        ...(desktop ? [] : [`--screen-info={${options.screen?.width ?? 1920}x${options.screen?.height ?? 1200}}`]),
        '--window-size=1280,900',
        '--window-position=0,0',
        '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic',
      ],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    return {
      context,
      worker,
      extensionId: new URL(worker.url()).host,
      desktop,
      close: async () => {
        await context.close();
        desktop?.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    desktop?.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** The tab id of the page showing `url` (through the service worker: the product exposes nothing). */
export async function findTabId(worker: Worker, url: string): Promise<number> {
  const tabs = await worker.evaluate(() => chrome.tabs.query({}));
  const tab = tabs.find((candidate) => candidate.url === url);
  if (tab?.id === undefined) throw new Error(`No tab for ${url}: ${tabs.map((candidate) => candidate.url).join(', ')}`);
  return tab.id;
}

/** Ids of all tabs, to find a tab whose URL the extension may not read (no host permission). */
export function tabIds(worker: Worker): Promise<number[]> {
  return worker.evaluate(() => chrome.tabs.query({}).then((tabs) => tabs.map((tab) => tab.id!)));
}

/** Opens `url` in a new tab and returns the page and its tab id (found as the new tab). */
export async function openTab(launched: Launched, url: string, watch?: (page: Page) => Promise<unknown>): Promise<{ page: Page; tabId: number }> {
  const before = await tabIds(launched.worker);
  const page = await launched.context.newPage();
  await watch?.(page);
  await page.goto(url, { waitUntil: 'load' });
  const after = await tabIds(launched.worker);
  const tabId = after.find((id) => !before.includes(id));
  if (tabId === undefined) throw new Error(`No new tab for ${url}.`);
  return { page, tabId };
}

export async function openPopup(launched: Launched, tabId: number): Promise<Page> {
  const popup = await launched.context.newPage();
  await popup.setViewportSize({ width: 780, height: 580 });
  await popup.goto(`chrome-extension://${launched.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/**
 * Asks the tab's content script for its reader state the way the popup does (a runtime message in
 * the product's protocol, sent by the service worker). Null when no content script answers.
 */
export async function askContentScript(worker: Worker, tabId: number): Promise<{ open: boolean; url: string } | null> {
  const answer = await worker.evaluate(async (id) => {
    try {
      const reply = (await chrome.tabs.sendMessage(id, { id: 0, type: 'readerState', data: undefined, timestamp: Date.now() })) as
        | { res?: { open: boolean; url: string } }
        | undefined;
      return { ok: true as const, state: reply?.res ?? null };
    } catch (error) {
      return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
    }
  }, tabId);
  if (answer.ok) return answer.state;
  if (/receiving end does not exist|could not establish connection/i.test(answer.message)) return null;
  throw new Error(`Unexpected messaging error: ${answer.message}`);
}

// ------------------------------------------------------------------------------------------------
// The extension's isolated world in a page

export interface ExtensionWorld {
  /**
   * Evaluates `expression` (awaiting promises) in the extension's isolated world of the page's top
   * frame, where its content scripts run; waits until the first content script created that world.
   */
  evaluate<T>(expression: string): Promise<T>;
  /** How many times the extension script at `path` (e.g. `/reader-app.js`) has run in the page. */
  runs(path: string): number;
  /** How many isolated worlds of the extension were created in the page's frames so far. */
  worldsCreated(): number;
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
  let created = 0;
  const runs = new Map<string, number>();
  cdp.on('Runtime.executionContextCreated', ({ context }: { context: ContextInfo }) => {
    if (context.origin !== origin || context.auxData?.type !== 'isolated') return;
    created++;
    if (context.auxData.frameId === topFrame) world = context.id;
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
    worldsCreated: () => created,
  };
}

// ------------------------------------------------------------------------------------------------
// The real toolbar popup, over CDP

export interface RealPopup {
  /** Evaluates `expression` (awaiting promises) in the popup and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Polls `expression` until it is truthy. */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  /** Sends a raw DevTools protocol command to the popup. */
  send<T = unknown>(method: string, params?: object): Promise<T>;
  /** Protocol events from the popup (after the domain was enabled with `send`). */
  on(method: string, listener: (params: Record<string, unknown>) => void): void;
  /** True while the popup target exists. */
  isOpen(): Promise<boolean>;
  close(): Promise<void>;
}

type TargetInfo = { targetId: string; url: string; type: string };

/**
 * Attaches to the real popup once it exists: opened by `chrome.action.openPopup()` or by a real
 * gesture (toolbar click, `_execute_action` shortcut). It is not a Playwright page, so we talk to
 * it over CDP: attach to its target and exchange raw protocol messages.
 */
export async function attachRealPopup(launched: Launched, page: Page, timeoutMs = 10_000): Promise<RealPopup> {
  const cdp = await launched.context.newCDPSession(page);
  const popupUrl = `chrome-extension://${launched.extensionId}/popup.html`;
  let targetId: string | undefined;
  for (const end = Date.now() + timeoutMs; !targetId && Date.now() < end; ) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    targetId = targetInfos.find((target) => target.url === popupUrl)?.targetId;
    if (!targetId) await page.waitForTimeout(100);
  }
  if (!targetId) throw new Error('The real popup did not open.');
  return attachTarget(cdp, targetId, page);
}

async function attachTarget(cdp: CDPSession, targetId: string, page: Page): Promise<RealPopup> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  type Reply = { id: number; result?: Record<string, unknown>; error?: { message: string } };
  const pending = new Map<number, (message: Reply) => void>();
  const listeners = new Map<string, ((params: Record<string, unknown>) => void)[]>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as Reply & { method?: string; params?: Record<string, unknown> };
    if (message.id !== undefined) pending.get(message.id)?.(message);
    else if (message.method) for (const listener of listeners.get(message.method) ?? []) listener(message.params ?? {});
  });
  let nextId = 1;
  const send = async <T,>(method: string, params: object = {}): Promise<T> => {
    const id = nextId++;
    const reply = new Promise<Reply>((done) => pending.set(id, done));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const message = await reply;
    pending.delete(id);
    if (message.error) throw new Error(`${method} failed in the popup: ${message.error.message}`);
    return message.result as T;
  };
  const evaluate = async <T,>(expression: string): Promise<T> => {
    const result = await send<{ result: { value: unknown }; exceptionDetails?: unknown }>('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (result.exceptionDetails) throw new Error(`Popup evaluation failed: ${JSON.stringify(result.exceptionDetails)}`);
    return result.result.value as T;
  };
  const isOpen = async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    return targetInfos.some((target) => target.targetId === targetId);
  };
  return {
    evaluate,
    send,
    on(method, listener) {
      listeners.set(method, [...(listeners.get(method) ?? []), listener]);
    },
    isOpen,
    async waitFor(expression, timeoutMs = 15_000) {
      const end = Date.now() + timeoutMs;
      while (!(await evaluate<boolean>(`Boolean(${expression})`))) {
        if (Date.now() > end) throw new Error(`Timed out waiting for ${expression} in the popup.`);
        await page.waitForTimeout(100);
      }
    },
    async close() {
      if (await isOpen()) await cdp.send('Target.closeTarget', { targetId });
      await cdp.detach().catch(() => {});
    },
  };
}

/** The real toolbar popup (`chrome.action.openPopup()` on the front tab). */
export async function openRealPopup(launched: Launched, page: Page): Promise<RealPopup> {
  const cdp = await launched.context.newCDPSession(page);
  // The popup is clamped to its browser window; pages Playwright opens may get small windows.
  const { windowId, bounds } = (await cdp.send('Browser.getWindowForTarget')) as { windowId: number; bounds: { width: number; height: number } };
  if (bounds.width < 1280 || bounds.height < 900) {
    await cdp.send('Browser.setWindowBounds', { windowId, bounds: { width: 1280, height: 900 } });
  }
  await cdp.detach();
  await page.bringToFront();
  await launched.worker.evaluate(() => chrome.action.openPopup());
  return attachRealPopup(launched, page);
}

// ------------------------------------------------------------------------------------------------
// Small helpers shared by the test files

/** Polls `check` until it returns true (for state outside Playwright's auto-waiting). */
export async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 10_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; !(await check()); ) {
    if (Date.now() > end) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** The English UI strings (Debian's Chromium resolves browser.i18n to `en`; toolchain.md). */
export function enMessage(key: string): string {
  const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
  const entry = messages[key];
  if (!entry) throw new Error(`No en message ${key}.`);
  return entry.message;
}

/** Whitespace-collapsed text, for comparing rendered text with expected.txt blocks. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// ------------------------------------------------------------------------------------------------
// Reloading the extension, file access, the popup shortcut

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
        (globalThis as unknown as { chrome: { developerPrivate: { updateExtensionConfiguration(c: object): Promise<void> } } }).chrome.developerPrivate.updateExtensionConfiguration({ extensionId: id, fileAccess }),
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

/** The popup's keyboard shortcut (Alt+Shift+E) as real keys: the real popup, with an activeTab grant. */
export async function openPopupByShortcut(launched: Launched, page: Page): Promise<RealPopup> {
  if (!launched.desktop) throw new Error('The popup shortcut needs a headful launch.');
  await page.bringToFront();
  launched.desktop.focusBrowser();
  launched.desktop.key('alt+shift+e');
  return attachRealPopup(launched, page);
}

// ------------------------------------------------------------------------------------------------
// What a page's console shows: exceptions and errors from every world

export interface ConsoleEntry {
  kind: 'exception' | 'console' | 'log';
  level: string;
  text: string;
  /** The script or resource the entry names (an extension URL when it comes from us). */
  url: string;
}

export interface ConsoleWatch {
  entries: ConsoleEntry[];
  /** Playwright's `pageerror` events (uncaught exceptions it attributes to the page). */
  pageErrors: string[];
  /** Entries at warning level or worse, or exceptions, that name the extension. */
  fromExtension(): ConsoleEntry[];
}

/**
 * Records what DevTools' console would show for `page`, in every world (the page's, the
 * extension's isolated world): uncaught exceptions, console.error/warn calls and browser log
 * entries, plus Playwright's pageerror events. Call before the page's first navigation.
 */
export async function watchConsole(launched: Launched, page: Page): Promise<ConsoleWatch> {
  const cdp = await launched.context.newCDPSession(page);
  const entries: ConsoleEntry[] = [];
  const pageErrors: string[] = [];
  type StackTrace = { callFrames?: { url: string }[] };
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }: { exceptionDetails: { text: string; url?: string; exception?: { description?: string }; stackTrace?: StackTrace } }) => {
    entries.push({
      kind: 'exception',
      level: 'error',
      text: exceptionDetails.exception?.description ?? exceptionDetails.text,
      url: exceptionDetails.url ?? exceptionDetails.stackTrace?.callFrames?.[0]?.url ?? '',
    });
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args, stackTrace }: { type: string; args: { value?: unknown; description?: string }[]; stackTrace?: StackTrace }) => {
    entries.push({
      kind: 'console',
      level: type,
      text: args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' '),
      url: stackTrace?.callFrames?.[0]?.url ?? '',
    });
  });
  cdp.on('Log.entryAdded', ({ entry }: { entry: { level: string; text: string; url?: string } }) => {
    entries.push({ kind: 'log', level: entry.level, text: entry.text, url: entry.url ?? '' });
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  const origin = `chrome-extension://${launched.extensionId}/`;
  return {
    entries,
    pageErrors,
    fromExtension: () =>
      entries.filter(
        (entry) =>
          (entry.kind === 'exception' || ['error', 'warning', 'warn', 'assert'].includes(entry.level)) &&
          (entry.url.startsWith(origin) || entry.text.includes(origin) || /declutter|extension context/i.test(entry.text)),
      ),
  };
}

// ------------------------------------------------------------------------------------------------
// Requests made by the extension's own contexts

export interface ExtensionRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Which extension context asked: the service worker, or the extension page or frame's URL. */
  from: 'service-worker' | 'popup' | 'options' | 'extract-frame' | 'other-extension-page';
}

export interface RequestWatch {
  /** Requests from extension contexts seen through Playwright (tabs, frames, the service worker). */
  requests: ExtensionRequest[];
  /** Those that left the extension: anything but the extension's own files. */
  network(): ExtensionRequest[];
}

/**
 * Watches every request that an extension context makes (the service worker, extension pages
 * opened as tabs such as popup.html?tabId and options.html, the extraction frame inside web
 * pages) through Playwright's context-wide request event. The real toolbar popup is not a
 * Playwright page: watch it with its own CDP session (RealPopup.on('Network.requestWillBeSent')).
 */
export async function watchExtensionRequests(launched: Launched): Promise<RequestWatch> {
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
    if (url.pathname === '/background.js') return 'service-worker';
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

/** A one-page PDF that says `text` (for Chromium's PDF viewer). */
export function tinyPdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 20 70 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(out.length);
    out += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
