// @vitest-environment jsdom
/**
 * Giant and adversarial documents (issue: property and fuzz tests): 5,000-deep nesting, 1 MB
 * text nodes, 10,000-element pages, and 100,000-character runs of regex-hostile text placed where
 * each pattern of the pipeline reads. These run in a worker thread so a runaway extraction is
 * killed shortly after its bound and reported, instead of hanging CI (extractArticle is synchronous).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { BOUND_MS, fcParams, report, RUNS, SCALE, TOTAL_GENERATED } from './budget';
import { adversarialArb, adversarialPage, GIANTS } from './giants';
import { assertClean, collectedReport } from './run-extract';
import { extractInWorker, stopWorker } from './run-in-worker';

afterAll(async () => {
  await stopWorker();
  console.log(report(), `\n${collectedReport()}`);
});

describe('budget', () => {
  it('generates at least 10,000 documents per run', () => {
    // FUZZ_SCALE < 1 (quick local runs) is allowed to go below; CI runs at scale 1.
    if (SCALE < 1) return;
    expect(TOTAL_GENERATED + GIANTS.length).toBeGreaterThanOrEqual(10_000);
  });
});

describe('giant documents', () => {
  // The parse of a 5,000-deep page alone takes seconds in jsdom; the worker kills shortly after the bound.
  it.each(GIANTS.map((g) => [g.name, g] as const))(
    '%s: extracts within its bound and keeps every invariant',
    async (_name, giant) => {
      const outcome = await extractInWorker(
        // force: the giants are checked for time and invariants, not for "is this an article".
        { html: giant.html(), type: 'text/html', url: 'https://news.example.co.kr/article/1', force: true },
        `giant: ${giant.name}`,
        giant.boundMs,
      );
      expect(outcome.problems).toEqual([]);
    },
    120_000,
  );
});

describe('adversarial text', () => {
  it(`${RUNS.adversarialText} pages with 100,000-character runs finish within ${BOUND_MS.adversarial} ms`, async () => {
    await fc.assert(
      fc.asyncProperty(adversarialArb, async (adversarial) => {
        const outcome = await extractInWorker(
          { html: adversarialPage(adversarial), type: 'text/html', url: adversarial.url, force: false },
          'adversarial',
          BOUND_MS.adversarial,
        );
        assertClean(outcome, JSON.stringify(adversarial));
      }),
      // No shrinking: inputs are already a few named choices, and each failing try costs seconds.
      { ...fcParams(RUNS.adversarialText), endOnFailure: true },
    );
  }, 600_000);
});
