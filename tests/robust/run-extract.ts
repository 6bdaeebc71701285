/**
 * One checked extraction, in process: the caller's document goes through extractArticle with the
 * jsdom test window (a DOMParser document has no defaultView, so DOMPurify needs the window passed
 * in), and every property of the issue is checked on the way: no throw, a valid result, a time
 * bound, the result invariants, and an unchanged input document.
 */
import { env } from 'node:process';
import type { ExtractResult } from '../../utils/article';
import { extractArticle } from '../../utils/extract/extract-article';
import { record } from './budget';
import { resultViolations } from './invariants';

export type DocType = DOMParserSupportedType;

export function parseDocument(html: string, type: DocType = 'text/html'): Document {
  return new DOMParser().parseFromString(html, type);
}

/** The whole document as text: outerHTML for HTML (cheap, what fixtures.test.ts compares), XML otherwise. */
export function snapshot(doc: Document): string {
  const root = doc.documentElement;
  if (!root) return `no root; ${doc.childNodes.length} nodes`;
  if (doc.contentType === 'text/html') {
    return `${doc.doctype?.name ?? ''}|${doc.childNodes.length}|${root.outerHTML}`;
  }
  try {
    return new XMLSerializer().serializeToString(doc);
  } catch (error) {
    return `unserialisable: ${String(error)}|${root.outerHTML}`;
  }
}

export interface Checked {
  result: ExtractResult | null;
  ms: number;
  problems: string[];
}

/** Extracts `doc` and returns every broken promise; the caller fails the property on any. */
export function checkExtraction(doc: Document, url: string, force: boolean, category: string, boundMs: number): Checked {
  const before = snapshot(doc);
  const start = performance.now();
  let result: ExtractResult;
  try {
    result = extractArticle(doc, url, { force, window });
  } catch (error) {
    return { result: null, ms: performance.now() - start, problems: [`threw: ${String(error)}`] };
  }
  const ms = performance.now() - start;
  record(category, ms, result?.status === 'ok');
  const problems = result ? resultViolations(result) : ['returned nothing'];
  if (ms > boundMs) problems.push(`took ${ms.toFixed(0)} ms (bound ${boundMs} ms)`);
  if (snapshot(doc) !== before) problems.push('the input document changed');
  return { result, ms, problems };
}

let runsSinceBreath = 0;

/**
 * Yields to the event loop every 50 documents. jsdom keeps WeakRefs to its nodes, and V8 keeps
 * every WeakRef target alive until the current synchronous job ends: a synchronous fc.assert over
 * thousands of documents therefore retains every document it parsed (~300 KB each) and ran out of
 * a 4 GB heap at FUZZ_SCALE=2. Awaiting a macrotask ends the job and lets them be collected.
 */
export async function breathe(): Promise<void> {
  runsSinceBreath += 1;
  if (runsSinceBreath % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Exploration mode (`FUZZ_COLLECT=1`): failures are gathered by kind, with every input that hit them,
 * instead of stopping the property at the first one, so one run surveys every kind of failure.
 */
const COLLECT = env.FUZZ_COLLECT === '1';
const collected = new Map<string, string[]>();

/** A problem's kind: its text with numbers and quoted values blanked. */
const kindOf = (problem: string) =>
  problem
    .replace(/(?<![+\w])\d+(?!\w)/g, 'N')
    .replace(/"[^"]*"/g, '"…"')
    .slice(0, 120);

/** Throws (fails the fast-check run, which then shrinks the input) when anything was broken. */
export function assertClean(checked: Checked, input = ''): void {
  if (!checked.problems.length) return;
  if (!COLLECT) throw new Error(checked.problems.join('\n'));
  for (const problem of new Set(checked.problems.map(kindOf))) {
    const examples = collected.get(problem) ?? [];
    examples.push(input);
    collected.set(problem, examples);
  }
}

/** The collected failure kinds with their three shortest inputs, for afterAll in exploration mode. */
export function collectedReport(): string {
  return [...collected]
    .map(([kind, examples]) => {
      const shortest = [...examples].sort((a, b) => a.length - b.length).slice(0, 3);
      return `${examples.length}× ${kind}\n${shortest.map((e) => `    e.g. ${e}`).join('\n')}`;
    })
    .join('\n');
}
