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
    .map(({ slug, url, html, expected }) => ({ slug, url, html, site: expected.site, status: expected.status }))
    .filter((fixture) => fixture.site === 'sedaily');
}
