/**
 * Part of step 3: an inert copy to work on. Readability mutates its input and the live page must stay
 * untouched (docs/architecture.md, "Principles"). Both copies live in documents with no browsing context, so nothing in
 * them loads images or runs the page's handlers; nodes cloned into the live document would (seen
 * in Chromium with `onerror` / `ontoggle` payloads).
 *
 * When the site rule knows the article's container, only that subtree is copied: the page chrome
 * around it (menus, footers, ad rails: most of a news page) is never cloned, queried or walked,
 * which is what makes the pipeline cheaper than Readability on the whole page.
 */

export interface InertCopy {
  doc: Document;
  /** The copies of `elements` (in the same order), or null where an element was not copied. */
  counterparts: (Element | null)[];
}

/** Child-index path from `ancestor` down to `node`, or null when `node` is not inside it. */
function pathFrom(ancestor: Node, node: Node): number[] | null {
  const path: number[] = [];
  for (let current: Node | null = node; current !== ancestor; current = current.parentNode) {
    const parent: Node | null = current?.parentNode ?? null;
    if (!current || !parent) return null;
    path.push(Array.prototype.indexOf.call(parent.childNodes, current) as number);
  }
  return path.reverse();
}

function follow(root: Node, path: readonly number[]): Element | null {
  let node: Node | undefined = root;
  for (const index of path) node = node?.childNodes[index];
  return node && node.nodeType === 1 ? (node as Element) : null;
}

function counterpartsOf(liveRoot: Node, copyRoot: Node, elements: readonly Element[]): (Element | null)[] {
  return elements.map((element) => {
    const path = pathFrom(liveRoot, element);
    return path ? follow(copyRoot, path) : null;
  });
}

/** The whole document, for pages without a known article container. */
export function cloneDocument(doc: Document, elements: readonly Element[] = []): InertCopy {
  if (isDeeperThan(doc.documentElement, MAX_COPY_DEPTH)) {
    const copy = doc.implementation.createHTMLDocument('');
    copy.replaceChild(importFlattened(copy, doc.documentElement, MAX_COPY_DEPTH), copy.documentElement);
    // Positions changed in the flattening: nothing maps back (the caller then keeps those elements).
    return { doc: copy, counterparts: elements.map(() => null) };
  }
  const copy = doc.cloneNode(true) as Document;
  return { doc: copy, counterparts: counterpartsOf(doc, copy, elements) };
}

/** Only `root` (the article container), in a fresh inert document carrying the page's lang/dir. */
export function cloneScope(doc: Document, root: Element, elements: readonly Element[] = []): InertCopy {
  const copy = doc.implementation.createHTMLDocument('');
  for (const name of ['lang', 'dir']) {
    const value = doc.documentElement.getAttribute(name);
    if (value !== null) copy.documentElement.setAttribute(name, value);
  }
  const title = doc.querySelector('title');
  if (title) copy.title = title.textContent ?? '';
  if (isDeeperThan(root, MAX_COPY_DEPTH)) {
    copy.body.append(importFlattened(copy, root, MAX_COPY_DEPTH));
    return { doc: copy, counterparts: elements.map(() => null) };
  }
  const copiedRoot = copy.importNode(root, true);
  copy.body.append(copiedRoot);
  return { doc: copy, counterparts: counterpartsOf(root, copiedRoot, elements) };
}

/**
 * Drops every `on*` attribute from the copy. Nothing in an inert document runs them, but any step
 * that re-parses the copy's markup (the sanitiser serialises and parses) would meet them again, and
 * parsing a handler in a content script is a violation of the page's CSP that Chromium reports to
 * the site, naming the extension. Copying (cloneNode/importNode) is not; only parsing and
 * setAttribute are.
 */
export function stripEventHandlers(root: Document): void {
  for (const element of Array.from(root.getElementsByTagName('*'))) {
    if (!element.hasAttributes()) continue; // most body elements (<p>, <br>): no name list to build
    for (const name of element.getAttributeNames()) {
      if (name.length > 2 && name.charCodeAt(0) === 111 /* o */ && name.charCodeAt(1) === 110 /* n */) {
        element.removeAttribute(name);
      }
    }
  }
}

/**
 * Nesting deeper than this is flattened in the copy. Real pages stay under ~60 levels (unclosed
 * `<font>` tags on old pages reach hundreds); past a few hundred, Readability slows superlinearly
 * (1,000 levels: ~10 s) and recursive DOM code (jsdom's cloneNode, our block walk) overflows the
 * stack. Wrappers below this depth are dropped, their content kept in order.
 */
export const MAX_COPY_DEPTH = 128;

/** True when some element under `root` sits deeper than `limit` levels below it. */
export function isDeeperThan(root: Element, limit: number): boolean {
  const depth = new Map<Element, number>([[root, 0]]);
  for (const element of Array.from(root.getElementsByTagName('*'))) {
    const level = (depth.get(element.parentElement!) ?? 0) + 1;
    if (level > limit) return true;
    depth.set(element, level);
  }
  return false;
}

/**
 * `root` copied into `target` without recursion: shallow imports and an explicit stack, elements
 * deeper than `limit` unwrapped (their children attach to the nearest kept ancestor).
 */
export function importFlattened(target: Document, root: Element, limit: number): Element {
  const copy = target.importNode(root, false) as Element;
  const stack: [source: Node, parent: Node, depth: number][] = [];
  const pushChildren = (source: Node, parent: Node, depth: number) => {
    for (let child = source.lastChild; child; child = child.previousSibling) stack.push([child, parent, depth]);
  };
  pushChildren(root, copy, 1);
  while (stack.length) {
    const [source, parent, depth] = stack.pop()!;
    if (source.nodeType === 1 && depth > limit) {
      pushChildren(source, parent, depth);
      continue;
    }
    const node = target.importNode(source, false);
    parent.appendChild(node);
    if (source.nodeType === 1) pushChildren(source, node, depth + 1);
  }
  return copy;
}
