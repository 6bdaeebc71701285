// @vitest-environment node
/** Extra and missing text as readable runs (what the worst-pages list of bench:aeb shows). */
import { describe, expect, it } from 'vitest';
import { shorten, unmatchedRuns } from '../../scripts/bench/text-runs';

describe('unmatchedRuns', () => {
  it('finds an insertion exactly: the words between two matched stretches', () => {
    const truth = 'The minister said on Monday that the plan would go ahead next year.';
    const predicted = 'The minister said on Monday — Photo: Reuters / AFP — that the plan would go ahead next year.';
    // "Monday that" is no longer adjacent, so the shingles spanning the cut are unmatched too, but
    // every word they hold is also in a matched shingle: only the inserted words are extra.
    expect(unmatchedRuns(predicted, truth)).toEqual({
      runs: [{ text: 'Photo: Reuters / AFP', tokens: 3 }],
      tokens: 3,
      runCount: 1,
    });
  });

  it('lists runs longest first, keeps the original punctuation and shows line breaks', () => {
    const truth = 'one two three four five six seven eight nine ten eleven twelve';
    const predicted = 'Menu: Home\nNews one two three four five six seven eight nine ten eleven twelve Share this';
    const result = unmatchedRuns(predicted, truth);
    expect(result.runs).toEqual([
      { text: 'Menu: Home ¶ News', tokens: 3 },
      { text: 'Share this', tokens: 2 },
    ]);
    expect(result.tokens).toBe(5);
    expect(result.runCount).toBe(2);
  });

  it('is the missing text when the arguments are swapped', () => {
    const truth = 'alpha beta gamma delta. A caption line here. epsilon zeta eta theta';
    const predicted = 'alpha beta gamma delta epsilon zeta eta theta';
    expect(unmatchedRuns(truth, predicted).runs).toEqual([{ text: 'A caption line here', tokens: 4 }]);
    expect(unmatchedRuns(predicted, truth).tokens).toBe(0);
  });

  it('consumes shingles as a multiset: the second copy of a paragraph is extra', () => {
    const paragraph = 'a b c d e f';
    const result = unmatchedRuns(`${paragraph}\n${paragraph}`, paragraph);
    expect(result.tokens).toBe(6);
    expect(result.runs[0]).toEqual({ text: paragraph, tokens: 6 });
  });

  it('handles texts of fewer than 4 tokens and empty texts', () => {
    expect(unmatchedRuns('hello world', 'hello world').tokens).toBe(0);
    expect(unmatchedRuns('hello world', 'hello').runs).toEqual([{ text: 'hello world', tokens: 2 }]);
    expect(unmatchedRuns('', 'anything')).toEqual({ runs: [], tokens: 0, runCount: 0 });
    expect(unmatchedRuns('a b c d e', '').runs).toEqual([{ text: 'a b c d e', tokens: 5 }]);
  });

  it('limits the list, not the totals', () => {
    const truth = 'w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16';
    const predicted = 'x w1 w2 w3 w4 y w5 w6 w7 w8 z z w9 w10 w11 w12 q q q w13 w14 w15 w16';
    const result = unmatchedRuns(predicted, truth, { limit: 2 });
    expect(result.runs.map((run) => run.text)).toEqual(['q q q', 'z z']);
    expect(result.runCount).toBe(4);
    expect(result.tokens).toBe(7);
  });
});

describe('shorten', () => {
  it('keeps short text and cuts long text in the middle to the limit', () => {
    expect(shorten('short', 120)).toBe('short');
    const long = `${'start '.repeat(30)}${'end '.repeat(30)}`.trim();
    const cut = shorten(long, 60);
    expect(cut.length).toBeLessThanOrEqual(60);
    expect(cut.startsWith('start start')).toBe(true);
    expect(cut.endsWith('end end')).toBe(true);
    expect(cut).toContain(' … ');
  });
});
