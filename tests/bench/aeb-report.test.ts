// @vitest-environment node
/** Which pages bench:aeb lists as the worst, and in what order. */
import { describe, expect, it } from 'vitest';
import { scorePage } from '../../scripts/bench/aeb-metric';
import { SYSTEMS, type PageRecord } from '../../scripts/bench/aeb-page';
import { worstPages } from '../../scripts/bench/aeb-report';
import { scoreWords } from '../../scripts/bench/word-f1';

const TRUTH = 'one two three four five six seven eight';

function page(id: string, predicted: string, status: 'ok' | 'not-article' = 'ok'): PageRecord {
  const all = <T>(value: T) =>
    Object.fromEntries(SYSTEMS.map((system) => [system, value])) as Record<(typeof SYSTEMS)[number], T>;
  return {
    id,
    url: `https://example.com/${id}`,
    status,
    ruleMatched: false,
    inexactBody: false,
    removed: 0,
    ms: { pipeline: 1, readability: 1 },
    texts: all(predicted),
    shingle: all(scorePage(TRUTH, predicted)),
    word: all(scoreWords(TRUTH, predicted)),
  };
}

describe('worstPages', () => {
  const pages = [
    page('perfect', TRUTH),
    page('extra', `${TRUTH} menu home share this`), // precision 5/9 (9 shingles, 5 of them the truth's), recall 1
    page('half', 'one two three four five'), // precision 1, recall ⅖
    page('none', '', 'not-article'),
  ];

  it('ranks articles by the pipeline shingle F1, lowest first, and leaves not-article pages out', () => {
    expect(worstPages(pages, 10, 'shingle').map((p) => p.id)).toEqual(['half', 'extra', 'perfect']);
    expect(worstPages(pages, 1, 'shingle').map((p) => p.id)).toEqual(['half']);
  });

  it('ranks by precision on request: where the extra text is', () => {
    expect(worstPages(pages, 2, 'precision').map((p) => p.id)).toEqual(['extra', 'half']);
  });

  it('ranks by the word F1 on request', () => {
    // extra: P 8/12, R 1 → 0.8; half: P 1, R 5/8 → 0.77
    expect(worstPages(pages, 3, 'word').map((p) => p.id)).toEqual(['half', 'extra', 'perfect']);
  });
});
