/**
 * A worker thread of `npm run bench:aeb` (aeb-pool.ts): reads one page at a time, runs it through
 * every system (aeb-page.ts) and posts the record back. The page's HTML never crosses threads.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { runPage } from './aeb-page';
import type { DomName } from './dom';
import type { PageTask, WorkerReply } from './aeb-pool';

const { dom } = workerData as { dom: DomName };

parentPort!.on('message', (task: PageTask) => {
  let reply: WorkerReply;
  try {
    const html = gunzipSync(readFileSync(task.file)).toString('utf8');
    reply = { index: task.index, record: runPage({ id: task.id, url: task.url, html, truth: task.truth }, dom) };
  } catch (error) {
    reply = { index: task.index, error: `${task.id}: ${(error as Error).stack ?? String(error)}` };
  }
  parentPort!.postMessage(reply);
});
