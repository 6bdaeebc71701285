/**
 * The article body as a flat list of blocks (paragraphs, headings, images, captions, lists, …).
 * Text, Markdown and stats are all rendered from this one walk, so they never disagree about
 * what the article contains.
 */
import { collapseRuns, collapseSpace, stripInvisible } from './text';
import { CONTAINER_CONTENT } from './block-elements';

/** A run of inline content rendered both ways. */
export interface Inline {
  text: string;
  markdown: string;
}

export type Block =
  | ({ kind: 'heading'; level: number } & Inline)
  | ({ kind: 'paragraph' } & Inline)
  | ({ kind: 'caption' } & Inline)
  | ({ kind: 'quote' } & Inline)
  | { kind: 'image'; src: string; alt: string }
  | { kind: 'list'; ordered: boolean; items: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'table'; rows: string[][] };

const INLINE_CONTAINERS = new Set([
  'SPAN',
  'FONT',
  'SMALL',
  'MARK',
  'U',
  'S',
  'SUB',
  'SUP',
  'ABBR',
  'CITE',
  'Q',
  'TIME',
  'LABEL',
  'DEL',
  'INS',
]);

/** Escapes characters Markdown would read as syntax inside running text. */
export function escapeMarkdown(text: string): string {
  // `~` too: GFM renderers strike through single tildes, and Korean ranges ("10~15도") are common.
  return text.replace(/([\\`*_[\]<~])/g, '\\$1');
}

/** Makes a URL safe inside Markdown's `( )`: parentheses and spaces would end or break it. */
export function markdownUrl(url: string): string {
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\s/g, '%20');
}

/** Escapes line starts that Markdown would read as a heading, quote or list. */
export function escapeLineStart(line: string): string {
  return line.replace(/^(#{1,6}\s|>|[-+]\s)/, '\\$1').replace(/^(\d+)([.)]\s)/, '$1\\$2');
}

function wrap(inner: string, marker: string): string {
  const trimmed = inner.trim();
  if (!trimmed) return inner;
  const lead = inner.slice(0, inner.length - inner.trimStart().length);
  const tail = inner.slice(inner.trimEnd().length);
  return `${lead}${marker}${trimmed}${marker}${tail}`;
}

/** Renders inline nodes; `<br>` becomes a line break, images are skipped (they are blocks). */
function renderInline(nodes: readonly Node[]): Inline {
  let text = '';
  let markdown = '';
  for (const node of nodes) {
    if (node.nodeType === 3) {
      const value = collapseRuns(node.nodeValue ?? '');
      text += value;
      markdown += escapeMarkdown(value);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const tag = element.tagName;
    if (tag === 'BR') {
      text += '\n';
      markdown += '\n';
      continue;
    }
    if (tag === 'IMG') continue;
    const inner = renderInline(Array.from(element.childNodes));
    text += inner.text;
    if (tag === 'B' || tag === 'STRONG') markdown += wrap(inner.markdown, '**');
    else if (tag === 'EM' || tag === 'I') markdown += wrap(inner.markdown, '*');
    else if (tag === 'CODE') markdown += inner.text.trim() ? `\`${inner.text.replace(/`/g, '')}\`` : inner.text;
    else if (tag === 'A') {
      const href = element.getAttribute('href') ?? '';
      markdown +=
        /^(?:https?:|mailto:)/i.test(href) && inner.text.trim()
          ? wrap(`[${inner.markdown.trim()}](${markdownUrl(href)})`, '')
          : inner.markdown;
    } else markdown += inner.markdown;
  }
  return { text, markdown };
}

/** Collapses spaces per line, drops blank lines; markdown lines end in a hard break. */
function finishInline(inline: Inline): Inline {
  const lines = (value: string) => value.split('\n').map(collapseSpace).filter(Boolean);
  return {
    text: lines(inline.text).join('\n'),
    markdown: lines(inline.markdown).map(escapeLineStart).join('\\\n'),
  };
}

function imageBlock(img: Element): Block | null {
  const src = img.getAttribute('src');
  return src ? { kind: 'image', src, alt: collapseSpace(img.getAttribute('alt') ?? '') } : null;
}

