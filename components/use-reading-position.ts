/**
 * Reopening the reader on an article returns to where it was left: the body block at the top of
 * the view and how far into it, saved while scrolling and on close, restored when the article is
 * shown (and again as photos above it load and push it down, until the user scrolls). Only for
 * articles read from the page; a selection is not an article to come back to.
 */
import { useLayoutEffect } from 'preact/hooks';
import { loadPosition, savePosition, type ReadingPosition } from '@/utils/reader/reading-positions';

/** Saving waits for scrolling to rest this long. */
const SAVE_MS = 400;
/** Restoring follows photos loading above the position for this long at most. */
const SETTLE_MS = 3000;

type Position = Omit<ReadingPosition, 'at'>;

function blocksOf(scroller: HTMLElement): HTMLElement[] {
  return Array.from(scroller.querySelectorAll<HTMLElement>('[data-testid="article-body"] > [data-block]'));
}

/** The block at the top of the view and how far it is scrolled past it. */
export function currentPosition(scroller: HTMLElement): Position {
  const top = scroller.getBoundingClientRect().top;
  const blocks = blocksOf(scroller);
  for (const element of blocks) {
    const rect = element.getBoundingClientRect();
    if (rect.bottom > top) {
      const index = Number(element.dataset.block);
      const offset = rect.height > 0 ? Math.min(1, Math.max(0, (top - rect.top) / rect.height)) : 0;
      // Above the first block (the title): the top of the article.
      return index === 0 && rect.top >= top ? { block: 0, offset: 0 } : { block: index, offset };
    }
  }
  return { block: Math.max(0, blocks.length - 1), offset: 0 };
}

export function scrollToPosition(scroller: HTMLElement, position: Position): boolean {
  const element = scroller.querySelector<HTMLElement>(`[data-testid="article-body"] > [data-block="${position.block}"]`);
  if (!element) return false;
  const rect = element.getBoundingClientRect();
  const offset = rect.top - scroller.getBoundingClientRect().top + rect.height * position.offset;
  scroller.scrollTo({ top: scroller.scrollTop + offset, behavior: 'instant' });
  return true;
}

export function useReadingPosition(scroller: HTMLElement | null, url: string | null): void {
  useLayoutEffect(() => {
    if (!scroller || !url) return;
    let alive = true;
    let restored: Position | null = null;
    let userMoved = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      // Before the stored position is back, the top is not a position worth saving.
      if (restored === null && !userMoved) return;
      savePosition(url, currentPosition(scroller)).catch(() => {});
    };
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_MS);
    };
    const onUser = () => {
      userMoved = true;
    };
    // Photos loading above the position push it down: follow them until the user scrolls.
    const onLoad = () => {
      if (restored && !userMoved) scrollToPosition(scroller, restored);
    };
    const settle = setTimeout(() => scroller.removeEventListener('load', onLoad, true), SETTLE_MS);
    void loadPosition(url).then((position) => {
      if (!alive || userMoved) return;
      restored = position ?? { block: 0, offset: 0 };
      if (position) scrollToPosition(scroller, position);
    });
    scroller.addEventListener('scroll', onScroll, { passive: true });
    scroller.addEventListener('load', onLoad, true);
    for (const type of ['wheel', 'keydown', 'pointerdown', 'touchstart'])
      scroller.addEventListener(type, onUser, { passive: true });
    return () => {
      alive = false;
      clearTimeout(settle);
      scroller.removeEventListener('scroll', onScroll);
      scroller.removeEventListener('load', onLoad, true);
      for (const type of ['wheel', 'keydown', 'pointerdown', 'touchstart']) scroller.removeEventListener(type, onUser);
      // Closing the reader: where it was left, now.
      save();
    };
  }, [scroller, url]);
}
