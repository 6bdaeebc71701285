/**
 * What the reader must leave as it found it in the page: the serialised DOM, the scroll position,
 * the history length and the URL (no reload, no history entry, no hash change).
 */
import type { Tab as Page } from './driver/tab';
import { expect } from 'vitest';

export interface PageSnapshot {
  html: string;
  x: number;
  y: number;
  history: number;
  url: string;
}

export const pageSnapshot = (page: Page): Promise<PageSnapshot> =>
  page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    x: window.scrollX,
    y: window.scrollY,
    history: history.length,
    url: location.href,
  }));

/** The page now is the page `before` was taken of: same DOM, scroll, history and URL. */
export async function expectUntouched(page: Page, before: PageSnapshot): Promise<void> {
  const after = await pageSnapshot(page);
  expect(after.html).toBe(before.html);
  expect([after.x, after.y]).toEqual([before.x, before.y]);
  expect([after.history, after.url]).toEqual([before.history, before.url]);
}
