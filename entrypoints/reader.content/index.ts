/**
 * The content script: on the rule hosts from the manifest, anywhere else when the popup, the
 * keyboard command or the context menu injects it. Loading it costs nothing: extraction happens
 * only when asked (or when auto-open is on and this is a rule article), once per URL.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle } from '@/utils/extract/extract-article';
import { onMessage, removeAllListeners, type ReaderState } from '@/utils/messaging';
import { createArticleCache } from '@/utils/reader/article-cache';
import { scrollPageToText } from '@/utils/reader/scroll-to-text';
import { loadSettings } from '@/utils/settings';
import { findSiteRule, SITE_MATCHES } from '@/utils/site-rules';
import { createReaderUi } from './reader-ui';

/** SPA pages render the new article after the URL changes; give them a moment before re-reading. */
const SETTLE_MS = 700;

function isRuleArticle(url: string): boolean {
  const rule = findSiteRule(url);
  try {
    return rule !== null && rule.articlePath.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

function main(ctx: ContentScriptContext): void {
  // extractArticle clones the document itself; the live page is never handed to Readability.
  const cache = createArticleCache((url, force) => extractArticle(document, url, { force, window }));
  let forced = false;
  const read = () => cache.get(location.href, forced);
  const reader = createReaderUi(ctx, {
    onForce: () => {
      forced = true;
      void reader.open(read());
    },
  });
  const state = (): ReaderState => ({ open: reader.isOpen, url: location.href });

  // A second injection (popup retry, or the manifest script arriving late) makes WXT invalidate
  // this context: drop our listeners so exactly one instance answers.
  ctx.onInvalidated(removeAllListeners);

  onMessage('getArticle', ({ data }) => cache.get(location.href, data?.force === true));
  onMessage('readerState', state);
  onMessage('toggleReader', async ({ data }) => {
    const open = data?.open ?? !reader.isOpen;
    if (!open) reader.close();
    else {
      forced = data?.force === true;
      await reader.open(read());
    }
    return state();
  });
  onMessage('scrollTo', ({ data }) => (reader.isOpen ? reader.scrollTo(data.id) : scrollPageToText(window, data.text)));

  // pushState / replaceState / popstate / hash changes: the cached article belongs to the old URL.
  let settle = 0;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    cache.clear();
    clearTimeout(settle);
    settle = ctx.setTimeout(() => {
      cache.clear();
      forced = false;
      if (reader.isOpen) void reader.open(read());
      else void autoOpen();
    }, SETTLE_MS);
  });

  const autoOpen = async () => {
    if (reader.isOpen || !isRuleArticle(location.href)) return;
    if (!(await loadSettings()).autoOpen || ctx.isInvalid) return;
    const result = read();
    if (result.status === 'ok') await reader.open(result);
  };
  void autoOpen();
}

export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_idle',
  // Styles are inlined into the shadow root by reader-ui (see there), not injected into the page.
  cssInjectionMode: 'manual',
  main,
});
