/**
 * Link and id hygiene. Links are made absolute against the page URL before Readability runs
 * (Readability resolves against the document's own base, which for a parsed or cloned copy may not
 * be the page), because the HTML is shown far from the page: popup, reader, clipboard. Page ids
 * are dropped after it: they would clash with the outline's ids and the reader's page, and invite
 * DOM clobbering.
 */

export function absolutizeLinks(root: Element, pageUrl: string): void {
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    const href = link.getAttribute('href') ?? '';
    if (href.trim().startsWith('#')) {
      link.removeAttribute('href'); // in-page anchors of the original page point nowhere here
      continue;
    }
    try {
      link.setAttribute('href', new URL(href.trim(), pageUrl).href);
    } catch {
      link.removeAttribute('href');
    }
  }
}

/** Every id and name goes, `dc-` ones too: the outline has not written its own yet, so a `dc-s-2` here is the page's. */
export function stripPageIds(content: Element): void {
  for (const element of [content, ...Array.from(content.querySelectorAll('[id], [name]'))]) {
    element.removeAttribute('id');
    element.removeAttribute('name');
  }
}
