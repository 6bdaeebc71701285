/**
 * One place for the fuzz budget: the seed, how many documents each property generates, the time
 * bounds, and the per-category maxima printed at the end of each file (so a slowdown shows up in
 * the CI log long before it crosses a bound).
 *
 * CI uses FIXED_SEED. For exploration: `FUZZ_SEED=123 FUZZ_SCALE=5 npx vitest run tests/robust`
 * (fast-check prints the seed and the shrunk counterexample path of any failure); add
 * `FUZZ_COLLECT=1` to survey every kind of failure in one run instead of stopping at the first.
 */
import { env } from 'node:process';

export const FIXED_SEED = 20_260_412;
export const SEED = env.FUZZ_SEED ? Number(env.FUZZ_SEED) : FIXED_SEED;
export const SCALE = env.FUZZ_SCALE ? Number(env.FUZZ_SCALE) : 1;

/** Documents per property; the sum is what the "at least 10,000 per run" counts. */
export const RUNS = {
  fixtureMutants: Math.round(1_200 * SCALE),
  generatedHtml: Math.round(5_600 * SCALE),
  articleLike: Math.round(2_200 * SCALE),
  oddDocuments: Math.round(1_000 * SCALE),
  adversarialText: Math.round(40 * SCALE),
} as const;

/** Generated documents per run (the giant cases of fuzz-giants.test.ts come on top). */
export const TOTAL_GENERATED = Object.values(RUNS).reduce((sum, n) => sum + n, 0);

/**
 * Per-call bounds on extractArticle (parsing excluded), measured on a 2-core machine. normal:
 * fixtures take 20–160 ms, but the 160 KB home page forced through as an article takes 0.4–1.6 s
 * and was seen at 3.4 s once under GC and CPU contention, so 5 s. adversarial: 100,000-character
 * pages take well under 0.5 s. giant: 0.1–14 s. All far below what a quadratic or cubic regex costs
 * at these sizes (a 4,000-space run costs TRAILING_SIGN_OFF 12 s; /\s+$/ on 1 MB runs ~13 minutes).
 */
export const BOUND_MS = { normal: 5_000, adversarial: 2_000, giant: 30_000 } as const;

/** fast-check parameters shared by every property. */
export function fcParams(numRuns: number) {
  return { seed: SEED, numRuns, endOnFailure: false } as const;
}

const maxima = new Map<string, { ms: number; count: number; ok: number; killed: number }>();

/** Records one extraction under `category`: its time, or null when the worker killed it at the bound. */
export function record(category: string, ms: number | null, ok: boolean): void {
  const entry = maxima.get(category) ?? { ms: 0, count: 0, ok: 0, killed: 0 };
  if (ms === null) entry.killed += 1;
  else entry.ms = Math.max(entry.ms, ms);
  entry.count += 1;
  if (ok) entry.ok += 1;
  maxima.set(category, entry);
}

/** Documents and `ok` results seen so far under `category` (to prove a property is not vacuous). */
export function tally(category: string): { count: number; ok: number; ms: number; killed: number } {
  return { ...(maxima.get(category) ?? { ms: 0, count: 0, ok: 0, killed: 0 }) };
}

/** The per-category lines printed in afterAll: documents, `ok` results, the slowest finished call, kills. */
export function report(): string {
  const lines = [...maxima].map(
    ([category, e]) =>
      `  ${category.padEnd(44)} ${String(e.count).padStart(6)} docs ${String(e.ok).padStart(6)} ok  max ${e.ms.toFixed(0).padStart(5)} ms` +
      (e.killed ? `  ${e.killed} killed at the bound` : ''),
  );
  return [`fuzz seed ${SEED}`, ...lines].join('\n');
}
