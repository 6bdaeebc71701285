// @vitest-environment jsdom
/**
 * The popup asks for its tab while it renders for the first time, not after that first frame is
 * painted: a passive effect (useEffect) runs only after the browser paints (Preact schedules it
 * with requestAnimationFrame), so every cached article waited one frame before its request left
 * (bench: popup.cachedOverFirstFrame). Rendered without act(), which would flush every effect.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/entrypoints/popup/Popup';
import { askTab } from '@/utils/tabs/tab-reader';
import { flush, makeArticle, useKoreanMessages } from '../../support/helpers';

vi.mock('@/utils/tabs/tab-reader', () => ({ askTab: vi.fn() }));
const ask = vi.mocked(askTab);

let container: HTMLElement;

beforeEach(async () => {
  fakeBrowser.reset();
  useKoreanMessages();
  ask.mockReset();
  ask.mockImplementation(
    async (_tabId, type) =>
      (type === 'getArticle' ? { status: 'ok', article: makeArticle() } : { open: false, url: '' }) as never,
  );
  await fakeBrowser.windows.create({ focused: true });
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('the popup on open', () => {
  it('asks the browser for its tab during the first render, before anything is painted', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.sedaily.com/NewsView/2H1C4KQZ7M', active: true });
    history.replaceState(null, '', `/popup.html?tabId=${tab.id}`);
    const get = vi.spyOn(fakeBrowser.tabs, 'get');
    render(<Popup />, container);
    // Synchronously after render, before any frame or task could run: the tab lookup has left.
    expect(get).toHaveBeenCalledWith(tab.id);
    // And the article follows without any frame being needed first.
    await flush(6);
    expect(ask).toHaveBeenCalledWith(tab.id, 'getArticle', { force: false });
    expect(container.querySelector('[data-testid="article-title"]')?.textContent).toBe(makeArticle().title);
  });
});
