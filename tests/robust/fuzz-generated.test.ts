// @vitest-environment jsdom
/**
 * Generated documents (issue: property and fuzz tests): random tag soup with hostile attributes,
 * article-like pages with XSS payloads between real paragraphs, XHTML/SVG/XML documents, and pages
 * that are barely pages. jsdom for the same reason as fuzz-fixtures.test.ts: the sanitiser only
 * really runs there. Small documents, so this file can afford thousands of them.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { BOUND_MS, fcParams, report, RUNS, tally } from './budget';
import { articleDocArb, oddHtmlArb, soupDocArb, xmlDocArb, type GeneratedDoc } from './generate';
import { assertClean, breathe, checkExtraction, collectedReport, parseDocument } from './run-extract';

const check = (doc: Document, g: GeneratedDoc, category: string) =>
  assertClean(checkExtraction(doc, g.url, g.force, category, BOUND_MS.normal), JSON.stringify(g));

afterAll(() => {
  console.log(report(), `\n${collectedReport()}`);
});

describe('generated documents', () => {
  it(`${RUNS.generatedHtml} random tag trees keep every invariant`, async () => {
    await fc.assert(
      fc.asyncProperty(soupDocArb, async (g) => {
        await breathe();
        check(parseDocument(g.html, g.type), g, 'tag-soup');
      }),
      fcParams(RUNS.generatedHtml),
    );
    // `force` lets short soup through to `ok`; without a good share of those, html was never checked.
    expect(tally('tag-soup').ok).toBeGreaterThan(RUNS.generatedHtml * 0.1);
  }, 600_000);

  it(`${RUNS.articleLike} article-like pages with payloads keep every invariant`, async () => {
    await fc.assert(
      fc.asyncProperty(articleDocArb, async (g) => {
        await breathe();
        check(parseDocument(g.html, g.type), g, 'article-like');
      }),
      fcParams(RUNS.articleLike),
    );
    expect(tally('article-like').ok).toBeGreaterThan(RUNS.articleLike * 0.4);
  }, 600_000);

  it(`${RUNS.oddDocuments} XML, SVG, empty, frameset and bodiless documents keep every invariant`, async () => {
    const half = Math.ceil(RUNS.oddDocuments / 2);
    await fc.assert(
      fc.asyncProperty(xmlDocArb, async (g) => {
        await breathe();
        check(parseDocument(g.html, g.type), g, 'xml-svg');
      }),
      fcParams(half),
    );
    await fc.assert(
      fc.asyncProperty(oddHtmlArb, async ({ doc: g, strip }) => {
        await breathe();
        const doc = parseDocument(g.html, g.type);
        if (strip === 'body') doc.body?.remove();
        else if (strip === 'head') doc.head?.remove();
        else if (strip === 'root') doc.documentElement?.remove();
        check(doc, g, 'odd-html');
      }),
      fcParams(RUNS.oddDocuments - half),
    );
  }, 600_000);
});
