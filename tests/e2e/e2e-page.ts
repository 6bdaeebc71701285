/**
 * Browser-only pages of tests/e2e/pages (same first-line URL comment as the fixtures), and pages
 * tests build in code (a PDF, a page with its own CSP): what the site server serves besides the
 * fixtures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageComment } from '../../scripts/saved-pages';
import { E2E_PAGES } from './paths';

/** A browser-only page of tests/e2e/pages; `render` fills in generated parts at serve time. */
export interface E2ePage {
  slug: string;
  url: string;
  html: string;
  /** Served without `script-src 'none'` (`"scripts": true` in its first-line comment). */
  scripts?: boolean;
  /** Response headers that replace the defaults (e.g. the page's own Content-Security-Policy). */
  headers?: Record<string, string>;
  /** A non-HTML response (a PDF): these bytes, with `headers` giving its content-type. */
  body?: Buffer;
}

export function loadE2ePage(slug: string, render: (html: string) => string = (html) => html): E2ePage {
  const file = join(E2E_PAGES, `${slug}.html`);
  const source = readFileSync(file, 'utf8');
  const { url, scripts } = pageComment(source, `tests/e2e/pages/${slug}.html`);
  return { slug, url, html: render(source), scripts: scripts === true };
}
