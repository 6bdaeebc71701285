// @vitest-environment jsdom
// The reader renders the article through SafeHtml (DOMPurify), so this runs under jsdom.
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ALIVE_CHECK_MS, createReaderUi, READER_TAG } from '@/entrypoints/reader-app/reader-ui';
import type { ReaderUi } from '@/utils/reader/reader-app-api';
import { flush, makeArticle, useKoreanMessages } from '../../support/helpers';

const PAGE = '<header class="gnb">메뉴</header><main><h1>원문 제목</h1><p>원문 본문</p><video src="v.mp4"></video></main>';

let ctx: ContentScriptContext;
let reader: ReaderUi;

const host = () => document.querySelector(READER_TAG);
const inShadow = (selector: string) => host()?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

function pressEscape(target: Element) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
}

beforeEach(() => {
  fakeBrowser.reset();
  useKoreanMessages();
  document.body.innerHTML = PAGE;
  document.documentElement.removeAttribute('style');
  ctx = new ContentScriptContext('reader');
  reader = createReaderUi(ctx, { onForce: vi.fn() });
});
afterEach(() => {
  reader.close();
  ctx.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
});
// Preact schedules effects after a frame with a 35 ms fallback timer; renders outside act() leave
// one pending. Let it fire while the DOM environment still exists (its callback calls
// cancelAnimationFrame, which is gone once the environment is torn down).
afterAll(() => new Promise<void>((done) => setTimeout(done, 50)));

describe('reader overlay', () => {
  it('mounts <declutter-reader> with the article and outline, and locks page scroll', async () => {
    await reader.open({ status: 'ok', article: makeArticle() });
    await flush();
    expect(reader.isOpen).toBe(true);
    expect(host()?.parentElement).toBe(document.documentElement);
    expect(inShadow('[data-testid="article-title"]')?.textContent).toBe(makeArticle().title);
    expect(inShadow('[data-testid="outline"]')?.querySelectorAll('li')).toHaveLength(2);
    expect(inShadow('[role="dialog"]')?.getAttribute('aria-modal')).toBe('true');
    expect(document.documentElement.style.getPropertyValue('overflow')).toBe('hidden');
  });

  it('closes with Esc and leaves the page DOM exactly as it was', async () => {
    document.documentElement.setAttribute('style', '');
    const before = document.documentElement.outerHTML;
    await reader.open({ status: 'ok', article: makeArticle() });
    await flush();
    pressEscape(inShadow('.dc-reader__scroller')!);
    await flush();
    expect(reader.isOpen).toBe(false);
    expect(host()).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it("keeps keys inside: the page's own shortcuts do not see them", async () => {
    const pageShortcut = vi.fn();
    document.addEventListener('keydown', pageShortcut);
    await reader.open({ status: 'ok', article: makeArticle() });
    await flush();
    inShadow('.dc-reader__scroller')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    expect(pageShortcut).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageShortcut);
  });

  it('closes the side panel before the reader on Esc', async () => {
    await reader.open({ status: 'ok', article: makeArticle() });
    await flush();
    const settings = Array.from(host()!.shadowRoot!.querySelectorAll('button')).find(
      (b) => b.getAttribute('aria-expanded') === 'false',
    )!;
    settings.click();
    await flush();
    expect(inShadow('.dc-reader__panel')).not.toBeNull();
    pressEscape(inShadow('.dc-reader__panel button')!);
    await flush();
    expect(inShadow('.dc-reader__panel')).toBeNull();
    expect(reader.isOpen).toBe(true);
  });

  it('shows a removed block back in the article', async () => {
    await reader.open({ status: 'ok', article: makeArticle() });
    await flush();
    inShadow('[data-testid="removed-toggle"]')!.click();
    await flush();
    inShadow('.dc-removed__item button')!.click();
    await flush();
    expect(inShadow('.dc-restored')?.textContent).toContain('저작권자');
  });

  it('offers "try anyway" for a non-article', async () => {
    const onForce = vi.fn();
    reader = createReaderUi(ctx, { onForce });
    await reader.open({ status: 'not-article', reason: 'No article text was found on this page.' });
    await flush();
    expect(inShadow('.dc-reader__message')?.textContent).toContain('No article text was found on this page.');
    inShadow('.dc-reader__message button')!.click();
    expect(onForce).toHaveBeenCalledOnce();
  });

  it('restores the page when the content script is invalidated', async () => {
    const before = document.documentElement.outerHTML;
    await reader.open({ status: 'ok', article: makeArticle() });
    ctx.notifyInvalidated();
    expect(host()).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('closes by itself within ALIVE_CHECK_MS once the extension is gone (reloaded or updated), page restored', async () => {
    vi.useFakeTimers();
    const before = document.documentElement.outerHTML;
    await reader.open({ status: 'ok', article: makeArticle() });
    await vi.advanceTimersByTimeAsync(ALIVE_CHECK_MS * 3);
    expect(reader.isOpen).toBe(true);
    // What an orphaned content script sees: runtime.id is gone, and API calls throw.
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    vi.spyOn(fakeBrowser.storage.local.onChanged, 'removeListener').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    await vi.advanceTimersByTimeAsync(ALIVE_CHECK_MS);
    expect(reader.isOpen).toBe(false);
    expect(host()).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('checks only while open: closing stops the check', async () => {
    const started = vi.spyOn(globalThis, 'setInterval');
    const stopped = vi.spyOn(globalThis, 'clearInterval');
    await reader.open({ status: 'ok', article: makeArticle() });
    const checks = started.mock.calls.filter(([, ms]) => ms === ALIVE_CHECK_MS);
    expect(checks).toHaveLength(1);
    reader.close();
    expect(stopped).toHaveBeenCalledWith(started.mock.results[started.mock.calls.indexOf(checks[0]!)]!.value);
  });

  it('lets go of a closed reader at once: close itself removes its scroll and storage listeners', async () => {
    const storageRemoved = vi.spyOn(fakeBrowser.storage.local.onChanged, 'removeListener');
    await reader.open({ status: 'ok', article: makeArticle() });
    await flush();
    const scroller = inShadow('.dc-reader__scroller')!;
    const scrollRemoved = vi.spyOn(scroller, 'removeEventListener');
    reader.close();
    // No flush here. Cleanups Preact defers to after the next paint keep the closed reader's DOM
    // alive until then, through their closures (scroller, setSettings → the unmounted tree).
    expect(scrollRemoved).toHaveBeenCalledWith('scroll', expect.any(Function));
    expect(storageRemoved).toHaveBeenCalledOnce();
  });

  // The storage listener now comes off inside close (not after a paint): an orphaned script, whose
  // removeListener throws, must still take the overlay down (local-item.ts swallows that throw).
  it('closes an orphaned reader whose storage listener cannot be removed', async () => {
    const before = document.documentElement.outerHTML;
    await reader.open({ status: 'ok', article: makeArticle() });
    await flush();
    vi.spyOn(fakeBrowser.storage.local.onChanged, 'removeListener').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => reader.close()).not.toThrow();
    expect(host()).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
