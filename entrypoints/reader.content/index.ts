/**
 * The content script: on the rule hosts from the manifest, anywhere else when the popup, the
 * keyboard command or the context menu injects it. It is a small loader because it runs on every
 * rule-host page (and on the user's reader sites, where the background registers it): it answers
 * messages, follows URL changes and checks auto-open. Extraction and
 * the overlay (Readability, DOMPurify, Preact) are the reader app, loaded into this frame only when
 * first needed (getArticle, opening the reader, auto-open); see utils/reader/load-reader-app.ts.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, removeAllListeners, sendMessage, type ArticleAnswer, type ReaderState } from '@/utils/messaging';
import { mayAutoOpen } from '@/utils/reader-sites/may-auto-open';
import { createArticleCache, type ArticleCache } from '@/utils/reader/article-cache';
import { loadReaderApp } from '@/utils/reader/load-reader-app';
import { hasPageSelection, pageSelectionRanges } from '@/utils/reader/page-selection';
import type { ReaderUi } from '@/utils/reader/reader-app-api';
import { scrollPageToText } from '@/utils/reader/scroll-to-text';

/** SPA pages render the new article after the URL changes; give them a moment before re-reading. */
const SETTLE_MS = 700;

/**
 * Chromium's PDF viewer: the tab's document is an application/pdf wrapper around the viewer, with
 * no text of the PDF in it. A .pdf URL is recognised before any script runs (restricted-url.ts);
 * this catches the others (download links), where a content script does run.
 */
const PDF_VIEWER: ArticleAnswer = { status: 'restricted', restricted: 'pdf' };
const isPdfViewer = () => document.contentType === 'application/pdf';

/** The reader app bound to this content script: its extraction cache and its overlay. */
interface Session {
  cache: ArticleCache;
  reader: ReaderUi;
}

/** Background work nobody awaits (auto-open, re-reading after navigation): log, never throw. */
function quietly(work: Promise<unknown>): void {
  work.catch((error: unknown) => console.warn('[declutter]', error));
}

function main(ctx: ContentScriptContext): void {
  let session: Session | null = null;
  let forced = false;

  /** Loads the app on first need (once per frame) and binds it to this context once. */
  const start = async (): Promise<Session> => {
    const app = await loadReaderApp(() => sendMessage('loadReaderApp', undefined));
    // extractArticle clones the document itself; the live page is never handed to Readability.
    session ??= {
      cache: createArticleCache((url, force) => app.extractPage(document, url, { force, window })),
      reader: app.createReaderUi(ctx, {
        onForce: () => {
          forced = true;
          quietly(openReader());
        },
      }),
    };
    return session;
  };
  const read = async (force: boolean) => (await start()).cache.get(location.href, force);
  async function openReader(): Promise<void> {
    const { cache, reader } = await start();
    await reader.open(await cache.get(location.href, forced));
  }
  const isOpen = () => session?.reader.isOpen === true;
  const state = (): ReaderState => ({ open: isOpen(), url: location.href });

  // A second injection (popup retry, or the manifest script arriving late) makes WXT invalidate
  // this context: drop our listeners so exactly one instance answers.
  ctx.onInvalidated(removeAllListeners);

  onMessage('getArticle', ({ data }) => (isPdfViewer() ? PDF_VIEWER : read(data?.force === true)));
  onMessage('readerState', state);
  onMessage('toggleReader', async ({ data }) => {
    if (isPdfViewer()) return state();
    const open = data?.open ?? !isOpen();
    if (!open) session?.reader.close();
    else {
      forced = data?.force === true;
      await openReader();
    }
    return state();
  });
  onMessage('hasSelection', () => !isPdfViewer() && hasPageSelection(window));
  onMessage('readSelection', async () => {
    if (isPdfViewer()) return state();
    // Taken before anything awaits: loading the app must not race the user changing the selection.
    const ranges = pageSelectionRanges(window);
    const { reader } = await start();
    const app = await loadReaderApp(() => sendMessage('loadReaderApp', undefined));
    await reader.open(app.extractSelection(document, location.href, ranges, { window }), 'selection');
    return state();
  });
  // The page itself needs no app: jumping to text in the page is the loader's own small helper.
  onMessage('scrollTo', ({ data }) =>
    session && isOpen() ? session.reader.scrollTo(data.id) : scrollPageToText(window, data.text),
  );

  // pushState / replaceState / popstate / hash changes: the cached article belongs to the old URL.
  let settle = 0;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    session?.cache.clear();
    clearTimeout(settle);
    settle = ctx.setTimeout(() => {
      session?.cache.clear();
      forced = false;
      quietly(isOpen() ? openReader() : autoOpen());
    }, SETTLE_MS);
  });

  /**
   * Opens the reader by itself where the user asked for it; loads the app only then. The settings
   * and the user's sites are read here (no message at all while neither asks for it); whether this
   * URL is an article of a site with a rule, or a page of a granted reader site, is the
   * background's answer, so this script carries no site data. Pages the pipeline does not take for
   * an article stay as they are.
   */
  const autoOpen = async () => {
    if (isOpen() || isPdfViewer()) return;
    if (!(await mayAutoOpen(location.href)) || ctx.isInvalid) return;
    if (!(await sendMessage('shouldAutoOpen', { url: location.href })) || ctx.isInvalid) return;
    const { cache, reader } = await start();
    const result = await cache.get(location.href, forced);
    if (result.status === 'ok' && !ctx.isInvalid) await reader.open(result);
  };
  quietly(autoOpen());
}

export default defineContentScript({
  // Listed in the manifest by wxt.config.ts (content_scripts, from the site rules' hosts), not
  // here: options given here stay in the bundle, and the rules would come with them.
  registration: 'runtime',
  // Styles are inlined into the shadow root by the reader app (see reader-ui), not injected here.
  cssInjectionMode: 'manual',
  // A newer copy of this script stops the older one with a DOM event; WXT's extra
  // window.postMessage would tell every page script (and its message handlers) our extension id.
  noScriptStartedPostMessage: true,
  main,
});
