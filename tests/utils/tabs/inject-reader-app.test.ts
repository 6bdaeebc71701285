import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectReaderApp, READER_APP_SCRIPT } from '@/utils/tabs/inject-reader-app';

let executeScript: ReturnType<typeof vi.fn>;

beforeEach(() => {
  executeScript = vi.fn(async () => [{ result: undefined }]);
  (fakeBrowser.scripting as unknown as { executeScript: typeof executeScript }).executeScript = executeScript;
});

describe('injectReaderApp (background side of loadReaderApp)', () => {
  it('runs the built reader app in the frame that asked', async () => {
    await injectReaderApp({ tab: { id: 7 }, frameId: 0 });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: [READER_APP_SCRIPT] });
    await injectReaderApp({ tab: { id: 7 }, frameId: 3 });
    expect(executeScript).toHaveBeenLastCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [READER_APP_SCRIPT] });
  });

  it("passes the browser's refusal through", async () => {
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    await expect(injectReaderApp({ tab: { id: 7 }, frameId: 0 })).rejects.toThrow('Cannot access contents of the page.');
  });

  it('refuses senders that are not a content script in a tab', async () => {
    await expect(injectReaderApp({})).rejects.toThrow(/content script/);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('targets the file WXT builds for entrypoints/reader-app', () => {
    expect(READER_APP_SCRIPT).toBe('/reader-app.js');
  });
});
