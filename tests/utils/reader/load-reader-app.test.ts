import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadReaderApp } from '@/utils/reader/load-reader-app';
import { getReaderApp, registerReaderApp, type ReaderAppApi } from '@/utils/reader/reader-app-api';

const fakeApp = (): ReaderAppApi => ({ extractPage: vi.fn(), extractSelection: vi.fn(), createReaderUi: vi.fn() });

/** What the background's injection does in the real frame: reader-app.js runs and registers. */
const injecting = (app: ReaderAppApi) => vi.fn(async () => registerReaderApp(app));

afterEach(() => {
  delete globalThis.__declutterApp;
});

describe('loadReaderApp', () => {
  it('uses the app already registered in this world without asking the background', async () => {
    const app = fakeApp();
    registerReaderApp(app);
    const request = vi.fn(async () => {});
    await expect(loadReaderApp(request)).resolves.toBe(app);
    expect(request).not.toHaveBeenCalled();
  });

  it('asks once for any number of concurrent callers (a second content script copy included)', async () => {
    const app = fakeApp();
    const request = injecting(app);
    const loads = await Promise.all([loadReaderApp(request), loadReaderApp(request), loadReaderApp(vi.fn(async () => {}))]);
    expect(loads).toEqual([app, app, app]);
    expect(request).toHaveBeenCalledOnce();
    await loadReaderApp(request);
    expect(request).toHaveBeenCalledOnce();
  });

  it("passes the browser's refusal through, and tries again on the next call", async () => {
    const refused = vi.fn(async () => {
      throw new Error('Cannot access contents of the page.');
    });
    await expect(loadReaderApp(refused)).rejects.toThrow('Cannot access contents of the page.');
    const app = fakeApp();
    await expect(loadReaderApp(injecting(app))).resolves.toBe(app);
  });

  it('fails clearly when the injection ran but nothing registered', async () => {
    await expect(loadReaderApp(vi.fn(async () => {}))).rejects.toThrow(/did not start/);
  });

  it('keeps the first registration when the app is evaluated twice', () => {
    const first = fakeApp();
    registerReaderApp(first);
    registerReaderApp(fakeApp());
    expect(getReaderApp()).toBe(first);
  });
});
