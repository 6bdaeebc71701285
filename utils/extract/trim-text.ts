/** Cutting text off the end of a block without touching its markup. */
import { hasText } from './text';

/** Removes the last `count` characters of `element`'s text, walking text nodes from the end. */
export function trimTrailingText(element: Element, count: number): void {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  let remaining = count;
  for (let index = texts.length - 1; index >= 0 && remaining > 0; index -= 1) {
    const text = texts[index]!;
    const length = text.data.length;
    if (length <= remaining) {
      remaining -= length;
      const parent = text.parentElement;
      text.remove();
      if (parent && parent !== element && !hasText(parent)) parent.remove();
    } else {
      text.data = text.data.slice(0, length - remaining);
      remaining = 0;
    }
  }
}
