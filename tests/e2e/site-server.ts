/**
 * The site server: every fixture of tests/pages and every page of tests/e2e/pages under its real
 * host, on one local port that speaks http, https (a self-signed certificate) and HTTP proxying.
 * Chromium reaches it through --host-resolver-rules (`hostRules`), Firefox through a PAC script
 * that sends every request here as to a proxy (`absolute URLs`, `CONNECT host:443`): either way
 * each served host maps to this port whatever the scheme, and no request leaves the machine.
 * A proxied request for a host that is not served is refused and recorded (`refused`): Chromium's
 * `MAP * ~NOTFOUND` makes such hosts unresolvable, the proxy makes them fail the same way.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { E2ePage } from './e2e-page';
import { loadFixtures } from './fixtures';
import { PLACEHOLDER_SVG, toneWav } from './media-files';

/** Page scripts are switched off: they are ads and trackers (or, on the payload page, the payloads). */
export const PAGE_CSP = "script-src 'none'";

/** A request that reached the site server. */
export interface Hit {
  scheme: 'http' | 'https';
  host: string;
  path: string;
  referer: string | null;
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

export interface SiteServer {
  port: number;
  /** --host-resolver-rules entries: the served hosts (and their photo hosts) to this server. */
  hostRules: string[];
  /** The served host patterns (`www.sedaily.com`, `*.sedaily.com`, …). */
  hosts: string[];
  /** The URL a browser opens for a fixture or e2e page: its real URL (https), fragment kept. */
  urlOf(slug: string): string;
  /** Every request that reached the server, in order. */
  hits: Hit[];
  /** Hits under /canary/ (payload markers: nothing may ever request them). */
  canaryHits(): Hit[];
  /** Proxied requests for hosts the server does not serve (Firefox only), as `host:port` or URL. */
  refused: string[];
  /** CSP violation reports POSTed to any `…/csp` path (a page's `report-uri /csp`), parsed. */
  cspReports: CspReport[];
  close(): Promise<void>;
}

function sendPlaceholder(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=3600' });
  res.end(PLACEHOLDER_SVG);
}

function sendNotFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

export function selfSignedCert(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'declutter-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=sedaily.test',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function listen(server: {
  listen: (port: number, host: string, done: () => void) => unknown;
  address: () => unknown;
}): Promise<number> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as AddressInfo).port;
}

/** Wildcards for a host's parent domain: www.sedaily.com → *.sedaily.com (photo hosts included). */
function hostPatterns(host: string): string[] {
  const labels = host.split('.');
  return labels.length > 2 ? [host, `*.${labels.slice(1).join('.')}`] : [host, `*.${host}`];
}

/** True when `host` is one of `patterns` (exact, or under a `*.` wildcard). */
export function matchesHost(host: string, patterns: readonly string[]): boolean {
  const lower = host.toLowerCase();
  return patterns.some((pattern) => (pattern.startsWith('*.') ? lower.endsWith(pattern.slice(1)) : lower === pattern));
}

/** Hosts the payload corpus uses for harmless images and links (tests/support/xss-payloads.ts). */
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
  const hostSet = new Set<string>();
  for (const url of urls.values()) for (const pattern of hostPatterns(new URL(url).hostname)) hostSet.add(pattern);
  for (const host of EXTRA_HOSTS) for (const pattern of hostPatterns(host)) hostSet.add(pattern);
  const hosts = [...hostSet];
  const hits: Hit[] = [];
  const refused: string[] = [];
  const cspReports: CspReport[] = [];
  const wav = toneWav();
  const handler = (scheme: 'http' | 'https') => (req: IncomingMessage, res: ServerResponse) => {
    // A proxied request carries its absolute URL; a direct one its path and Host header.
    const url = new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'localhost'}`);
    if (/^https?:\/\//i.test(req.url ?? '') && !matchesHost(url.hostname, hosts)) {
      refused.push(url.href);
      req.socket.destroy();
      return;
    }
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
  // Firefox's proxied https: a CONNECT, then TLS inside the tunnel, which the https server serves.
  http.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const host = (req.url ?? '').replace(/:\d+$/, '');
    if (!matchesHost(host, hosts)) {
      refused.push(req.url ?? '');
      socket.destroy();
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    https.emit('connection', socket);
  });
  // One port for every scheme: a TLS connection starts with a handshake record (0x16).
  const sockets = new Set<Socket>();
  const front = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? https : http).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  const port = await listen(front);
  return {
    port,
    hostRules: hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`),
    hosts,
    urlOf(slug) {
      const url = urls.get(slug);
      if (!url) throw new Error(`The site server has no page ${slug}.`);
      return url;
    },
    hits,
    canaryHits: () => hits.filter((hit) => hit.path.startsWith('/canary/')),
    refused,
    cspReports,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((done) => front.close(done));
      http.close();
      https.close();
    },
  };
}

/**
 * True when `url` is served by the site server (a mapped host) or is the extension itself
 * (`extensionHosts`: the extension's own origins' hosts, `chrome-extension:` or `moz-extension:`).
 */
export function isLocalRequest(url: string, server: SiteServer, extensionHosts: string | readonly string[]): boolean {
  const parsed = new URL(url);
  const own = typeof extensionHosts === 'string' ? [extensionHosts] : extensionHosts;
  if (parsed.protocol === 'chrome-extension:' || parsed.protocol === 'moz-extension:') return own.includes(parsed.host);
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return matchesHost(parsed.hostname, server.hosts);
}
