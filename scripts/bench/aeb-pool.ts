/**
 * Runs benchmark pages on worker threads, one page per worker at a time, and returns the records
 * in task order. Two reasons for threads: the machine's cores (913 pages in one command), and
 * memory: jsdom keeps memory across many pages even after `window.close()` (docs/toolchain.md), so a
 * worker is replaced after `recycleAfter` pages and its whole heap goes with it.
 */
import { Worker } from 'node:worker_threads';
import type { PageRecord } from './aeb-page';
import type { DomName } from './dom';

export interface PageTask {
  index: number;
  /** The page's `html/<id>.html.gz`. */
  file: string;
  id: string;
  url: string;
  truth: string;
}

export type WorkerReply = { index: number; record: PageRecord } | { index: number; error: string };

export interface PoolOptions {
  jobs: number;
  dom: DomName;
  /** Pages per worker before it is replaced (Infinity: never). */
  recycleAfter: number;
  onRecord?: (record: PageRecord, done: number) => void;
}

const WORKER = new URL('./aeb-worker.ts', import.meta.url);

export function runPool(tasks: readonly PageTask[], { jobs, dom, recycleAfter, onRecord }: PoolOptions): Promise<PageRecord[]> {
  const records = new Array<PageRecord>(tasks.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    if (!tasks.length) return resolve([]);
    let failed = false;
    const live = new Set<Worker>();
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      for (const worker of live) void worker.terminate();
      reject(error);
    };
    const start = () => {
      // Workers inherit the parent's execArgv, tsx's loader with it, so the .ts file runs as is.
      const worker = new Worker(WORKER, { workerData: { dom } });
      live.add(worker);
      let served = 0;
      const feed = () => {
        if (failed) return;
        if (next >= tasks.length || served >= recycleAfter) {
          live.delete(worker);
          void worker.terminate();
          if (next < tasks.length) start();
          return;
        }
        served += 1;
        worker.postMessage(tasks[next++]);
      };
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) return fail(new Error(reply.error));
        records[reply.index] = reply.record;
        done += 1;
        onRecord?.(reply.record, done);
        if (done === tasks.length) {
          for (const other of live) void other.terminate();
          return resolve(records);
        }
        feed();
      });
      worker.on('error', fail);
      // A worker that dies on its own (out of memory) while pages are left fails the run.
      worker.on('exit', (code) => {
        if (live.has(worker) && done < tasks.length) fail(new Error(`a bench:aeb worker exited (code ${code}) with pages left`));
      });
      feed();
    };
    for (let count = 0; count < Math.min(jobs, tasks.length); count += 1) start();
  });
}
