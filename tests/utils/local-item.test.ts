import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineLocalItem } from '@/utils/local-item';

beforeEach(() => fakeBrowser.reset());

describe('defineLocalItem', () => {
  it('reads the fallback until a value is stored, then the value, under the plain key', async () => {
    const item = defineLocalItem('prefs', () => ({ size: 18 }));
    expect(await item.getValue()).toEqual({ size: 18 });
    await item.setValue({ size: 20 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ prefs: { size: 20 } });
    expect(await item.getValue()).toEqual({ size: 20 });
  });

  it('reads values written by earlier builds (@wxt-dev/storage, version 1: no meta key)', async () => {
    await fakeBrowser.storage.local.set({ prefs: { size: 22 } });
    expect(await defineLocalItem('prefs', () => ({ size: 18 })).getValue()).toEqual({ size: 22 });
  });

  it('watches changes to its own key only, skips equal writes, and gives the fallback on removal', async () => {
    const item = defineLocalItem('prefs', () => ({ size: 18 }));
    const seen = vi.fn();
    const unwatch = item.watch(seen);
    await item.setValue({ size: 20 });
    await item.setValue({ size: 20 });
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.local.remove('prefs');
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(2));
    expect(seen.mock.calls).toEqual([[{ size: 20 }], [{ size: 18 }]]);
    unwatch();
    await item.setValue({ size: 24 });
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('unwatches without throwing once the extension context is gone (reloaded under the page)', () => {
    const item = defineLocalItem('prefs', () => ({ size: 18 }));
    const unwatch = item.watch(() => {});
    vi.spyOn(fakeBrowser.storage.local.onChanged, 'removeListener').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(unwatch).not.toThrow();
  });
});
