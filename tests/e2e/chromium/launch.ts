/**
 * Debian's Chromium with the built extension, through playwright-core (docs/toolchain.md): a fresh
 * profile, the extension loaded unpacked, the fixture hosts mapped to the local server
 * (host-resolver rules), every other host unresolvable. Headful launches get their own Xvfb.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { startDesktop, type Desktop } from '../desktop';
import { DIST } from '../paths';
import type { SiteServer } from '../site-server';
import type { FixtureServer } from './fixture-server';

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
  const desktop = options.headful ? await startDesktop('chromium') : null;
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
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
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
