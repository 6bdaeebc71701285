/**
 * The content script's way to the reader app: the registered global when reader-app.js already
 * ran in this frame, else one request to the background to inject it (`loadReaderApp`). Requests
 * are shared by every caller in the frame, including a newer copy of the content script (a second
 * injection re-evaluates the loader but shares the isolated world), so the app loads once. A failed
 * request (injection refused) rejects with the browser's reason and the next call tries again.
 */
import { getReaderApp, type ReaderAppApi } from './reader-app-api';

/** Where the in-flight request lives: on the isolated world's global, shared by loader copies. */
const PENDING = Symbol.for('declutter.readerAppPending');

type Scope = typeof globalThis & { [PENDING]?: Promise<ReaderAppApi> };

export function loadReaderApp(request: () => Promise<unknown>): Promise<ReaderAppApi> {
  const ready = getReaderApp();
  if (ready) return Promise.resolve(ready);
  const scope = globalThis as Scope;
  scope[PENDING] ??= request()
    .then(() => {
      const app = getReaderApp();
      if (!app) throw new Error('The reader app was injected but did not start.');
      return app;
    })
    .finally(() => {
      delete scope[PENDING];
    });
  return scope[PENDING];
}
