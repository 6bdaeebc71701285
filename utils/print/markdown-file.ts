/**
 * "Save as Markdown": the article's Markdown with where it came from, as a `.md` file named after
 * the title. Downloaded from an extension page with a Blob and `<a download>`: no `downloads`
 * permission, nothing leaves the machine.
 */
import type { Article } from '../article';

/** Characters no file system takes in a name (and control characters). */
// eslint-disable-next-line no-control-regex -- control characters are matched on purpose
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
export const MAX_NAME_LENGTH = 80;

export function markdownFileName(title: string): string {
  const base = title
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const short = Array.from(base).slice(0, MAX_NAME_LENGTH).join('').trim();
  return `${short || 'article'}.md`;
}

export interface SourceLabels {
  url: string;
  source: string;
}

/** The Markdown, then the article's address and (on a portal's copy) the original story's. */
export function markdownFileText(article: Article, labels: SourceLabels): string {
  const lines = [`${labels.url}: <${article.url}>`];
  if (article.sourceUrl && article.sourceUrl !== article.url) lines.push(`${labels.source}: <${article.sourceUrl}>`);
  return `${article.markdown}\n\n---\n\n${lines.join('  \n')}\n`;
}

/** Starts the download in `doc` (an extension page's document). */
export function downloadMarkdown(doc: Document, name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked after the click was handled; revoking at once can cancel the download in Firefox.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
