import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExtractResult } from '@/utils/article';
import { extractInFrame, WORKER_TAG } from '@/utils/reader/extract-in-frame';
import { extractPage, isLargePage, LARGE_PAGE_ELEMENTS } from '@/utils/reader/extract-page';

const FRAME = { frameUrl: 'chrome-extension://abc/extract-frame.html', budgetMs: 20_000, readyMs: 3_000 };
const page = (elements: number) =>
  new DOMParser().parseFromString(`<html><body>${'<i></i>'.repeat(elements)}<p>본문</p></body></html>`, 'text/html');

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('isLargePage', () => {
  it('is true only above LARGE_PAGE_ELEMENTS elements', () => {
    expect(isLargePage(page(100))).toBe(false);
    expect(isLargePage(page(LARGE_PAGE_ELEMENTS))).toBe(true);
  });
});

describe('extractPage', () => {
  it('reads an ordinary page right here, without a frame', async () => {
    const doc = page(10);
    const result = await extractPage(doc, 'https://www.sedaily.com/v/NewsMain/GA', {}, FRAME);
    expect(result.status).toBe('not-article');
    expect(doc.querySelector(WORKER_TAG)).toBeNull();
  });

  it('reads in the page when there is no frame to use', async () => {
    const result: ExtractResult = await extractPage(
      page(LARGE_PAGE_ELEMENTS + 10),
      'https://www.sedaily.com/v/NewsMain/GA',
      {},
      null,
    );
    expect(result).toEqual({ status: 'not-article', reason: expect.stringContaining('not an article') });
  });
});

describe('extractInFrame', () => {
  it('mounts one worker element, and answers "too large" with the budget in seconds when the frame never answers', async () => {
    vi.useFakeTimers();
    const doc = page(5);
    const done = extractInFrame(doc, 'https://www.sedaily.com/NewsView/2H1C4KQZ7M', false, FRAME);
    expect(doc.querySelectorAll(WORKER_TAG)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(FRAME.budgetMs);
    expect(await done).toEqual({ status: 'not-article', reason: 'This page is too large to read: it took longer than 20 s.' });
    expect(doc.querySelector(WORKER_TAG)).toBeNull();
  });

  it('gives up on a frame that loads but never says ready (blocked), so the caller reads in the page', async () => {
    vi.useFakeTimers();
    let shadow: ShadowRoot | null = null;
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      shadow = attach.call(this, init);
      return shadow;
    });
    const doc = page(5);
    const done = extractInFrame(doc, 'https://www.sedaily.com/NewsView/2H1C4KQZ7M', false, FRAME);
    const frame = (shadow as ShadowRoot | null)?.querySelector('iframe');
    expect(frame?.getAttribute('src')).toMatch(/^chrome-extension:\/\/abc\/extract-frame\.html#[0-9a-f-]{36}$/);
    frame!.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(FRAME.readyMs);
    expect(await done).toBeNull();
    expect(doc.querySelector(WORKER_TAG)).toBeNull();
  });
});
