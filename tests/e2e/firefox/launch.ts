/**
 * Debian's Firefox ESR with the built extension, through puppeteer-core over WebDriver BiDi
 * (docs/firefox.md): a fresh profile puppeteer makes and removes, the add-on installed as
 * a temporary add-on (`installExtension`, no signing), its moz-extension:// host pinned to a
 * fixed UUID, every request sent through a PAC script to the site server acting as a proxy (the
 * fixture hosts are served, every other host is refused: site-server.ts). Headful launches get
 * their own Xvfb display. Firefox's own background services are pointed nowhere, so the proxy
 * sees only what pages and the extension ask for.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startDesktop, type Desktop } from '../desktop';
import { FIREFOX_DIST } from '../paths';
import type { SiteServer } from '../site-server';

export const FIREFOX = '/usr/bin/firefox-esr';
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'declutter@declutter.invalid';
/** The add-on's moz-extension:// host in the test profile. */
export const EXTENSION_UUID = '5b1c6f0e-7d2a-4e8b-9c3f-d3c1a7e2b4f6';

export interface FirefoxLaunch {
  browser: Browser;
  desktop: Desktop | null;
  /** Where Firefox saves downloads, without asking (removed on close). */
  downloadDir: string;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  dist?: string;
  lang?: string;
  colorScheme?: 'light' | 'dark';
  headful?: boolean;
}

/** Prefs that keep Firefox's own services off the network (nothing of theirs reaches the proxy). */
const QUIET = {
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'network.connectivity-service.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'app.normandy.enabled': false,
  'app.update.auto': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'dom.push.connection.enabled': false,
  'toolkit.telemetry.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.contentblocking.report.lockwise.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'browser.ml.enable': false,
};

/**
 * A request Firefox itself makes for its own services (remote settings keep retrying whatever the
 * prefs say): refused by the proxy like any unserved host, and told apart from the extension's.
 */
export function isFirefoxServiceRequest(target: string): boolean {
  const host = target
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[:/].*$/, '')
    .toLowerCase();
  return /(?:^|\.)(?:mozilla\.(?:com|net|org)|firefox\.com|mozaws\.net)$/.test(host);
}

export async function launchFirefox(server: SiteServer, options: FirefoxLaunchOptions = {}): Promise<FirefoxLaunch> {
  const dist = options.dist ?? FIREFOX_DIST;
  // An unpacked build, or a store package (.zip), which installExtension takes as it is.
  if (!existsSync(dist.endsWith('.zip') ? dist : join(dist, 'manifest.json')))
    throw new Error(`No build at ${dist}: run \`wxt build -b firefox\` first.`);
  if (!existsSync(FIREFOX))
    throw new Error(`No ${FIREFOX}: the Firefox tests need Debian's firefox-esr (scripts/run test installs it).`);
  const desktop = options.headful ? await startDesktop('firefox-esr') : null;
  const downloadDir = mkdtempSync(join(tmpdir(), 'e2e-firefox-downloads-'));
  const removeDownloads = () => rmSync(downloadDir, { recursive: true, force: true });
  const pac = `function FindProxyForURL(url, host) { return "PROXY 127.0.0.1:${server.port}"; }`;
  try {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: !desktop,
      // Without it, navigating a tab to moz-extension:// over BiDi is refused.
      args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
      env: desktop ? { ...process.env, DISPLAY: desktop.display } : process.env,
      acceptInsecureCerts: true,
      defaultViewport: desktop ? null : { width: 1280, height: 800 },
      protocolTimeout: 60_000,
      extraPrefsFirefox: {
        ...QUIET,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        'network.proxy.type': 2,
        'network.proxy.autoconfig_url': `data:text/plain,${encodeURIComponent(pac)}`,
        'network.proxy.allow_hijacking_localhost': true,
        // Timers of tabs in the background run at their pace, as Playwright's Chromium does: the
        // large-page heartbeat ticks every 20 ms while the popup tab is in front.
        'dom.min_background_timeout_value': 4,
        'dom.min_background_timeout_value_without_budget_throttling': 4,
        'dom.timeout.enable_budget_timer_throttling': false,
        // Tests read the clipboard back in extension pages without Firefox's paste prompt.
        'dom.events.testing.asyncClipboard': true,
        'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
        ...(options.lang ? { 'intl.accept_languages': options.lang, 'intl.locale.requested': options.lang } : {}),
        // The reader command and the popup shortcut must reach Firefox, not a first-run page.
        'browser.shell.checkDefaultBrowser': false,
        // Downloads (the Markdown file) go to downloadDir without a dialog.
        'browser.download.dir': downloadDir,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
      },
    });
    await browser.installExtension(dist);
    return {
      browser,
      desktop,
      downloadDir,
      close: async () => {
        await browser.close().catch(() => {});
        desktop?.close();
        removeDownloads();
      },
    };
  } catch (error) {
    desktop?.close();
    removeDownloads();
    throw error;
  }
}
