/**
 * Worker thread for the giant and adversarial documents (run-in-worker.ts). Plain JS because
 * vitest's transform does not reach worker threads; tsx loads the TypeScript pipeline. Running
 * here lets the test kill an extraction that blows its time bound (a catastrophic regex would
 * otherwise hang the whole CI job: extractArticle is synchronous and uninterruptible).
 */
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';
import { JSDOM, VirtualConsole } from 'jsdom';

const { extractArticle } = await tsImport('../../utils/extract/extract-article.ts', import.meta.url);
const { window } = new JSDOM('', { virtualConsole: new VirtualConsole() });

const snapshot = (doc) => `${doc.doctype?.name ?? ''}|${doc.childNodes.length}|${doc.documentElement?.outerHTML ?? ''}`;

parentPort.on('message', (job) => {
  const parseStart = performance.now();
  const doc = new window.DOMParser().parseFromString(job.html, job.type);
  parentPort.postMessage({ phase: 'parsed', parseMs: performance.now() - parseStart });
  const before = snapshot(doc);
  const start = performance.now();
  let result = null;
  let threw = null;
  try {
    result = extractArticle(doc, job.url, { force: job.force, window });
  } catch (error) {
    threw = String(error);
  }
  const ms = performance.now() - start;
  let unchanged;
  try {
    unchanged = snapshot(doc) === before;
  } catch (error) {
    unchanged = `snapshot failed: ${String(error)}`;
  }
  parentPort.postMessage({ phase: 'done', result, threw, ms, unchanged });
});
parentPort.postMessage({ phase: 'ready' });
