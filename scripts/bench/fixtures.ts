/**
 * The saved pages of tests/pages/ for the benchmarks, each in a group so the report can say how
 * rule pages and generic pages compare to Readability apart: sedaily's reconstructed pages, Naver's
 * real pages (a rule, pruned to its container), real pages of other outlets in generic mode (their
 * SOURCE.md says "A real page", as scripts/import-real-page.ts writes it), and the hand-built
 * generic pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR, readSavedPages } from '../saved-pages';

export type PageGroup = 'sedaily' | 'naver' | 'generic-real' | 'generic-built';
export const PAGE_GROUPS: readonly PageGroup[] = ['sedaily', 'naver', 'generic-real', 'generic-built'];

export interface PageFixture {
  slug: string;
  url: string;
  html: string;
  site: string | null;
  status: 'ok' | 'not-article';
  group: PageGroup;
}

function groupOf(site: string | null, real: boolean): PageGroup | null {
  if (site === 'sedaily') return 'sedaily';
  if (site === 'naver') return 'naver';
  if (site === null) return real ? 'generic-real' : 'generic-built';
  return null;
}

export function loadBenchFixtures(dir = PAGES_DIR): PageFixture[] {
  return readSavedPages(dir).flatMap(({ slug, url, html, expected }) => {
    const source = join(dir, slug, 'SOURCE.md');
    const group = groupOf(expected.site, existsSync(source) && /^A real page/m.test(readFileSync(source, 'utf8')));
    return group ? [{ slug, url, html, site: expected.site, status: expected.status, group }] : [];
  });
}

/** The hosts the browser must map to the local page server to open these pages at their URLs. */
export function hostsOf(fixtures: readonly { url: string }[]): string[] {
  return [...new Set(fixtures.map((fixture) => new URL(fixture.url).hostname))].sort();
}
