/**
 * Everything the reader does to the page while it is open, and the exact undo: media paused,
 * scrolling locked, scroll position and focus remembered. The returned function restores them in
 * reverse order; calling it twice is harmless.
 */
import { lockScroll } from './lock-scroll';
import { pausePlayingMedia } from './pause-media';
import { saveFocus } from './save-focus';

export function freezePage(win: Window): () => void {
  const doc = win.document;
  const x = win.scrollX;
  const y = win.scrollY;
  const restoreFocus = saveFocus(doc);
  const resumeMedia = pausePlayingMedia(doc);
  const unlock = lockScroll(doc.documentElement);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    unlock();
    // 'instant': a page with `scroll-behavior: smooth` must not animate back.
    if (win.scrollX !== x || win.scrollY !== y) win.scrollTo({ left: x, top: y, behavior: 'instant' });
    restoreFocus();
    resumeMedia();
  };
}
