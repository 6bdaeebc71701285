/** The saved sedaily pages of tests/pages/ (expected.json says `"site": "sedaily"`), for the benchmarks. */
import { PAGES_DIR, readSavedPages } from '../saved-pages';

export interface PageFixture {
  slug: string;
  url: string;
  html: string;
  site: string | null;
  status: 'ok' | 'not-article';
}

export function loadSedailyFixtures(dir = PAGES_DIR): PageFixture[] {
  return readSavedPages(dir)
    .map(({ slug, url, html, expected }) => {
      const meta = expected as { site?: string | null; status?: string };
      return { slug, url, html, site: meta.site ?? null, status: meta.status === 'not-article' ? ('not-article' as const) : ('ok' as const) };
    })
    .filter((fixture) => fixture.site === 'sedaily');
}
