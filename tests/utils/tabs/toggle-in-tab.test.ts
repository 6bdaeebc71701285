import { beforeEach, describe, expect, it, vi } from 'vitest';
import { askTab } from '@/utils/tabs/tab-reader';
import { toggleReaderInTab } from '@/utils/tabs/toggle-in-tab';

vi.mock('@/utils/tabs/tab-reader', () => ({ askTab: vi.fn() }));
const ask = vi.mocked(askTab);

beforeEach(() => ask.mockReset());

describe('toggleReaderInTab (keyboard command, context menu)', () => {
  it('toggles the reader in the tab, injecting on demand through askTab', async () => {
    ask.mockResolvedValueOnce({ open: true, url: 'https://example.com/a' });
    await expect(toggleReaderInTab({ id: 3, url: 'https://example.com/a' })).resolves.toEqual({
      open: true,
      url: 'https://example.com/a',
    });
    expect(ask).toHaveBeenCalledWith(3, 'toggleReader', {});
  });

  it('skips restricted pages and tabs without an id', async () => {
    await expect(toggleReaderInTab({ id: 3, url: 'chrome://settings/' })).resolves.toBeNull();
    await expect(toggleReaderInTab({ url: 'https://example.com/' })).resolves.toBeNull();
    await expect(toggleReaderInTab(undefined)).resolves.toBeNull();
    expect(ask).not.toHaveBeenCalled();
  });

  it('swallows failures (there is no UI in the background to show them)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    ask.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    await expect(toggleReaderInTab({ id: 3 })).resolves.toBeNull();
    expect(warn).toHaveBeenCalled();
  });
});
