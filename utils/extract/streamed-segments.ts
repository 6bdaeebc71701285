/**
 * Part of step 3. React's streaming server rendering (Next.js and others) sends the page shell first and each
 * suspended part later, as `<div hidden id="S:n">…</div>` at the end of the body, plus a script
 * call that moves it into its place: `$RC("B:m","S:n")` fills the boundary `<template id="B:m">`
 * (replacing the fallback after it), `$RS("S:n","P:m")` the placeholder `<template id="P:m">`.
 * In a live tab those scripts have run. In a saved or pre-rendered page they have not, and the
 * story is inside a `hidden` element that the clutter step rightly drops as invisible: the page
 * would read as "no article". This does what the scripts would have done, on the inert copy.
 */

const SEGMENT = 'div[hidden][id^="S:"]';
/** `$RC("B:0","S:0")` / `$RS("S:1","P:1")`, as React's inline runtime writes them. */
const CALL = /\$R([CS])\(\s*"([BSP]:[\w-]+)"\s*,\s*"([BSP]:[\w-]+)"/g;

/** Comment markers React puts around a suspense boundary: `<!--$-->`, `<!--$?-->`, `<!--$!-->` … `<!--/$-->`. */
function isBoundaryStart(node: Node): boolean {
  return node.nodeType === 8 && /^\$[?!]?$/.test(node.nodeValue ?? '');
}
function isBoundaryEnd(node: Node): boolean {
  return node.nodeType === 8 && node.nodeValue === '/$';
}

function byId(doc: Document, id: string): Element | null {
  // ids with ":" need escaping in a selector; getElementById does not.
  return doc.getElementById(id);
}

/**
 * The boundary's fallback (from its template to the matching end marker) gives way to the
 * segment. A page saved without the markers keeps its fallback: without them its end is unknown.
 */
function fillBoundary(template: Element, segment: Element): void {
  const parent = template.parentNode;
  if (!parent) return;
  let depth = 0;
  let end: Node | null = template.nextSibling;
  for (; end; end = end.nextSibling) {
    if (isBoundaryEnd(end)) {
      if (depth === 0) break;
      depth -= 1;
    } else if (isBoundaryStart(end)) depth += 1;
  }
  if (end) while (template.nextSibling !== end) parent.removeChild(template.nextSibling!);
  fillPlaceholder(template, segment);
}

function fillPlaceholder(template: Element, segment: Element): void {
  const parent = template.parentNode;
  if (!parent) return;
  while (segment.firstChild) parent.insertBefore(segment.firstChild, template);
  template.remove();
  segment.remove();
}

/** Moves every streamed segment into its place; a segment whose place is unknown is shown where it is. */
export function revealStreamedSegments(doc: Document): void {
  if (!doc.body?.querySelector(SEGMENT)) return; // the usual page: one query, nothing else
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    const source = script.textContent ?? '';
    if (!source.includes('$R')) continue;
    for (const [, kind, first, second] of source.matchAll(CALL)) {
      const [segmentId, placeId] = kind === 'C' ? [second!, first!] : [first!, second!];
      const segment = byId(doc, segmentId);
      const place = byId(doc, placeId);
      if (!segment?.hasAttribute('hidden') || place?.tagName !== 'TEMPLATE') continue;
      if (kind === 'C') fillBoundary(place, segment);
      else fillPlaceholder(place, segment);
    }
  }
  // No script says where (it was stripped when the page was saved). A placeholder shares its
  // segment's number ("P:f" ↔ "S:f"); a boundary usually does too ("B:0" ↔ "S:0", the numbers
  // run in step on most pages). A segment with neither is shown where it is: visible at the end
  // of the page beats lost.
  for (const segment of Array.from(doc.body.querySelectorAll(SEGMENT))) {
    const number = segment.id.slice(2);
    const placeholder = byId(doc, `P:${number}`);
    const boundary = byId(doc, `B:${number}`);
    if (placeholder?.tagName === 'TEMPLATE') fillPlaceholder(placeholder, segment);
    else if (boundary?.tagName === 'TEMPLATE') fillBoundary(boundary, segment);
    else segment.removeAttribute('hidden');
  }
}
