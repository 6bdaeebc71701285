import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useSettings, type SettingsState } from '@/components/use-settings';
import { flush, mount } from '../support/helpers';

let state: SettingsState;
function Probe() {
  state = useSettings();
  return <p>{state.settings.theme}</p>;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('useSettings', () => {
  it('applies a change at once and stores it', async () => {
    const view = await mount(<Probe />);
    state.update({ theme: 'dark' });
    await flush();
    expect(view.container.textContent).toBe('dark');
    expect(((await fakeBrowser.storage.local.get('settings')).settings as { theme: string }).theme).toBe('dark');
    view.unmount();
  });

  it('says nothing in the page when an orphaned reader cannot write (extension reloaded)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const view = await mount(<Probe />);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('Extension context invalidated.'));
    state.update({ theme: 'sepia' });
    await flush();
    expect(view.container.textContent).toBe('sepia');
    expect(warn).not.toHaveBeenCalled();
    view.unmount();
  });

  it('warns when a live extension fails to store a change', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const view = await mount(<Probe />);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    state.update({ theme: 'sepia' });
    await flush();
    expect(warn).toHaveBeenCalledWith('[declutter] settings not saved:', expect.any(Error));
    view.unmount();
  });
});
