/**
 * The extraction frame: an invisible extension page the content script mounts in a very large
 * page. It parses the page's serialised HTML and runs the same pipeline, in the extension's own
 * process, so the page's main thread stays free (tabs never freeze on a 10 MB article). See
 * utils/reader/frame-protocol.ts for why page scripts cannot talk to it.
 */
import { errorMessage } from '@/utils/error-message';
import { extractArticle } from '@/utils/extract/extract-article';
import type { FrameAnswer, FrameHello, FrameJob, FrameReady } from '@/utils/reader/frame-protocol';

const nonce = location.hash.slice(1);
let taken = false;

function answer(job: FrameJob): FrameAnswer {
  try {
    const doc = new DOMParser().parseFromString(job.html, 'text/html');
    return { ok: true, result: extractArticle(doc, job.url, { force: job.force, window }) };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

window.addEventListener('message', (event: MessageEvent<FrameHello>) => {
  const port = event.ports[0];
  if (taken || !port || event.source !== window.parent) return;
  if (event.data?.type !== 'declutter-extract-port' || !nonce || event.data.nonce !== nonce) return;
  taken = true;
  port.onmessage = (message: MessageEvent<FrameJob>) => port.postMessage(answer(message.data));
  // The content script falls back to reading in the page when no frame says it is there.
  port.postMessage({ ready: true } satisfies FrameReady);
});
