/**
 * The typed, promise-based protocol between the popup / background and the content script
 * (design §6). Every message goes to a tab (`sendMessage(type, data, tabId)`); only the content
 * script listens. A missing receiver rejects, which is how the popup knows it must inject.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ExtractResult } from './article';

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

export interface ProtocolMap {
  /** Extracts (or returns the cached result for) the tab's current URL. */
  getArticle(data: { force?: boolean }): ExtractResult;
  /** Opens, closes (`open` set) or flips (`open` omitted) the in-page reader. */
  toggleReader(data: { open?: boolean; force?: boolean }): ReaderState;
  readerState(): ReaderState;
  /** Scrolls the open reader, or else the page, to an outline target; false when not found. */
  scrollTo(data: ScrollTarget): boolean;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
