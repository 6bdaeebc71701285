/**
 * The saved sedaily pages of tests/pages/<slug>/ (source.html whose first line is
 * `<!-- {"url": "…"} -->`, expected.json with `"site": "sedaily"`), read from disk for Node tools.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PageFixture {
  slug: string;
  url: string;
  html: string;
  site: string | null;
  status: 'ok' | 'not-article';
}

export const PAGES_DIR = 'tests/pages';
const URL_LINE = /^<!--\s*(\{.*?\})\s*-->/;

export function loadPageFixtures(dir = PAGES_DIR): PageFixture[] {
  if (!existsSync(dir)) return [];
  const fixtures: PageFixture[] = [];
  for (const slug of readdirSync(dir).sort()) {
    const source = join(dir, slug, 'source.html');
    const expected = join(dir, slug, 'expected.json');
    if (!existsSync(source) || !existsSync(expected)) continue; // a folder still being written
    const html = readFileSync(source, 'utf8');
    const header = URL_LINE.exec(html);
    if (!header) continue;
    let meta: { site?: string | null; status?: string };
    try {
      meta = JSON.parse(readFileSync(expected, 'utf8'));
    } catch {
      continue;
    }
    const { url } = JSON.parse(header[1]!) as { url: string };
    fixtures.push({
      slug,
      url,
      html,
      site: meta.site ?? null,
      status: meta.status === 'not-article' ? 'not-article' : 'ok',
    });
  }
  return fixtures;
}

export function loadSedailyFixtures(dir = PAGES_DIR): PageFixture[] {
  return loadPageFixtures(dir).filter((fixture) => fixture.site === 'sedaily');
}
