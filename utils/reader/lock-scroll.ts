/**
 * Page scroll lock that leaves no trace (docs/architecture.md, "Principles"). Writing `el.style.x` creates a `style`
 * attribute, and clearing the property afterwards leaves `style=""` behind (Blink), so we snapshot
 * the attribute itself and put back exactly that: the same string, or no attribute at all.
 */
export function lockScroll(root: HTMLElement): () => void {
  const previous = root.getAttribute('style');
  root.style.setProperty('overflow', 'hidden', 'important');
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    if (previous === null) {
      // Blink serialises a CSSOM-written inline style into the attribute lazily. Until something
      // reads the attribute, removeAttribute('style') finds no attribute and only empties the
      // declaration, which the next serialisation writes back as style="". Writing the attribute
      // first makes the removal the ordinary one, which leaves no attribute.
      root.setAttribute('style', '');
      root.removeAttribute('style');
    } else {
      root.setAttribute('style', previous);
    }
  };
}
