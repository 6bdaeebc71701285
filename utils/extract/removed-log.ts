/** Records what the pipeline strips, for the "what was removed" panel. */
import type { RemovedBlock } from '../article';
import { collapseSpace, preview } from './text';
import { BLOCK_TAGS } from './block-elements';

/** Enough of a removed block to show it back; a whole footer menu is not worth more. */
export const MAX_DETAIL_LENGTH = 2000;

/** Text with a line per block and `<br>`, so a removed list reads as a list, not one run-on word. */
export function linedText(element: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') text += '\n';
        else if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
        else if (BLOCK_TAGS.has(tag)) {
          text += '\n';
          walk(child);
          text += '\n';
        } else walk(child);
      }
    }
  };
  walk(element);
  return text.split('\n').map(collapseSpace).filter(Boolean).join('\n');
}

export class RemovedLog {
  readonly blocks: RemovedBlock[] = [];

  /** Logs `element` when it carries text (invisible scripts and spacers are not news to anyone). */
  element(element: Element, reason: string, rule: string): void {
    this.text(linedText(element), reason, rule);
  }

  text(text: string, reason: string, rule: string): void {
    const lined = text.split('\n').map(collapseSpace).filter(Boolean).join('\n');
    if (!lined) return;
    this.blocks.push({ reason, rule, text: preview(lined.replace(/\n/g, ' ')), detail: lined.slice(0, MAX_DETAIL_LENGTH) });
  }
}
