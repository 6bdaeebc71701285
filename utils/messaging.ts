/**
 * The typed, promise-based protocol between the popup / background and the content script
 * (docs/architecture.md, "Principles"). Messages to a tab (`sendMessage(type, data, tabId)`) are answered by its content
 * script; a missing receiver rejects, which is how the popup knows it must inject. The others go
 * to the background: from the content script (`loadReaderApp`, `shouldAutoOpen`, `openPrintView`)
 * and from extension pages (the reader sites).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Article, ExtractResult } from './article';
import type { AddSiteOutcome } from './reader-sites/site-manager';
import type { ReaderSiteStatus } from './reader-sites/site-status';
import type { RestrictedKind } from './tabs/restricted-url';

export interface ReaderState {
  open: boolean;
  /** The page URL the answer is about (changes on SPA navigation). */
  url: string;
}

/** An outline target: `id` inside the article HTML, `text` to find it in the live page. */
export interface ScrollTarget {
  id: string;
  text: string;
}

/**
 * The content script's answer about its page: the pipeline's result, or `restricted` when the
 * document is one no extension can read although a content script runs in it (the browser's PDF
 * viewer at a URL that does not end in .pdf).
 */
export type ArticleAnswer = ExtractResult | { status: 'restricted'; restricted: RestrictedKind };

export interface ProtocolMap {
  /** Extracts (or returns the cached result for) the tab's current URL. */
  getArticle(data: { force?: boolean }): ArticleAnswer;
  /** Opens, closes (`open` set) or flips (`open` omitted) the in-page reader. */
  toggleReader(data: { open?: boolean; force?: boolean }): ReaderState;
  readerState(): ReaderState;
  /** Scrolls the open reader, or else the page, to an outline target; false when not found. */
  scrollTo(data: ScrollTarget): boolean;
  /**
   * Content script → background: inject the reader app (/reader-app.js) into the sender's frame.
   * Resolves once it ran; rejects with the browser's reason when the page may not be scripted.
   */
  loadReaderApp(): void;
  /**
   * Content script → background, asked only while auto-open is on: is `url` a page the reader
   * opens on by itself (an article of a site with a rule)? The background holds the site rules.
   */
  shouldAutoOpen(data: { url: string }): boolean;
  /** Opens the reader with the page's selection as the article (a "not an article" answer without one). */
  readSelection(): ReaderState;
  /** True when the page has a text selection outside the reader ("read the selection" is offered). */
  hasSelection(): boolean;
  /** Content script or popup → background: open the print view (an extension tab) for `article`. */
  openPrintView(data: { article: Article }): void;
  /** Popup → background: "always reader mode" for the tab's site: on, off, built in, unavailable. */
  readerSiteStatus(data: { url: string }): ReaderSiteStatus;
  /**
   * Sent with the permission request, before its answer: the user asked for `origin`. The popup may
   * be gone by the time the user answers the browser's prompt; the background finishes the job
   * when the permission arrives (permissions.onAdded).
   */
  expectReaderSite(data: { origin: string }): void;
  /** After the permission was granted: list the site and register the content script for it. */
  addReaderSite(data: { origin: string }): AddSiteOutcome | 'built-in';
  /** Unlist the site, unregister it and give its permission back. */
  removeReaderSite(data: { origin: string }): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
