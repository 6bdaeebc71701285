/**
 * A local http server for the browser benchmarks: serves saved pages at their own paths (the
 * browser maps www.sedaily.com to it) and answers 404 for everything else. Nothing is fetched.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  port: number;
  /**
   * Serves `html` at `path` (pathname plus search). `scripts: false` adds a CSP that blocks the
   * page's own scripts and inline handlers; scripts evaluated through DevTools still run.
   */
  set(path: string, html: string, options?: { scripts?: boolean }): void;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const pages = new Map<string, { html: string; scripts: boolean }>();
  const server: Server = createServer((request, response) => {
    const page = pages.get(request.url ?? '');
    if (page === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...(page.scripts ? {} : { 'content-security-policy': "script-src 'none'" }),
      })
      .end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    set: (path, html, options = {}) => void pages.set(path, { html, scripts: options.scripts !== false }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The path (and search) under which the server serves the page of `url`. */
export function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
