/**
 * Checked extraction in a worker thread (extract-worker.mjs), for inputs that might not finish:
 * extractArticle is synchronous, so only terminating the thread can stop a runaway regex or walk.
 * The worker parses, extracts and compares its input before/after; this side checks the result
 * invariants with the test's jsdom (the same checks as run-extract.ts).
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExtractResult } from '../../utils/article';
import { record } from './budget';
import { resultViolations } from './invariants';

export interface WorkerJob {
  html: string;
  type: DOMParserSupportedType;
  url: string;
  force: boolean;
}

export interface WorkerOutcome {
  result: ExtractResult | null;
  ms: number;
  parseMs: number;
  problems: string[];
}

/** jsdom parses a 5,000-deep page in ~3 s on this machine; a minute means something else is wrong. */
const PARSE_LIMIT_MS = 60_000;
/**
 * The thread's stack, in MB. JavaScript on a main thread (a content script, the CLI) runs with
 * V8's ~1 MB default; a worker's default of 4 MB would hide recursion limits the pipeline hits there.
 */
const STACK_MB = 1;

let worker: Worker | null = null;

function spawn(): Promise<Worker> {
  const created = new Worker(join(import.meta.dirname, 'extract-worker.mjs'), { resourceLimits: { stackSizeMb: STACK_MB } });
  return new Promise((resolve, reject) => {
    created.once('message', () => resolve(created)); // { phase: 'ready' }
    created.once('error', reject);
  });
}

export async function stopWorker(): Promise<void> {
  const running = worker;
  worker = null;
  await running?.terminate();
}

/** Past the bound, how long to keep waiting before the kill: enough to tell "a bit slow" from "hung". */
const grace = (boundMs: number) => Math.min(boundMs, 5_000);

/** Parses and extracts `job` in the worker; kills it once extraction runs past its bound plus grace. */
export async function extractInWorker(job: WorkerJob, category: string, boundMs: number): Promise<WorkerOutcome> {
  const current = worker ?? (worker = await spawn());
  return new Promise((resolve) => {
    let parseMs = 0;
    let timer: ReturnType<typeof setTimeout>;
    const finish = (outcome: WorkerOutcome) => {
      clearTimeout(timer);
      current.off('message', onMessage);
      current.off('error', onError);
      resolve(outcome);
    };
    const kill = (why: string) => {
      if (worker === current) worker = null;
      void current.terminate();
      record(category, null, false);
      finish({ result: null, ms: Number.POSITIVE_INFINITY, parseMs, problems: [why] });
    };
    const onError = (error: Error) => {
      if (worker === current) worker = null;
      finish({ result: null, ms: 0, parseMs, problems: [`worker crashed: ${String(error)}`] });
    };
    const onMessage = (message: {
      phase: string;
      parseMs?: number;
      result?: ExtractResult | null;
      threw?: string | null;
      ms?: number;
      unchanged?: boolean | string;
    }) => {
      if (message.phase === 'parsed') {
        parseMs = message.parseMs ?? 0;
        clearTimeout(timer);
        const limit = boundMs + grace(boundMs);
        timer = setTimeout(() => kill(`still running after ${limit} ms (bound ${boundMs} ms): killed`), limit);
        return;
      }
      if (message.phase !== 'done') return;
      const ms = message.ms ?? 0;
      const result = message.result ?? null;
      record(category, ms, result?.status === 'ok');
      const problems = message.threw ? [`threw: ${message.threw}`] : result ? resultViolations(result) : ['returned nothing'];
      if (ms > boundMs) problems.push(`took ${ms.toFixed(0)} ms (bound ${boundMs} ms)`);
      if (message.unchanged !== true) problems.push(`the input document changed (${String(message.unchanged)})`);
      finish({ result, ms, parseMs, problems });
    };
    timer = setTimeout(() => kill(`not parsed within ${PARSE_LIMIT_MS} ms: killed`), PARSE_LIMIT_MS);
    current.on('message', onMessage);
    current.on('error', onError);
    current.postMessage(job);
  });
}
