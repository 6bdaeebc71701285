/**
 * Part of step 10: "copy clean text" (docs/architecture.md, "The contract"): title, deck lines, a `byline · date` line, a blank line,
 * then body blocks separated by blank lines. No UI labels, no boilerplate, no duplicated title.
 */
import type { Block } from './blocks';
import { formatLocalDate } from './dates';

export interface ArticleHeader {
  title: string;
  deck: readonly string[];
  byline: string | null;
  published: string | null;
}

export interface TextOptions {
  /** Photo captions as their own blocks (the default), or left out. */
  captions?: boolean;
}

/** `김광수 특파원 · 2025-11-27 17:25`, either half alone, or null. */
export function bylineLine(header: ArticleHeader): string | null {
  const parts = [header.byline, header.published ? formatLocalDate(header.published) : null].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'caption':
    case 'quote':
      return block.text;
    case 'list':
      return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${item.text}`).join('\n');
    case 'code':
      return block.text;
    case 'table':
      return block.rows.map((row) => row.join('\t')).join('\n');
    case 'image':
      return '';
  }
}

/** The body alone: blocks separated by blank lines. */
export function bodyText(blocks: readonly Block[], options: TextOptions = {}): string {
  return blocks
    .filter((block) => options.captions !== false || block.kind !== 'caption')
    .map(blockText)
    .filter(Boolean)
    .join('\n\n');
}

export function toText(header: ArticleHeader, blocks: readonly Block[], options: TextOptions = {}): string {
  const head = [header.title, ...header.deck, bylineLine(header)].filter(Boolean).join('\n');
  const body = bodyText(blocks, options);
  return [head, body].filter(Boolean).join('\n\n');
}
