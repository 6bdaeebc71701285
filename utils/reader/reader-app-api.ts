/**
 * The contract between the content script (a small loader) and the reader app it loads on demand
 * (entrypoints/reader-app: the pipeline with Readability and DOMPurify, and the Preact overlay).
 * The app registers itself on a global of the extension's isolated world: content scripts of one
 * extension in one frame share that world (Chrome and Firefox), page scripts never see it.
 * Types only cross here, so importing this module costs the loader nothing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtractResult } from '../article';
import type { ExtractOptions } from '../extract/extract-article';
import type { SelectedRange } from '../extract/extract-selection';

/** Where the article in the reader came from: the page (read by the pipeline) or the user's selection. */
export type ReaderSource = 'page' | 'selection';

export interface ReaderUi {
  readonly isOpen: boolean;
  /** Opens with `result`, or re-renders with it when already open. */
  open(result: ExtractResult, source?: ReaderSource): Promise<void>;
  close(): void;
  /** Scrolls the open reader to an outline target; false when closed or not found. */
  scrollTo(id: string): boolean;
}

export interface ReaderUiHandlers {
  /** The user asked for "try anyway" inside the reader. */
  onForce: () => void;
}

export interface ReaderAppApi {
  /**
   * extractArticle in this page, or, for a very large page, in an extension frame off the page's
   * main thread (utils/reader/extract-page.ts). Never rejects.
   */
  extractPage(doc: Document, url: string, options?: ExtractOptions): Promise<ExtractResult>;
  /** The selected ranges of the page as the article (utils/extract/extract-selection.ts). Never throws. */
  extractSelection(doc: Document, url: string, ranges: readonly SelectedRange[], options?: ExtractOptions): ExtractResult;
  /** The overlay, bound to the loader's context (its invalidation closes the reader). */
  createReaderUi(ctx: ContentScriptContext, handlers: ReaderUiHandlers): ReaderUi;
}

declare global {
  /** Set once by reader-app.js in the extension's isolated world; see above. */
  var __declutterApp: ReaderAppApi | undefined;
}

/** The registered app, or undefined before reader-app.js ran in this frame. */
export function getReaderApp(): ReaderAppApi | undefined {
  return globalThis.__declutterApp;
}

/** Called by reader-app.js. The first registration wins: a second evaluation changes nothing. */
export function registerReaderApp(app: ReaderAppApi): void {
  globalThis.__declutterApp ??= app;
}
