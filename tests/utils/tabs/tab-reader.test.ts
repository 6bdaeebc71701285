import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/utils/messaging';
import { askTab, isNoReceiverError, READER_SCRIPT } from '@/utils/tabs/tab-reader';

vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);
let executeScript: ReturnType<typeof vi.fn>;

beforeEach(() => {
  send.mockReset();
  executeScript = vi.fn(async () => [{ result: undefined }]);
  (fakeBrowser.scripting as unknown as { executeScript: typeof executeScript }).executeScript = executeScript;
});

describe('askTab', () => {
  it('answers from an existing content script without injecting', async () => {
    send.mockResolvedValueOnce({ open: false, url: 'https://x/' } as never);
    await expect(askTab(7, 'readerState', undefined)).resolves.toEqual({ open: false, url: 'https://x/' });
    expect(executeScript).not.toHaveBeenCalled();
    expect(send).toHaveBeenCalledWith('readerState', undefined, 7);
  });

  it('injects the built content script once when nothing answers, then asks again', async () => {
    send.mockRejectedValueOnce(new Error('No response')).mockResolvedValueOnce(true as never);
    await expect(askTab(7, 'scrollTo', { id: 'dc-s-1', text: '소제목' })).resolves.toBe(true);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: [READER_SCRIPT] });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it("passes the browser's injection error through", async () => {
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    await expect(askTab(7, 'getArticle', {})).rejects.toThrow('Cannot access contents of the page.');
  });

  it('does not inject for other errors', async () => {
    send.mockRejectedValueOnce(new Error('Extraction exploded'));
    await expect(askTab(7, 'getArticle', {})).rejects.toThrow('Extraction exploded');
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('recognises Chrome, Firefox and library "no receiver" errors', () => {
    expect(isNoReceiverError(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(true);
    expect(isNoReceiverError(new Error('No response'))).toBe(true);
    expect(isNoReceiverError(new Error('Something else'))).toBe(false);
  });

  it('targets the file WXT builds for entrypoints/reader.content', () => {
    expect(READER_SCRIPT).toBe('/content-scripts/reader.js');
  });
});
