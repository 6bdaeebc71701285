/** Records what the pipeline strips, for the "what was removed" panel. */
import type { RemovedBlock } from '../article';
import { collapseSpace, preview } from './text';

export class RemovedLog {
  readonly blocks: RemovedBlock[] = [];

  /** Logs `element` when it carries text (invisible scripts and spacers are not news to anyone). */
  element(element: Element, reason: string, rule: string): void {
    this.text(element.textContent ?? '', reason, rule);
  }

  text(text: string, reason: string, rule: string): void {
    if (!collapseSpace(text)) return;
    this.blocks.push({ reason, rule, text: preview(text) });
  }
}
