/**
 * Elements DOMPurify removes together with their content under SANITIZE_CONFIG: its default
 * FORBID_CONTENTS (DOMPurify 3.5) plus ours, minus what the allowlist keeps. The pipeline drops
 * them before building text and outline, so `text`, `outline` and `html` describe the same story.
 * Apart from sanitize.ts so the popup, which only sanitises, does not carry it.
 */
import { SANITIZE_CONFIG } from './sanitize';

const DOMPURIFY_FORBID_CONTENTS = [
  'annotation-xml',
  'audio',
  'colgroup',
  'desc',
  'foreignobject',
  'head',
  'iframe',
  'math',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
  'script',
  'style',
  'svg',
  'template',
  'thead',
  'title',
  'video',
  'xmp',
];
export const DROPPED_WITH_CONTENT: ReadonlySet<string> = new Set(
  [...DOMPURIFY_FORBID_CONTENTS, ...(SANITIZE_CONFIG.ADD_FORBID_CONTENTS as string[])].filter(
    (tag) => !(SANITIZE_CONFIG.ALLOWED_TAGS as string[]).includes(tag),
  ),
);

/** Removes, under `root`, every element the sanitiser would drop with its content. */
export function dropSanitizerDroppedSubtrees(root: Element): void {
  for (const element of Array.from(root.getElementsByTagName('*'))) {
    if (DROPPED_WITH_CONTENT.has(element.localName.toLowerCase()) && root.contains(element)) element.remove();
  }
}
