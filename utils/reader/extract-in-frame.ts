/**
 * Reads a very large page off its main thread: the page's serialised HTML goes to an invisible
 * extension frame (entrypoints/extract-frame) that runs the pipeline in the extension's process.
 * The page pays only for the serialisation. The frame is the only node added, inside a closed
 * shadow root, and it is removed as soon as the answer (or the time budget) comes.
 */
import { notArticle, type ExtractResult } from '../article';
import type { FrameAnswer, FrameHello, FrameJob, FrameReady } from './frame-protocol';

export const WORKER_TAG = 'declutter-worker';

export interface FrameOptions {
  /** The extraction frame's URL (runtime.getURL of FRAME_PAGE). */
  frameUrl: string;
  /** After this long without an answer the page is called too large to read. */
  budgetMs: number;
  /** Without a "ready" this long after the frame loads (blocked by the page's CSP), give up on it. */
  readyMs: number;
}

/** The result, or null when the frame could not be used (the caller then reads in the page). */
export function extractInFrame(doc: Document, url: string, force: boolean, options: FrameOptions): Promise<ExtractResult | null> {
  // Serialised before our frame exists, so it is not part of what gets read.
  const job: FrameJob = { html: doc.documentElement.outerHTML, url, force };
  return new Promise((resolve) => {
    const nonce = crypto.randomUUID();
    const host = doc.createElement(WORKER_TAG);
    const frame = doc.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.display = 'none';
    frame.src = `${options.frameUrl}#${nonce}`;
    host.attachShadow({ mode: 'closed' }).append(frame);

    let ready = false;
    let channel: MessageChannel | null = null;
    const timers: ReturnType<typeof setTimeout>[] = [];
    const finish = (result: ExtractResult | null) => {
      timers.forEach(clearTimeout);
      channel?.port1.close();
      host.remove();
      resolve(result);
    };
    const seconds = Math.round(options.budgetMs / 1000);
    timers.push(
      setTimeout(() => finish(notArticle(`This page is too large to read: it took longer than ${seconds} s.`)), options.budgetMs),
    );

    frame.addEventListener(
      'load',
      () => {
        channel = new MessageChannel();
        channel.port1.onmessage = (event: MessageEvent<FrameReady | FrameAnswer>) => {
          if ('ready' in event.data) {
            ready = true;
            channel?.port1.postMessage(job);
          } else finish(event.data.ok ? event.data.result : notArticle(`Extraction failed: ${event.data.error}`));
        };
        const hello: FrameHello = { type: 'declutter-extract-port', nonce };
        frame.contentWindow?.postMessage(hello, new URL(options.frameUrl).origin, [channel.port2]);
        timers.push(setTimeout(() => ready || finish(null), options.readyMs));
      },
      { once: true },
    );
    doc.documentElement.append(host);
  });
}
