/**
 * The saved pages of tests/pages/ for the benchmarks, each in a group so the report can say how
 * rule pages and generic pages compare to Readability apart: sedaily's reconstructed pages, Naver's
 * real pages (a rule, pruned to its container), real pages of other outlets in generic mode (their
 * folder has a SOURCE.md), and the reconstructed generic pages.
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

/** A page someone saved from the live web: its SOURCE.md gives provenance and does not say it was built here. */
function isRealPage(folder: string): boolean {
  const source = join(folder, 'SOURCE.md');
  return existsSync(source) && !/hand[- ]built/i.test(readFileSync(source, 'utf8'));
}

export function loadBenchFixtures(dir = PAGES_DIR): PageFixture[] {
  return readSavedPages(dir).flatMap(({ slug, url, html, expected }) => {
    const group = groupOf(expected.site, isRealPage(join(dir, slug)));
    return group ? [{ slug, url, html, site: expected.site, status: expected.status, group }] : [];
  });
}

/** The hosts the browser must map to the local page server to open these pages at their URLs. */
export function hostsOf(fixtures: readonly { url: string }[]): string[] {
  return [...new Set(fixtures.map((fixture) => new URL(fixture.url).hostname))].sort();
}
