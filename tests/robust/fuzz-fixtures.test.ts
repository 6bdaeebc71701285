// @vitest-environment jsdom
/**
 * Mutated fixture pages (issue: property and fuzz tests). jsdom, not happy-dom: under happy-dom
 * DOMPurify fails closed and `html` would trivially be '', so the sanitiser invariants would prove
 * nothing. Each run takes a real saved page, edits the raw string (truncation, misnested snippets)
 * and/or the parsed DOM (delete, duplicate, move, wrap, invisible characters, wrong lang, XSS,
 * hostile attributes and metadata, no body, frameset), and checks every result invariant.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '../fixtures/load-fixtures';
import { BOUND_MS, fcParams, report, RUNS, tally } from './budget';
import { applyDomOps, applyStringOps, mutationArb } from './mutate';
import { URLS } from './payloads';
import { assertClean, breathe, checkExtraction, collectedReport, parseDocument } from './run-extract';

const fixtures = loadFixtures();
const parsed = new Map<string, Document>();

/** The fixture parsed once; each mutant works on a clone (a re-parse per run would cost 10–100 ms). */
function freshCopy(slug: string, html: string): Document {
  let doc = parsed.get(slug);
  if (!doc) {
    doc = parseDocument(html);
    parsed.set(slug, doc);
  }
  return doc.cloneNode(true) as Document;
}

afterAll(() => {
  console.log(report(), `\n${collectedReport()}`);
});

describe('fixture pages', () => {
  // Every fixture in turn, the large real pages included: a minute, not the 5 s default, under load.
  it('as saved, keep every invariant (the baseline the mutants start from)', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    for (const fixture of fixtures) {
      const checked = checkExtraction(freshCopy(fixture.slug, fixture.html), fixture.url, false, 'fixture', BOUND_MS.normal);
      // Statuses and texts are tests/fixtures.test.ts's business; here only the invariants.
      expect(checked.problems, fixture.slug).toEqual([]);
    }
  }, 60_000);

  it(`mutated ${RUNS.fixtureMutants} times keep every invariant`, async () => {
    const urlArb = fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...URLS) });
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: fixtures.length - 1 }),
        mutationArb,
        urlArb,
        fc.boolean(),
        async (index, mutation, url, force) => {
          await breathe();
          const fixture = fixtures[index]!;
          const doc = mutation.strings.length
            ? parseDocument(applyStringOps(fixture.html, mutation.strings))
            : freshCopy(fixture.slug, fixture.html);
          applyDomOps(doc, mutation.dom);
          const checked = checkExtraction(doc, url ?? fixture.url, force, 'fixture-mutant', BOUND_MS.normal);
          assertClean(checked, JSON.stringify({ slug: fixture.slug, url, force, mutation }));
        },
      ),
      fcParams(RUNS.fixtureMutants),
    );
    // Not vacuous: most mutants must still be articles, or the html invariants were never tested.
    const { count, ok } = tally('fixture-mutant');
    expect(count).toBeGreaterThanOrEqual(RUNS.fixtureMutants);
    expect(ok / count).toBeGreaterThan(0.4);
  }, 600_000);
});
