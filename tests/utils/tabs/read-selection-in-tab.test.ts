import { beforeEach, describe, expect, it, vi } from 'vitest';
import { askTab } from '@/utils/tabs/tab-reader';
import { readSelectionInTab } from '@/utils/tabs/read-selection-in-tab';

vi.mock('@/utils/tabs/tab-reader', () => ({ askTab: vi.fn() }));
const ask = vi.mocked(askTab);

beforeEach(() => ask.mockReset());

describe('readSelectionInTab (the context menu on a selection)', () => {
  it('asks the tab to read its selection, injecting on demand through askTab', async () => {
    ask.mockResolvedValueOnce({ open: true, url: 'https://example.com/a' });
    await expect(readSelectionInTab({ id: 4, url: 'https://example.com/a' })).resolves.toEqual({
      open: true,
      url: 'https://example.com/a',
    });
    expect(ask).toHaveBeenCalledWith(4, 'readSelection', undefined);
  });

  it('skips restricted pages and tabs without an id, and swallows failures', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(readSelectionInTab({ id: 4, url: 'https://chromewebstore.google.com/detail/x' })).resolves.toBeNull();
    await expect(readSelectionInTab(undefined)).resolves.toBeNull();
    expect(ask).not.toHaveBeenCalled();
    ask.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    await expect(readSelectionInTab({ id: 4 })).resolves.toBeNull();
    expect(warn).toHaveBeenCalled();
  });
});
