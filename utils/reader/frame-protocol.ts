/**
 * Messages between the content script and the extraction frame (entrypoints/extract-frame), over a
 * MessageChannel whose port is handed to the frame once. The frame's URL carries a random nonce
 * that page scripts cannot read (the frame sits in a closed shadow root and is cross-origin), and
 * the frame accepts only a port that comes with it, so the page can neither feed the frame a job
 * nor read or forge its answer.
 */
import type { ExtractResult } from '../article';

export const FRAME_PAGE = '/extract-frame.html';

export interface FrameHello {
  type: 'declutter-extract-port';
  nonce: string;
}

export interface FrameJob {
  html: string;
  url: string;
  force: boolean;
}

/** Sent once the frame took the port: it is loaded and listening. */
export interface FrameReady {
  ready: true;
}

export type FrameAnswer = { ok: true; result: ExtractResult } | { ok: false; error: string };
