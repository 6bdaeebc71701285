/**
 * Step 7: Readability, the floor under every rule, on the cleaned copy; on pages without a rule
 * its pick is widened to the whole main-text holder when it kept only a part of the story
 * (extend-to-main-text.ts).
 */
import type { PageCopy } from './copy-page';
import { extendToMainText } from './extend-to-main-text';
import { isHeadlineList } from './headline-list';
import type { Protection } from './remove-clutter';
import { GENERIC_CHAR_THRESHOLD, RULE_CHAR_THRESHOLD, runReadability, type ReadabilityOutput } from './run-readability';

export interface Story {
  read: ReadabilityOutput;
  /** The story: Readability's pick, or the main-text holder that holds it and more. */
  content: Element;
  /** Readability's pick is a run of dated teasers (a section or front page), judged only when asked. */
  headlineList: boolean;
}

export function readStory(page: PageCopy, protection: Protection, judgeList: boolean): Story | null {
  // Readability moves and edits what it reads: the holder is copied before it runs.
  const holder = page.root ? null : ((protection.roots[0]?.cloneNode(true) as Element | undefined) ?? null);
  // A rule's container can hold a short Korean brief; on whole pages Readability's default makes
  // it look past a short cookie notice or teaser (run-readability.ts).
  const read = runReadability(page.doc, page.root ? RULE_CHAR_THRESHOLD : GENERIC_CHAR_THRESHOLD);
  if (!read) return null;
  const content = (holder && extendToMainText(read.content, holder)) || read.content;
  // Judged on Readability's own pick before cleaning, which drops the teasers' times ("12-03 10:05"
  // reads as a dateline).
  return { read, content, headlineList: judgeList && isHeadlineList(read.content) };
}
