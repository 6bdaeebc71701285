/**
 * "Read the selection" (docs/peers.md §3.4: the standard answer when extraction goes wrong): the user's
 * pick is the article, instead of Readability's. Same rules as extractArticle: the live page is
 * only read (metadata, the selected ranges' positions), everything else runs on an inert copy,
 * and the HTML goes through the same sanitiser. The same steps run on the copy, minus Readability
 * and the "is this an article" gate: clutter by the generic selectors and boilerplate by text are
 * still taken out (and listed in "what was removed"), <br> runs become paragraphs, and the outline,
 * text, Markdown and stats come from the same block walk. Never throws, never mutates `doc`.
 */
import { notArticle, type ExtractResult } from '../article';
import { errorMessage } from '../error-message';
import { findSiteRule } from '../site-rules';
import { GENERIC_REMOVE } from '../site-rules/generic';
import { collectBlocks } from './blocks';
import { buildArticle } from './build-article';
import { cleanStory } from './clean-story';
import { isDeeperThan, MAX_COPY_DEPTH } from './clone-document';
import type { ExtractOptions } from './extract-article';
import { readMetadata } from './metadata';
import { splitBrParagraphs } from './paragraphs';
import { documentBase, pageWindow, prepareMedia } from './prepare-media';
import type { Story } from './read-story';
import { removeClutter } from './remove-clutter';
import { RemovedLog } from './removed-log';
import { collapseRuns } from './text';
import { bodyText } from './to-text';

/** The range bounds of a selection, as plain positions (a Range or a StaticRange both fit). */
export interface SelectedRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
  commonAncestorContainer: Node;
  collapsed: boolean;
}

export const NO_SELECTION = 'No text is selected on this page: select the part to read, then choose “Read the selection”.';
export const EMPTY_SELECTION = 'The selection has no text to read.';

/** Elements a selection root stays wrapped in: block semantics (a list item, a quote) survive the copy. */
const KEEP_WRAPPER = /^(?:P|H[2-6]|LI|BLOCKQUOTE|FIGURE|FIGCAPTION|PRE|TD|TH|DD|DT)$/;

function childPath(ancestor: Node, node: Node): number[] | null {
  const path: number[] = [];
  for (let current: Node | null = node; current !== ancestor; current = current.parentNode) {
    const parent: Node | null = current?.parentNode ?? null;
    if (!current || !parent) return null;
    path.push(Array.prototype.indexOf.call(parent.childNodes, current) as number);
  }
  return path.reverse();
}

function nodeAt(root: Node, path: readonly number[]): Node | null {
  let node: Node | undefined = root;
  for (const index of path) node = node?.childNodes[index];
  return node ?? null;
}

/**
 * The selected part of the page, copied into `copy` (an inert document): the range's common
 * ancestor is imported (nodes of a document without a browsing context load nothing and run
 * nothing), the same range is set on the copy and cloned there. The live page is never cloned into.
 */
function copyRange(copy: Document, range: SelectedRange): Node | null {
  const common = range.commonAncestorContainer;
  const root = common.nodeType === 1 ? (common as Element) : common.parentElement;
  if (!root || isDeeperThan(root, MAX_COPY_DEPTH)) return copy.createTextNode(rangeText(range));
  const start = childPath(root, range.startContainer);
  const end = childPath(root, range.endContainer);
  if (!start || !end) return null;
  const copiedRoot = copy.importNode(root, true);
  const from = nodeAt(copiedRoot, start);
  const to = nodeAt(copiedRoot, end);
  if (!from || !to) return null;
  const copied = copy.createRange();
  copied.setStart(from, range.startOffset);
  copied.setEnd(to, range.endOffset);
  const fragment = copied.cloneContents();
  if (!KEEP_WRAPPER.test(root.tagName)) return fragment;
  const wrapper = copy.importNode(root, false);
  wrapper.append(fragment);
  return wrapper;
}

/** Plain text of a range (the fallback for absurdly deep markup). */
function rangeText(range: SelectedRange): string {
  const doc = range.startContainer.ownerDocument;
  if (!doc) return '';
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

function run(doc: Document, url: string, ranges: readonly SelectedRange[], options: ExtractOptions): ExtractResult {
  const picked = ranges.filter((range) => !range.collapsed);
  if (!doc?.documentElement || picked.length === 0) return notArticle(NO_SELECTION);
  const rule = findSiteRule(url);
  const meta = readMetadata(doc, rule);
  const copy = doc.implementation.createHTMLDocument('');
  for (const name of ['lang', 'dir']) {
    const value = doc.documentElement.getAttribute(name);
    if (value !== null) copy.documentElement.setAttribute(name, value);
  }
  const content = copy.createElement('div');
  copy.body.append(content);
  for (const range of picked) {
    const part = copyRange(copy, range);
    if (part) content.append(part);
  }
  const view = pageWindow(doc, options.window);
  prepareMedia(copy, documentBase(doc, url), view);
  const log = new RemovedLog();
  // The selection itself is protected: a broad selector must not take the whole pick.
  removeClutter(copy, content, GENERIC_REMOVE, log);
  splitBrParagraphs(content);
  // The pick stands where Readability's would: no byline, date or language of its own.
  const read = { content, title: collapseRuns(doc.title ?? '').trim(), byline: null, publishedTime: null, lang: null, dir: null };
  const story: Story = { read, content, headlineList: false };
  const lang = meta.lang;
  const cleaned = cleanStory(story, meta, rule, lang, log, false);
  const blocks = collectBlocks(content);
  const body = bodyText(blocks);
  if (!body.trim()) return notArticle(EMPTY_SELECTION);
  // The page's lead image is not the selection's: its own first photo, or none.
  const own = { ...meta, leadImage: null };
  return { status: 'ok', article: buildArticle({ url, rule, meta: own, story, cleaned, blocks, body, lang, log, view }) };
}

/** The article made of the selected `ranges` of `doc` (the page at `url`). Never throws, never mutates `doc`. */
export function extractSelection(
  doc: Document,
  url: string,
  ranges: readonly SelectedRange[],
  options: ExtractOptions = {},
): ExtractResult {
  try {
    return run(doc, url, ranges, options);
  } catch (error) {
    return notArticle(`Reading the selection failed: ${errorMessage(error)}`);
  }
}
