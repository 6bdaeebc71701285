/**
 * Debian Chromium through playwright-core, launched as docs/toolchain.md says: headless, no
 * sandbox, no GPU, no background networking, the saved pages' hosts mapped to the local page
 * server over http. Every request to any other host is aborted: no request leaves the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
/** The hosts of the extension part's pages (sedaily's), mapped when a launch names none. */
export const MAPPED_HOSTS = ['www.sedaily.com', 'm.sedaily.com'];

export interface LaunchOptions {
  port: number;
  /** Hosts served by the local page server; default MAPPED_HOSTS. */
  hosts?: readonly string[];
  /** Unpacked extension folder to load, if any. */
  extension?: string;
}

export interface Chromium {
  context: BrowserContext;
  version: string;
  close(): Promise<void>;
}

export async function launchChromium({ port, extension, hosts = MAPPED_HOSTS }: LaunchOptions): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'declutter-bench-'));
  const args = [
    ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
    `--host-resolver-rules=${hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ')}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
  });
  await context.route(/^(?:https?|wss?):\/\//i, (route) => {
    const host = new URL(route.request().url()).hostname;
    return hosts.includes(host) ? route.continue() : route.abort();
  });
  const version = context.browser()?.version() ?? (await versionOf(context));
  return {
    context,
    version,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Persistent contexts have no Browser object: ask a page's CDP session. */
async function versionOf(context: BrowserContext): Promise<string> {
  const page = context.pages()[0] ?? (await context.newPage());
  const session = await context.newCDPSession(page);
  const { product } = (await session.send('Browser.getVersion')) as { product: string };
  await session.detach();
  return product.replace(/^HeadlessChrome\//, '');
}
