/**
 * Which outline item is being read: the last target whose top has passed a line just below the
 * top of the scrolling container. Recomputed on scroll, at most once per animation frame.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { OutlineItem } from '@/utils/article';

/** How far below the container's top edge a heading counts as "reached", in px. */
const READ_LINE = 96;

export function findCurrentSection(scroller: Element, ids: readonly string[]): string | null {
  const root = scroller.getRootNode() as Document | ShadowRoot;
  const top = scroller.getBoundingClientRect().top + READ_LINE;
  let current: string | null = ids[0] ?? null;
  for (const id of ids) {
    const target = root.getElementById?.(id);
    if (!target) continue;
    if (target.getBoundingClientRect().top <= top) current = id;
    else break;
  }
  return current;
}

export function useCurrentSection(scroller: HTMLElement | null, items: readonly OutlineItem[]): string | null {
  const [current, setCurrent] = useState<string | null>(items[0]?.id ?? null);
  // A layout effect, not useEffect: Preact 11 runs an unmounted component's useEffect cleanups only
  // after the next paint, from a module-level queue that holds the hook (its deps and this cleanup,
  // both with `scroller`) until then: that would keep a closed reader's whole DOM and its listeners
  // alive for a frame (longer in a background tab, where frames and timers are throttled). Layout
  // cleanups run during the unmount itself. Reading the headings' positions before paint is what a
  // layout effect is for anyway. Same reason in useSettings and useTransientStatus.
  useLayoutEffect(() => {
    if (!scroller) return;
    const ids = items.map((item) => item.id);
    let frame = 0;
    const update = () => {
      frame = 0;
      setCurrent(findCurrentSection(scroller, ids));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scroller, items]);
  return current;
}

/** Scrolls `scroller` so the target of `id` sits at its top; focusable for keyboard users. */
export function scrollToSection(scroller: HTMLElement | null, id: string): boolean {
  const root = scroller?.getRootNode() as Document | ShadowRoot | undefined;
  const target = root?.getElementById?.(id);
  if (!scroller || !target) return false;
  const offset = target.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  scroller.scrollTo({ top: scroller.scrollTop + offset - 12, behavior: 'smooth' });
  // Move keyboard focus too, so Tab continues from the section, not from the outline.
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  return true;
}
