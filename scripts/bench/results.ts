/** The shape of bench-results.json and the targets the issue sets. */
import type { CheckResult } from './page/harness';
import type { FileSize } from './bundle-size';
import type { PopupLatency, ReaderMemory } from './extension';
import type { Tool } from './tools';

export const TARGETS = {
  'speed.pipelineOverReadability': { max: 0.8, text: 'pipeline ≤ 0.8× plain Readability time on sedaily pages (Chromium)' },
  'scale.slope64': { max: 1.2, text: 'linear scaling: time(64×) / time(1×) / 64 ≤ 1.2' },
  'bundle.contentScriptGzip': {
    max: 30 * 1024,
    text: 'content script ≤ 30 KB gzip (the manifest content script, on every page load)',
  },
  'bundle.pageInjectedGzip': {
    max: 30 * 1024,
    text: 'the same budget for all code injected into the page once the user reads (content script + on-demand reader app)',
  },
  'bundle.popupGzip': { max: 25 * 1024, text: 'popup JS + CSS ≤ 25 KB gzip' },
  'popup.cachedMs': { max: 100, text: 'popup article painted within 100 ms with a cached extraction' },
  'popup.cachedOverFirstFrame': {
    max: 1.25,
    text: "cached article painted ≤ 1.25× the popup's own first frame (same runs; a ratio, as machines differ by 2×)",
  },
  'popup.cachedTrend': { max: 1.1, text: 'no slower with use: last third ÷ first third of the cached runs (1 is flat)' },
  'reader.heapGrowthBytes': { max: null, text: 'no heap growth from 50 reader open/close cycles beyond noise' },
} as const;

export interface EnvSpeed {
  pipelineOverReadability: number;
  pipelineOverDefuddle: number;
  pipelineMs: number;
  readabilityMs: number;
  defuddleMs: number;
  pages: number;
}

export interface PageSpeed {
  slug: string;
  status: 'ok' | 'not-article';
  /** sedaily (reconstructed), naver (real, rule), generic-real, generic-built. */
  group: string;
  /** Median ms per tool. */
  node: Record<Tool, number> | null;
  chromium: Record<Tool, number> | null;
  nodeRatios?: { readability: number; defuddle: number };
  chromiumRatios?: { readability: number; defuddle: number };
  check?: CheckResult;
}

export interface ScaleRow {
  factor: number;
  bytes: number;
  bodyNodes: number;
  clutterBlocks: number;
  textLength: number;
  chromium: { pipeline: number; readability: number };
  node: { pipeline: number; readability: number } | null;
}

export interface BenchResults {
  date: string;
  machine: Record<string, string | number>;
  chromium: string | null;
  runs: number;
  warmup: number;
  fixtures: string[];
  speed: {
    /** Median over the sedaily article pages of pipeline ms / Readability ms, in Chromium. */
    pipelineOverReadability: number | null;
    pipelineOverDefuddle: number | null;
    chromium: EnvSpeed | null;
    node: EnvSpeed | null;
    /** The same medians per page group: rule pages and generic pages apart. */
    groups: Record<string, { chromium: EnvSpeed | null; node: EnvSpeed | null }>;
    pages: PageSpeed[];
  };
  scale: {
    /** Chromium: time(64×) / time(1×) / 64. */
    slope64: number | null;
    fixture: string;
    nodeSlope64: number | null;
    readabilitySlope64: number | null;
    rows: ScaleRow[];
  };
  bundle: {
    contentScriptGzip: number | null;
    popupGzip: number | null;
    contentScriptRaw: number | null;
    popupRaw: number | null;
    /** Scripts injected into the page on first use (scripting.executeScript), not on every page load. */
    onDemandGzip?: number;
    onDemandRaw?: number;
    /** Everything that ends up in the page once the user reads: content script + on-demand scripts. */
    pageInjectedGzip?: number;
    contentScriptFiles?: string[];
    onDemandFiles?: string[];
    popupFiles?: string[];
    total?: { raw: number; gzip: number };
    files: FileSize[];
  };
  popup: { cachedMs: number | null; coldMs: number | null; floorMs: number | null; detail: PopupLatency | null };
  reader: { heapGrowthBytes: number | null; detail: ReaderMemory | null };
  targets: typeof TARGETS;
  notes: string[];
  /** Wall time per part of the run. */
  partSeconds: Record<string, number>;
  seconds?: number | null;
  loadAverageAtEnd?: number;
}
