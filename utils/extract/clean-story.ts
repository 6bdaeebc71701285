/**
 * Step 8: what is left in the story that only its text gives away. Boilerplate lines by anchored
 * pattern (drop-boilerplate.ts), recorded; on a Korean page whose markup marks no deck, its first
 * lines under the headline become the deck (lead-deck.ts); marker and bold-only subheads; the
 * page's ids; and what the sanitiser will drop with its content, so text, outline and html agree.
 */
import type { SiteRule } from '../site-rules/site-rule';
import { GENERIC_DROP_TEXT } from '../site-rules/generic';
import { dropBoilerplate } from './drop-boilerplate';
import { stripPageIds } from './finish-content';
import { takeLeadDeck } from './lead-deck';
import type { Metadata } from './metadata';
import type { Story } from './read-story';
import type { RemovedLog } from './removed-log';
import { dropSanitizerDroppedSubtrees } from './sanitizer-drops';
import { markSubheads } from './subheads';

export interface CleanedStory {
  deck: string[];
  /** Sign-off lines removed, for a byline of last resort. */
  signOffs: string[];
}

/** `leadDeck`: look for an unmarked deck in the first lines (not in a selection: the user picked them). */
export function cleanStory(
  story: Story,
  meta: Metadata,
  rule: SiteRule | null,
  lang: string,
  log: RemovedLog,
  leadDeck = true,
): CleanedStory {
  const { content, read } = story;
  const title = meta.title || read.title || '';
  // The byline printed again in the body ("JANIE HAR", "By Paul Takahashi") is a repeat too.
  const author = meta.byline ?? read.byline ?? '';
  const repeated = [title, ...meta.deck, rule?.name ?? '', meta.siteName ?? '', author, author && `By ${author}`];
  const dropped = dropBoilerplate(content, rule?.dropText ?? GENERIC_DROP_TEXT, repeated, log);
  const deck = !leadDeck ? [] : meta.deck.length || !/^ko\b/i.test(lang) ? meta.deck : takeLeadDeck(content, title);
  markSubheads(content);
  stripPageIds(content);
  dropSanitizerDroppedSubtrees(content);
  return { deck, signOffs: dropped.signOffs };
}
