/**
 * What a rendered article (popup, real popup or reader) must show for a fixture: title, deck,
 * `byline · date`, outline entries and every block of expected.txt in order, and none of its site's clutter.
 * The DOM is read by one expression (articleViewExpression), so a tab of either browser and a raw
 * CDP target are checked the same way.
 */
import { expect } from 'vitest';
import { clutterFor } from '../clutter-strings';
import { expectedHeader, type ArticleFixture } from './fixtures';

/** Whitespace-collapsed text, for comparing rendered text with expected.txt blocks. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface ArticleView {
  state: string | null;
  title: string | null;
  deck: string[];
  byline: string | null;
  outline: string[];
  /** The body's rendered text (innerText). */
  body: string;
  /** The article's rendered lines (title, deck, meta, body), trimmed, without empty lines. */
  lines: string[];
}

/**
 * Reads the article view under `root` (a CSS selector evaluated in `document`, or a shadow root
 * expression). Uses the data-testid hooks: article-title, article-deck, article-body, outline.
 */
export function articleViewExpression(root = 'document'): string {
  return `(() => {
    const root = ${root};
    if (!root) return null;
    const q = (selector) => root.querySelector(selector);
    const all = (selector) => Array.from(root.querySelectorAll(selector));
    const text = (el) => (el ? el.innerText : '');
    const state = q('[data-state]');
    return {
      state: state ? state.getAttribute('data-state') : null,
      title: q('[data-testid="article-title"]')?.textContent ?? null,
      deck: all('[data-testid="article-deck"] p').map((p) => p.textContent),
      byline: q('.dc-meta__byline')?.textContent ?? null,
      outline: all('[data-testid="outline"] .dc-outline__item').map((item) => item.textContent),
      body: text(q('[data-testid="article-body"]')),
      lines: text(q('.dc-article')).split('\\n').map((line) => line.trim()).filter(Boolean),
    };
  })()`;
}

/** Expected.txt blocks in reading order; a list block gives one needle per item. */
function needles(fixture: ArticleFixture): string[] {
  return expectedHeader(fixture).blocks.flatMap((block) =>
    block.split('\n').every((line) => line.startsWith('- ')) ? block.split('\n').map((line) => line.slice(2)) : [block],
  );
}

export function expectArticle(view: ArticleView | null, fixture: ArticleFixture): void {
  expect(view, `${fixture.slug}: no article view`).not.toBeNull();
  const { byline } = expectedHeader(fixture);
  expect(view!.title, `${fixture.slug}: title`).toBe(fixture.expected.title);
  expect(view!.deck, `${fixture.slug}: deck`).toEqual(fixture.expected.deck);
  expect(view!.byline, `${fixture.slug}: byline line`).toBe(byline);
  expect(view!.outline, `${fixture.slug}: outline`).toEqual(fixture.expected.outline.map((entry) => entry.text));
  // Every block of expected.txt, in order, in the rendered body.
  const body = squash(view!.body);
  let from = 0;
  for (const needle of needles(fixture)) {
    const at = body.indexOf(squash(needle), from);
    expect(at, `${fixture.slug}: body lacks (or misorders) "${squash(needle).slice(0, 60)}…"`).toBeGreaterThanOrEqual(0);
    from = at + squash(needle).length;
  }
  expectNoClutter(view!.lines, fixture.slug, fixture.expected.site, fixture.expected.lang);
}

/** No clutter line of the page's site (sedaily when not given: most e2e pages are sedaily's). */
export function expectNoClutter(lines: readonly string[], what: string, site: string | null = 'sedaily', lang = 'ko'): void {
  const { strings, patterns } = clutterFor(site, lang);
  const clutter = new Set(strings);
  expect(
    lines.filter((line) => clutter.has(line)),
    `${what}: clutter lines`,
  ).toEqual([]);
  const text = lines.join('\n');
  expect(patterns.filter((pattern) => pattern.test(text)).map(String), `${what}: clutter patterns`).toEqual([]);
}
