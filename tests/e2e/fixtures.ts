/**
 * The saved pages of tests/pages as the e2e suite uses them: every fixture, one by slug, the
 * richest sedaily article, and the header lines of an expected.txt.
 */
import { readSavedPages, type SavedPage } from '../../scripts/saved-pages';
import type { Expected, ExpectedArticle } from '../fixtures/expected';

/** The richest sedaily fixture (deck, derived outline, three photos); others are fallbacks. */
const PREFERRED = 'sedaily-desktop-2025-alibaba';

// ------------------------------------------------------------------------------------------------
// Fixtures

/** A saved page of tests/pages; `E` narrows expected.json to an article where a test needs one. */
export interface Fixture<E extends Expected = Expected> extends SavedPage {
  expected: E;
}

export type ArticleFixture = Fixture<ExpectedArticle>;

export const isArticle = (fixture: Fixture): fixture is ArticleFixture => fixture.expected.status === 'ok';

let fixtureCache: Fixture[] | null = null;

/** Every folder of tests/pages with a source.html and an expected.json. */
export function loadFixtures(): Fixture[] {
  fixtureCache ??= readSavedPages();
  return fixtureCache;
}

export function getFixture(slug: string): Fixture {
  const fixture = loadFixtures().find((candidate) => candidate.slug === slug);
  if (!fixture) throw new Error(`No fixture tests/pages/${slug}.`);
  return fixture;
}

/** A fixture whose expected.json is an article (its title, deck and outline are what tests check). */
export function getArticle(slug: string): ArticleFixture {
  const fixture = getFixture(slug);
  if (!isArticle(fixture)) throw new Error(`tests/pages/${slug} is not an article.`);
  return fixture;
}

/** A sedaily article fixture with a deck and an outline, so every popup part is exercised. */
export function pickFixture(): ArticleFixture {
  const candidates = loadFixtures()
    .filter(isArticle)
    .filter(
      (fixture) => fixture.expected.site === 'sedaily' && fixture.expected.deck.length > 0 && fixture.expected.outline.length > 0,
    );
  const fixture = candidates.find((candidate) => candidate.slug === PREFERRED) ?? candidates[0];
  if (!fixture) throw new Error('No sedaily article fixture with a deck and an outline under tests/pages/.');
  return fixture;
}

/** The header lines of expected.txt: title, deck lines, then `byline · date` when there is one. */
export function expectedHeader(fixture: ArticleFixture): { byline: string | null; blocks: string[] } {
  if (fixture.text === null) throw new Error(`${fixture.slug} is not an article.`);
  const [head = '', ...rest] = fixture.text.split('\n\n');
  const lines = head.split('\n');
  const byline = lines.length > 1 + fixture.expected.deck.length ? lines[lines.length - 1]! : null;
  return { byline, blocks: rest.join('\n\n').split('\n\n') };
}
