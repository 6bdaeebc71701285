/**
 * "Jump to this section in the page" without touching the page's DOM. sedaily bodies are bare text
 * nodes between <br>s, so there is often no element to scroll to: we find the first visible text
 * node containing the start of the outline text and scroll the window to its Range's box.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION', 'HEAD', 'TITLE']);

/** Whitespace-insensitive comparison key: pages and the pipeline space text differently. */
function squash(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b]+/g, '');
}

/** Outline texts may carry a marker the page prints differently (◆, ▶, ■…); match on the words. */
function needleOf(text: string, length: number): string {
  return squash(text.replace(/^[\s■□◆◇▲△▶▷●○◎☞※•·\-–—]+/u, '')).slice(0, length);
}

function visibleRect(range: Range): DOMRect | null {
  const rect = range.getBoundingClientRect();
  return rect.width > 0 || rect.height > 0 ? rect : null;
}

/** The page-coordinates box of the first visible text matching `text`, or null. */
export function findTextRect(doc: Document, text: string): DOMRect | null {
  for (const length of [24, 12]) {
    const needle = needleOf(text, length);
    if (needle.length < 2) return null;
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement && SKIP.has(node.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!squash(node.nodeValue ?? '').includes(needle)) continue;
      const range = doc.createRange();
      range.selectNodeContents(node);
      const rect = visibleRect(range);
      if (rect) return rect;
    }
  }
  return null;
}

/** Scrolls `win` so the text sits a little below the top; false when it is not on the page. */
export function scrollPageToText(win: Window, text: string, offset = 80): boolean {
  const rect = findTextRect(win.document, text);
  if (!rect) return false;
  win.scrollTo({ top: Math.max(0, rect.top + win.scrollY - offset), behavior: 'smooth' });
  return true;
}
