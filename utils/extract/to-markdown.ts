/** Part of step 10: the same article as Markdown (CommonMark + GFM tables), rendered from the same blocks. */
import type { Block } from './blocks';
import { escapeLineStart, escapeMarkdown, markdownUrl } from './blocks';
import { bylineLine, type ArticleHeader, type TextOptions } from './to-text';

function tableMarkdown(rows: readonly string[][]): string {
  const width = Math.max(...rows.map((row) => row.length));
  const cell = (value: string | undefined) => escapeMarkdown(value ?? '').replace(/\|/g, '\\|');
  const line = (row: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => cell(row[i])).join(' | ')} |`;
  const [head = [], ...rest] = rows;
  return [line(head), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...rest.map(line)].join('\n');
}

export function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(Math.min(6, block.level))} ${block.markdown}`;
    case 'paragraph':
      return block.markdown;
    case 'caption':
      return `*${block.markdown.replace(/\\\n/g, ' ')}*`;
    case 'quote':
      return block.markdown
        .split('\\\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'image':
      return `![${escapeMarkdown(block.alt)}](${markdownUrl(block.src)})`;
    case 'list':
      return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${item.markdown}`).join('\n');
    case 'code':
      return `\`\`\`\n${block.text.replace(/```/g, '`\u200b``')}\n\`\`\``;
    case 'table':
      return tableMarkdown(block.rows);
  }
}

export function toMarkdown(header: ArticleHeader, blocks: readonly Block[], options: TextOptions = {}): string {
  const parts = [`# ${escapeMarkdown(header.title)}`];
  if (header.deck.length) parts.push(header.deck.map((line) => `> ${escapeLineStart(escapeMarkdown(line))}`).join('\n>\n'));
  const meta = bylineLine(header);
  if (meta) parts.push(escapeLineStart(escapeMarkdown(meta)));
  for (const block of blocks) {
    if (options.captions === false && block.kind === 'caption') continue;
    const markdown = blockMarkdown(block);
    if (markdown) parts.push(markdown);
  }
  return parts.join('\n\n');
}
