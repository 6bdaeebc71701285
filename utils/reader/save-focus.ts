/** Remembers the focused page element and gives focus back on close, without scrolling the page. */
export function saveFocus(doc: Document): () => void {
  const active = doc.activeElement as (Element & { focus?: (options?: FocusOptions) => void }) | null;
  // body/html focused means "nothing focused": removing the reader already returns focus there.
  const target = active && active !== doc.body && active !== doc.documentElement ? active : null;
  return () => {
    if (target?.isConnected && typeof target.focus === 'function') target.focus({ preventScroll: true });
  };
}
