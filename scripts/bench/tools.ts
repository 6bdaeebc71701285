/** The three extractors compared in the speed benchmarks, how each is run, and how their runs are interleaved. */
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import type { ExtractResult } from '../../utils/article';
import { extractArticle } from '../../utils/extract/extract-article';

export type Tool = 'pipeline' | 'readability' | 'defuddle';
export const TOOLS: readonly Tool[] = ['pipeline', 'readability', 'defuddle'];

/** Milliseconds per tool for one page: every measured run, in order. */
export type ToolTimes = Record<Tool, number[]>;

/** One run of `tool` on a parsed page, as each is meant to be called (in Node and in the page). */
export function runTool(tool: 'pipeline', document: Document, window: Window, url: string): ExtractResult;
export function runTool(tool: 'readability', document: Document, window: Window, url: string): ReturnType<Readability['parse']>;
export function runTool(tool: 'defuddle', document: Document, window: Window, url: string): ReturnType<Defuddle['parse']>;
export function runTool(tool: Tool, document: Document, window: Window, url: string): unknown;
export function runTool(tool: Tool, document: Document, window: Window, url: string): unknown {
  switch (tool) {
    case 'pipeline':
      // As the content script calls it; it clones the document itself.
      return extractArticle(document, url, { window });
    case 'readability':
      // Readability mutates its input: a fresh clone, as the pipeline makes one too.
      return new Readability(document.cloneNode(true) as Document).parse();
    case 'defuddle':
      // Defuddle also edits its input (strips scripts, normalises attributes): a fresh clone.
      return new Defuddle(document.cloneNode(true) as Document, { url }).parse();
  }
}

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
