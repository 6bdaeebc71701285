/**
 * The reader app (built to /reader-app.js): everything heavy the content script needs only once
 * the user asks for the article or the reader, or auto-open fires: the extraction pipeline
 * (Readability, DOMPurify) and the reader overlay (Preact, inlined CSS). The background injects it
 * into the asking frame (utils/tabs/inject-reader-app.ts); it registers itself on the isolated
 * world's global, where the content script picks it up (utils/reader/load-reader-app.ts).
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractSelection } from '@/utils/extract/extract-selection';
import { extractPage } from '@/utils/reader/extract-page';
import { FRAME_PAGE } from '@/utils/reader/frame-protocol';
import { registerReaderApp } from '@/utils/reader/reader-app-api';
import { createReaderUi } from './reader-ui';

/** A page still unread after this long gets a clear "too large" answer instead of a hang. */
const BUDGET_MS = 20_000;
/** The frame says "ready" within a few hundred ms; this long means it was blocked. */
const READY_MS = 3_000;

// main returns nothing: Firefox rejects tabs.executeScript when a script's value cannot be cloned.
export default defineUnlistedScript(() => {
  const frame = { frameUrl: browser.runtime.getURL(FRAME_PAGE), budgetMs: BUDGET_MS, readyMs: READY_MS };
  registerReaderApp({
    extractPage: (doc, url, options = {}) => extractPage(doc, url, options, frame),
    extractSelection,
    createReaderUi,
  });
});
