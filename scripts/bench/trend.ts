/**
 * Does a series of timings drift over the runs? The median of the first third of the runs against
 * the median of the last third: a cache or listener list that grows with every run shows as a last
 * third above the first, while the overall median hides it.
 */
import { median } from './stats';

export interface Trend {
  median: number;
  /** Median of the first ⌊n/3⌋ runs. */
  first: number;
  /** Median of the last ⌊n/3⌋ runs. */
  last: number;
  /** last ÷ first: 1 is flat. */
  change: number;
}

export function trendOf(samples: readonly number[]): Trend {
  const third = Math.floor(samples.length / 3);
  const first = third ? median(samples.slice(0, third)) : Number.NaN;
  const last = third ? median(samples.slice(samples.length - third)) : Number.NaN;
  return { median: median(samples), first, last, change: first > 0 ? last / first : Number.NaN };
}
