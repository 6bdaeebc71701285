/**
 * One fixture over http (and, with `https`, photos over https for the image hosts): the Chromium
 * smoke test's and scripts/screenshots.ts's server, mapped with host-resolver rules.
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Fixture } from '../fixtures';
import { PLACEHOLDER_SVG } from '../media-files';
import { listen, PAGE_CSP, selfSignedCert } from '../site-server';

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