/** A table that lays out the page (Korean outlets still do this) is walked as a container. */
function isLayoutTable(table: Element): boolean {
  if (table.querySelector(CONTAINER_CONTENT)) return true;
  return Array.from(table.querySelectorAll('td, th')).some((cell) => collapseSpace(cell.textContent ?? '').length > 200);
}

/** What makes a figure more than a photo and its caption. */
const FIGURE_CONTENT = 'table, pre';

function hasFigureContent(figure: Element): boolean {
  return Array.from(figure.querySelectorAll(FIGURE_CONTENT)).some((element) => !element.closest('figcaption'));
}

export function collectBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  const pushInline = (kind: 'paragraph' | 'caption' | 'quote', nodes: readonly Node[]) => {
    const inline = finishInline(renderInline(nodes));
    if (inline.text) blocks.push({ kind, ...inline });
  };

  const walk = (container: Element, skip: Element | null = null) => {
    let run: Node[] = [];
    const flush = () => {
      if (run.length) pushInline('paragraph', run);
      run = [];
    };
    for (const node of Array.from(container.childNodes)) {
      if (node === skip) continue;
      if (node.nodeType === 3) {
        run.push(node);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const element = node as Element;
      const tag = element.tagName;
      if (
        tag === 'BR' ||
        ((tag === 'A' ||
          tag === 'B' ||
          tag === 'STRONG' ||
          tag === 'EM' ||
          tag === 'I' ||
          tag === 'CODE' ||
          INLINE_CONTAINERS.has(tag)) &&
          !element.querySelector('img, p, div, figure'))
      ) {
        run.push(element);
        continue;
      }
      flush();
      if (/^H[1-6]$/.test(tag)) {
        const inline = finishInline(renderInline(Array.from(element.childNodes)));
        if (inline.text) blocks.push({ kind: 'heading', level: Math.max(2, Number(tag[1])), ...inline });
      } else if (tag === 'IMG') {
        const image = imageBlock(element);
        if (image) blocks.push(image);
      } else if (tag === 'FIGURE' && hasFigureContent(element)) {
        // A figure that holds a table or code (WordPress wraps every table in one): its
        // content is read like any container's, then its caption.
        const caption = element.querySelector('figcaption');
        walk(element, caption);
        if (caption) pushInline('caption', Array.from(caption.childNodes));
      } else if (tag === 'FIGURE') {
        for (const img of Array.from(element.querySelectorAll('img'))) {
          const image = imageBlock(img);
          if (image) blocks.push(image);
        }
        const caption = element.querySelector('figcaption');
        if (caption) pushInline('caption', Array.from(caption.childNodes));
      } else if (tag === 'UL' || tag === 'OL') {
        const items = Array.from(element.children)
          .filter((child) => child.tagName === 'LI')
          .map((li) => finishInline(renderInline(Array.from(li.childNodes))))
          .filter((item) => item.text);
        if (items.length) blocks.push({ kind: 'list', ordered: tag === 'OL', items });
      } else if (tag === 'BLOCKQUOTE') {
        pushInline(
          'quote',
          Array.from(element.childNodes).flatMap((child) => [child, element.ownerDocument.createElement('br')]),
        );
      } else if (tag === 'PRE') {
        // trimEnd, not /\s+$/: that regex is quadratic on a long whitespace run. Invisible
        // characters go as everywhere else; the code's own spacing stays.
        const text = stripInvisible(element.textContent ?? '').trimEnd();
        if (text.trim()) blocks.push({ kind: 'code', text });
      } else if (tag === 'TABLE' && !isLayoutTable(element)) {
        const rows = Array.from(element.querySelectorAll('tr'))
          .map((row) => Array.from(row.children).map((cell) => collapseSpace(cell.textContent ?? '')))
          .filter((row) => row.some(Boolean));
        if (rows.length) blocks.push({ kind: 'table', rows });
      } else if (tag === 'P') {
        walk(element); // a <p> may hold an image between text runs
      } else if (tag === 'HR') {
        continue;
      } else {
        walk(element); // containers, layout tables, unknown elements: their children decide
      }
    }
    flush();
  };

  walk(root);
  return blocks;
}

/** The text of the first paragraph (where a Korean story's dateline names its reporter), or ''. */
export function firstParagraph(blocks: readonly Block[]): string {
  for (const block of blocks) if (block.kind === 'paragraph') return block.text;
  return '';
}
