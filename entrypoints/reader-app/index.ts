/**
 * The reader app (built to /reader-app.js): everything heavy the content script needs only once
 * the user asks for the article or the reader, or auto-open fires: the extraction pipeline
 * (Readability, DOMPurify) and the reader overlay (Preact, inlined CSS). The background injects it
 * into the asking frame (utils/tabs/inject-reader-app.ts); it registers itself on the isolated
 * world's global, where the content script picks it up (utils/reader/load-reader-app.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '@/utils/extract/extract-article';
import { registerReaderApp } from '@/utils/reader/reader-app-api';
import { createReaderUi } from './reader-ui';

// main returns nothing: Firefox rejects tabs.executeScript when a script's value cannot be cloned.
export default defineUnlistedScript(() => {
  registerReaderApp({ extractArticle, createReaderUi });
});
