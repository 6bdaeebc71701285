/**
 * Evaluated inside a saved page in Chromium (bundled to an IIFE by page-bundle.ts): the same
 * pipeline code the content script runs, plain Readability and Defuddle, each timed with
 * performance.now() around one run. The caller (browser-speed.ts) interleaves the tools, forces a
 * GC between runs and takes medians.
 */
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { extractArticle } from '../../../utils/extract/extract-article';
import { sanitizeHtml } from '../../../utils/extract/sanitize';

import type { Tool } from '../tools';
export type { Tool };

export interface CheckResult {
  pipeline: { status: string; textLength: number; htmlLength: number; site: string | null };
  readability: { textLength: number };
  defuddle: { textLength: number };
  /** One DOMPurify pass over the pipeline's (already clean) body HTML, in ms: the sanitise step's cost. */
  sanitizeMs: number;
}

let sink: unknown = null;

function runTool(tool: Tool, url: string): unknown {
  switch (tool) {
    case 'pipeline':
      // As the content script calls it; it clones the document itself.
      return extractArticle(document, url, { window });
    case 'readability':
      // Readability mutates its input: a fresh clone, as the pipeline makes one too.
      return new Readability(document.cloneNode(true) as Document).parse();
    case 'defuddle':
      // Defuddle also edits its input (strips scripts, normalises attributes): a fresh clone.
      return new Defuddle(document.cloneNode(true) as Document, { url }).parse();
  }
}

/** Milliseconds for one run of `tool`. */
function time(tool: Tool, url: string): number {
  const start = performance.now();
  sink = runTool(tool, url);
  return performance.now() - start;
}

function check(url: string): CheckResult {
  const result = extractArticle(document, url, { window });
  const readability = new Readability(document.cloneNode(true) as Document).parse();
  const defuddle = new Defuddle(document.cloneNode(true) as Document, { url }).parse();
  const html = result.status === 'ok' ? result.article.html : '';
  const start = performance.now();
  sanitizeHtml(html, window);
  const sanitizeMs = performance.now() - start;
  return {
    pipeline: {
      status: result.status,
      textLength: result.status === 'ok' ? result.article.text.length : 0,
      htmlLength: html.length,
      site: result.status === 'ok' ? result.article.site : null,
    },
    readability: { textLength: readability?.textContent?.length ?? 0 },
    defuddle: { textLength: (defuddle.content ?? '').replace(/<[^>]*>/g, '').length },
    sanitizeMs,
  };
}

(globalThis as unknown as { __declutterBench: unknown }).__declutterBench = {
  time,
  check,
  drop: () => {
    sink = null;
  },
  get sink() {
    return sink;
  },
};
