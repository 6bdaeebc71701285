// @vitest-environment jsdom
// jsdom, not happy-dom: `html` is sanitised by DOMPurify, which only works here (and in Chromium).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../utils/extract/extract-article';
import { SITE_RULES } from '../utils/site-rules';
import { parseHtmlDocument } from '../scripts/parse-html-document';
import { loadFixtures } from './fixtures/load-fixtures';
import { CLUTTER_BY_SITE, clutterFor } from './clutter-strings';

const fixtures = loadFixtures();

function extract(html: string, url: string) {
  const page = parseHtmlDocument(html, url);
  const before = page.document.documentElement.outerHTML;
  const result = extractArticle(page.document, url);
  const after = page.document.documentElement.outerHTML;
  page.close();
  return { result, unchanged: before === after };
}

describe('fixtures', () => {
  it('exist: at least 10 sedaily articles, 3 sedaily non-articles and 3 generic articles', () => {
    const sedailyArticles = fixtures.filter((f) => f.expected.site === 'sedaily' && f.expected.status === 'ok');
    const sedailyOther = fixtures.filter((f) => f.expected.site === 'sedaily' && f.expected.status === 'not-article');
    const generic = fixtures.filter((f) => f.expected.site === null && f.expected.status === 'ok');
    expect(sedailyArticles.length).toBeGreaterThanOrEqual(10);
    expect(sedailyOther.length).toBeGreaterThanOrEqual(3);
    expect(generic.length).toBeGreaterThanOrEqual(3);
  });

  it('come with a clutter list for every rule, checked on its fixtures below', () => {
    for (const rule of SITE_RULES) {
      expect(CLUTTER_BY_SITE[rule.id]?.strings.length ?? 0, `tests/clutter/${rule.id}.ts`).toBeGreaterThan(0);
      expect(
        fixtures.some((f) => f.expected.site === rule.id && f.expected.status === 'ok'),
        `${rule.id}: an article fixture`,
      ).toBe(true);
    }
  });

  it('cover every markup era each rule claims, and claim no era the rule does not list', () => {
    for (const rule of SITE_RULES) {
      const eras = new Set(fixtures.filter((f) => f.expected.site === rule.id && f.expected.era).map((f) => f.expected.era));
      for (const era of rule.eras) expect(eras, `${rule.id} claims era ${era} without a fixture`).toContain(era);
      for (const era of eras) expect(rule.eras, `fixture era ${era} is not listed by ${rule.id}`).toContain(era);
    }
  });
});

describe.each(fixtures.map((f) => [f.slug, f] as const))('%s', (_slug, fixture) => {
  const { result, unchanged } = extract(fixture.html, fixture.url);

  it('leaves the live document unchanged', () => {
    expect(unchanged).toBe(true);
  });

  it(`is ${fixture.expected.status}`, () => {
    expect(result.status, result.status === 'not-article' ? result.reason : '').toBe(fixture.expected.status);
    if (result.status === 'not-article') expect(result.reason.length).toBeGreaterThan(10);
  });

  if (fixture.expected.status !== 'ok') return;
  const expected = fixture.expected;
  const article = result.status === 'ok' ? result.article : null;

  it('reads the metadata', () => {
    // The optional fields are compared when the fixture states them (real-page fixtures do).
    const optional = (['modified', 'siteName', 'sourceUrl'] as const).filter((key) => key in expected);
    expect(article).not.toBeNull();
    expect({
      site: article!.site,
      title: article!.title,
      deck: article!.deck,
      byline: article!.byline,
      published: article!.published,
      leadImage: article!.leadImage,
      lang: article!.lang,
      ...Object.fromEntries(optional.map((key) => [key, article![key]])),
    }).toEqual({
      site: expected.site,
      title: expected.title,
      deck: expected.deck,
      byline: expected.byline,
      published: expected.published,
      leadImage: expected.leadImage,
      lang: expected.lang,
      ...Object.fromEntries(optional.map((key) => [key, expected[key]])),
    });
  });

  it('gives exactly the expected clean text', () => {
    expect(article!.text).toBe(fixture.expectedText);
  });

  it('keeps every photo in the html', () => {
    expect(article!.html.match(/<img\b/g)?.length ?? 0).toBe(expected.images);
  });

  it('builds the expected outline, each item linked to its block', () => {
    const container = new DOMParser().parseFromString(article!.html, 'text/html'); // inert, never shown
    expect(article!.outline.map(({ level, text, derived }) => ({ level, text, derived: derived ?? false }))).toEqual(
      expected.outline.map(({ level, text, derived }) => ({ level, text, derived: derived ?? false })),
    );
    article!.outline.forEach((item, index) => {
      expect(item.id).toMatch(/^dc-s-\d+$/);
      const target = container.querySelector(`[id="${item.id}"]`);
      expect(target, `outline target ${item.id}`).not.toBeNull();
      expect(target!.textContent!.replace(/\s+/g, ' ').trim().startsWith(expected.outline[index]!.target)).toBe(true);
    });
  });

  const clutter = clutterFor(expected.site, expected.lang);
  if (clutter.strings.length || clutter.patterns.length) {
    it(`lets no ${expected.site ?? 'Korean'} clutter through`, () => {
      const lines = [article!.title, ...article!.deck, ...article!.text.split('\n')].map((line) => line.trim());
      const parsed = new DOMParser().parseFromString(article!.html, 'text/html');
      const htmlText = parsed.body.textContent ?? '';
      const htmlBlocks = Array.from(parsed.body.querySelectorAll('p, li, h2, h3, h4, figcaption, div, span, a')).map((element) =>
        (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      );
      for (const string of clutter.strings) {
        expect(lines, `clutter line "${string}"`).not.toContain(string);
        expect(htmlBlocks, `clutter block "${string}" in html`).not.toContain(string);
      }
      for (const pattern of clutter.patterns) {
        expect(article!.text, `clutter pattern ${pattern}`).not.toMatch(pattern);
        expect(htmlText, `clutter pattern ${pattern} in html`).not.toMatch(pattern);
        expect(article!.deck.join('\n') + article!.title).not.toMatch(pattern);
      }
    });
  }
});
