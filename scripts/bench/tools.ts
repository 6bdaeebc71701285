/** The three extractors compared in the speed benchmarks, and how their runs are interleaved. */

export type Tool = 'pipeline' | 'readability' | 'defuddle';
export const TOOLS: readonly Tool[] = ['pipeline', 'readability', 'defuddle'];

/** Milliseconds per tool for one page: every measured run, in order. */
export type ToolTimes = Record<Tool, number[]>;

export const emptyTimes = (): ToolTimes => ({ pipeline: [], readability: [], defuddle: [] });

/**
 * Runs `measure(tool)` for every tool in `tools`, `warmup` rounds unrecorded then `runs` recorded
 * rounds, rotating the order each round so no tool always runs first (or right after another's
 * garbage). `beforeEach` (a forced GC) runs untimed before every run.
 */
export async function interleave<T extends string>(
  tools: readonly T[],
  runs: number,
  warmup: number,
  measure: (tool: T) => number | Promise<number>,
  beforeEach: () => unknown = () => {},
): Promise<Record<T, number[]>> {
  const times = Object.fromEntries(tools.map((tool) => [tool, [] as number[]])) as Record<T, number[]>;
  for (let round = 0; round < warmup + runs; round += 1) {
    for (let index = 0; index < tools.length; index += 1) {
      const tool = tools[(round + index) % tools.length]!;
      await beforeEach();
      const ms = await measure(tool);
      if (round >= warmup) times[tool].push(ms);
    }
  }
  return times;
}
