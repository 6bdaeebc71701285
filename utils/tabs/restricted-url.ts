/**
 * Pages no extension may script: browser pages, extension pages, the web stores, the built-in PDF
 * viewer, and file: URLs unless the user allowed file access. The popup shows "restricted" for them
 * without trying (an injection attempt would only produce a cryptic browser error).
 */
export type RestrictedKind = 'browser' | 'store' | 'file' | 'pdf';

const BROWSER_SCHEMES = new Set([
  'chrome:', 'chrome-untrusted:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'about:', 'view-source:',
  'chrome-extension:', 'moz-extension:', 'extension:', 'devtools:', 'chrome-search:', 'resource:',
  'jar:', 'data:', 'blob:', 'javascript:',
]);

/** Store hosts (and path prefixes) where browsers block content scripts. */
const STORES: readonly [host: string, path: string][] = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.mozilla.org', '/'],
  ['addons.opera.com', '/'],
];

export function restrictedKind(url: string, fileAccess = false): RestrictedKind | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser';
  }
  if (parsed.protocol === 'file:') {
    if (!fileAccess) return 'file';
  } else if (BROWSER_SCHEMES.has(parsed.protocol) || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    return 'browser';
  }
  const host = parsed.hostname.toLowerCase();
  if (STORES.some(([storeHost, path]) => host === storeHost && parsed.pathname.startsWith(path))) return 'store';
  // The PDF viewer is an extension page under the PDF's own URL: scripts cannot reach its text.
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}

/**
 * The restricted kind behind the browser's refusal to script a tab. Without the `tabs` permission
 * the popup is not told a browser page's URL (activeTab does not extend to chrome:// pages), so
 * such a page is only recognised by Chromium's refusal: "Cannot access a chrome:// URL",
 * "The extensions gallery cannot be scripted."
 */
export function restrictedKindOfError(error: unknown): RestrictedKind | null {
  const message = error instanceof Error ? error.message : String(error);
  if (/extensions gallery cannot be scripted/i.test(message)) return 'store';
  if (/cannot access an? [a-z][\w+.-]*:(?:\/\/)? URL/i.test(message)) return 'browser';
  return null;
}
