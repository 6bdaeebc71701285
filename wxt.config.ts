import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SITE_MATCHES } from './utils/site-rules';

/**
 * The extension pages' CSP (popup, options, the extraction frame, and the service worker's
 * fetches). Only our own bundled scripts, styles and fonts; article photos from any http(s) host
 * (the popup shows them); no fetch beyond the extension, no plugin, no <base>, no form posts.
 * `frame-ancestors`: the extraction frame is mounted in the web (or file) page being read; the
 * other pages are not web-accessible, so no page can frame them at all. No 'unsafe-inline' for
 * styles: Preact writes `style` through the CSSOM, which CSP does not govern. (Markup parsed in
 * these pages keeps its style attributes unapplied; the pipeline's inert copy applies them again.
 * Both are guarded by tests/e2e: audit.test.ts and large-page.test.ts.)
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors http: https: file:',
  "img-src 'self' http: https:",
  "style-src 'self'",
].join('; ');

/** Origins a user may grant one at a time for per-site reader mode: any http(s) site. */
const OPTIONAL_ORIGINS = ['*://*/*'];

/** public/icon/*.png, drawn by scripts/make-icons.ts. */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports only (design §1.7): every name can be traced to its module.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // Extension pages run in browsers with native <link rel="modulepreload"> (Chrome 66+, Firefox
    // 115+; we require 140): Vite's polyfill would only add bytes to the popup.
    build: { modulePreload: { polyfill: false } },
  }),
  // Never let `wxt dev` launch (or download) a browser; developers load the build by hand.
  webExt: { disabled: true },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ko',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    host_permissions: [...SITE_MATCHES],
    // "Always open this site in reader mode" asks for that one origin when the user turns it on
    // (utils/reader-sites): optional only, nothing is granted at install. MV2 (the Firefox build)
    // lists optional origins among its optional permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: [...OPTIONAL_ORIGINS] }
      : { optional_host_permissions: [...OPTIONAL_ORIGINS] }),
    // The loader (entrypoints/reader.content) on every page of the rule sites. Declared here rather
    // than in its defineContentScript so that its bundle does not carry the site rules.
    content_scripts: [{ matches: [...SITE_MATCHES], js: ['content-scripts/reader.js'], run_at: 'document_idle' }],
    content_security_policy: manifestVersion === 2 ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    icons: ICONS,
    action: { default_title: '__MSG_actionTitle__', default_icon: ICONS },
    commands: {
      // Opens the popup from the keyboard (a user gesture: it grants activeTab like a toolbar click).
      // Firefox on Linux gives Alt+Shift+E to its menu bar (the Edit menu opens): J is free there.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: browser === 'firefox' ? 'Alt+Shift+J' : 'Alt+Shift+E' },
      },
      'toggle-reader': {
        // Not Alt+Shift+R: Chromium 156 leaves that one unassigned for extensions (seen in tests).
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandToggleReader__',
      },
    },
    // The extraction frame a very large page is read in (utils/reader/extract-in-frame.ts). It is
    // mounted in any page the extension reads; Chrome's dynamic URL keeps it from fingerprinting.
    web_accessible_resources:
      manifestVersion === 2
        ? ['extract-frame.html']
        : [{ resources: ['extract-frame.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 (ESR) and 142 on Android: the first versions that read data_collection_permissions
            // (web-ext lint warns for any older minimum).
            gecko: {
              id: 'declutter@declutter.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: { excludeSources: ['bench-results.json', 'test-results/**', '.output/**'] },
});
