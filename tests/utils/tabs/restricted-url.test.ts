import { describe, expect, it } from 'vitest';
import { restrictedKind, restrictedKindOfError } from '@/utils/tabs/restricted-url';

describe('restrictedKind', () => {
  it.each([
    ['chrome://extensions/', 'browser'],
    ['edge://settings', 'browser'],
    ['about:blank', 'closed'],
    ['about:blank#x', 'closed'],
    ['about:blankish', 'browser'],
    ['about:reader?url=https://x', 'browser'],
    ['view-source:https://www.sedaily.com/', 'browser'],
    ['chrome-extension://abc/popup.html', 'browser'],
    ['moz-extension://abc/popup.html', 'browser'],
    ['https://chromewebstore.google.com/detail/x/abc', 'store'],
    ['https://chrome.google.com/webstore/detail/abc', 'store'],
    ['https://addons.mozilla.org/ko/firefox/addon/x/', 'store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'store'],
    ['https://example.com/report.pdf', 'pdf'],
    ['file:///home/me/article.html', 'file'],
    ['not a url', 'browser'],
  ] as const)('%s → %s', (url, kind) => {
    expect(restrictedKind(url)).toBe(kind);
  });

  it.each([
    'https://www.sedaily.com/NewsView/2H1C4KQZ7M',
    'http://m.sedaily.com/NewsView/2H1C4KQZ7M',
    'https://chrome.google.com/search',
    'https://example.com/pdf-guide',
  ])('%s is readable', (url) => {
    expect(restrictedKind(url)).toBeNull();
  });

  it('allows file: pages when the user granted file access', () => {
    expect(restrictedKind('file:///home/me/article.html', true)).toBeNull();
  });
});

describe('restrictedKindOfError', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'browser'],
    ['Cannot access a chrome-extension:// URL of different extension', 'browser'],
    ['Cannot access a chrome-untrusted:// URL', 'browser'],
    ['The extensions gallery cannot be scripted.', 'store'],
    // A blank tab, even from the toolbar popup (its URL is never told, activeTab does not cover it).
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'closed'],
    [
      'Cannot access contents of url "file:///home/me/a.html". Extension manifest must request permission to access this host.',
      'file',
    ],
    // Firefox's refusal for a tab without host permission or activeTab (a blank tab, another site).
    ['Missing host permission for the tab', 'closed'],
  ] as const)('%s → %s', (message, kind) => {
    expect(restrictedKindOfError(new Error(message))).toBe(kind);
  });

  it('may be a file: page when the refusal names nothing and file access is off', () => {
    const refusal = new Error(
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
    );
    expect(restrictedKindOfError(refusal, true)).toBe('closed');
    expect(restrictedKindOfError(refusal, false)).toBe('closed-or-file');
  });

  it('in Firefox, which has no file-access switch, a closed tab stays closed', () => {
    expect(restrictedKindOfError(new Error('Missing host permission for the tab'), false)).toBe('closed');
  });

  it.each([
    'Cannot access contents of url "https://www.example.com/". Extension manifest must request permission to access this host.',
    'Could not establish connection. Receiving end does not exist.',
    'No tab with id: 12.',
  ])('%s is not a restricted page', (message) => {
    expect(restrictedKindOfError(new Error(message))).toBeNull();
  });
});
