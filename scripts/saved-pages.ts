/**
 * The saved pages of tests/pages/<slug>/ read from disk, for Node tools (the e2e harness, the
 * benchmarks, the screenshot script): source.html, whose first line is `<!-- {"url": "…"} -->`,
 * expected.json and, for articles, expected.txt. Vitest tests load the same files through Vite's
 * glob import instead (tests/fixtures/load-fixtures.ts), with no file system access.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Expected } from '../tests/fixtures/expected';

export const PAGES_DIR = resolve(import.meta.dirname, '../tests/pages');

/** What a page's first-line comment says: its real URL, and for e2e pages whether its scripts may run. */
export interface PageComment {
  url: string;
  scripts?: boolean;
}

const PAGE_COMMENT = /^<!--\s*(\{.*?\})\s*-->/;

export function pageComment(html: string, file: string): PageComment {
  const comment = PAGE_COMMENT.exec(html)?.[1];
  if (!comment) throw new Error(`${file} lacks the first-line <!-- {"url": …} --> comment.`);
  return JSON.parse(comment) as PageComment;
}

export interface SavedPage {
  slug: string;
  /** The page's real URL, from the first-line comment (fragment kept). */
  url: string;
  html: string;
  /** expected.json (tests/pages/README.md). */
  expected: Expected;
  /** expected.txt: exactly what "copy clean text" gives (articles only). */
  text: string | null;
}

/** Every folder of `dir` with a source.html and an expected.json (others are still being written). */
export function readSavedPages(dir = PAGES_DIR): SavedPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, 'source.html')) && existsSync(join(dir, slug, 'expected.json')))
    .sort()
    .map((slug) => {
      const folder = join(dir, slug);
      const html = readFileSync(join(folder, 'source.html'), 'utf8');
      const textFile = join(folder, 'expected.txt');
      return {
        slug,
        url: pageComment(html, `${slug}/source.html`).url,
        html,
        expected: JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Expected,
        text: existsSync(textFile) ? readFileSync(textFile, 'utf8') : null,
      };
    });
}
