/**
 * Step 2: an inert copy of the page. Readability mutates its input and the live page must stay
 * untouched (design §1.5). `document.cloneNode(true)` gives a document with no browsing context, so
 * nothing in it loads images or runs the page's handlers; nodes imported into the live document
 * would (seen in Chromium with `onerror` / `ontoggle` payloads).
 */
export function cloneDocument(doc: Document): Document {
  return doc.cloneNode(true) as Document;
}
