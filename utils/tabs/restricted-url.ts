/**
 * Pages no extension may script: browser pages, extension pages, the web stores, the built-in PDF
 * viewer, and file: URLs unless the user allowed file access. The popup shows "restricted" for them
 * without trying (an injection attempt would only produce a cryptic browser error). `closed`: a tab
 * the browser keeps closed without saying what it is (Chromium's blank tab, about:blank, even
 * after a click on the toolbar button; see restrictedKindOfError); `closed-or-file`: the same
 * while file access is off, when it may as well be a file: page (activeTab does not reveal those).
 */
import { errorMessage } from '../error-message';

export type RestrictedKind = 'browser' | 'store' | 'file' | 'pdf' | 'closed' | 'closed-or-file';

/** A blank tab: nothing to read, and no browser lets an extension script it. */
const BLANK = /^about:blank(?:[?#]|$)/i;

const BROWSER_SCHEMES = new Set([
  'chrome:',
  'chrome-untrusted:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'view-source:',
  'chrome-extension:',
  'moz-extension:',
  'extension:',
  'devtools:',
  'chrome-search:',
  'resource:',
  'jar:',
  'data:',
  'blob:',
  'javascript:',
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
  if (BLANK.test(url)) return 'closed';
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
 * "The extensions gallery cannot be scripted." A tab whose URL we may not know and may not
 * script gets "Cannot access contents of the page": from the toolbar popup, which comes with an
 * activeTab grant for web pages, that is a blank tab (about:blank), whose URL Chromium never tells
 * us, or, while file access is off (`fileAccess` false), possibly a file: page (activeTab covers
 * files only with file access). A file named in the refusal: "…contents of url "file:…"".
 * Firefox says "Missing host permission for the tab" for all of these (a blank tab, a page of
 * another site before any gesture); it has no file-access switch to suggest, so: closed.
 */
export function restrictedKindOfError(error: unknown, fileAccess = true): RestrictedKind | null {
  const message = errorMessage(error);
  if (/extensions gallery cannot be scripted/i.test(message)) return 'store';
  if (/cannot access an? [a-z][\w+.-]*:(?:\/\/)? URL/i.test(message)) return 'browser';
  if (/cannot access contents of url "file:/i.test(message)) return 'file';
  if (/cannot access contents of the page/i.test(message)) return fileAccess ? 'closed' : 'closed-or-file';
  if (/^missing host permission for the tab\.?$/i.test(message)) return 'closed';
  return null;
}
