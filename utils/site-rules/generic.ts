/**
 * What the generic pipeline strips on any site without a rule: the structural clutter of news
 * templates (class and role based) and web boilerplate matched on words — the Korean outlets'
 * trailers from korean-news.ts plus their English equivalents. Everything here is general: no
 * pattern names a site.
 */
import type { DropTextRule, RemoveRule } from './site-rule';
import { CLUTTER_BLOCK_LABELS, KOREAN_NEWS_DROP_TEXT, KOREAN_NEWS_REMOVE } from './korean-news';
import { WEB_DATE_LINE } from './web-datelines';

/** Picture agencies and wires that end a photo credit line. */
const PICTURE_AGENCY =
  '(?:Getty Images|AP Photo|Associated Press|Reuters|AFP|EPA|Bloomberg|Shutterstock(?:\\.com)?|iStock(?:photo)?|Adobe Stock|Unsplash|Depositphotos)';

export const GENERIC_REMOVE: readonly RemoveRule[] = [
  ...KOREAN_NEWS_REMOVE,
  // Cookie and consent banners and their settings dialogs (CookieYes, OneTrust, Cookiebot, GDPR
  // plugins): never the story, often long enough for Readability to keep.
  {
    selector:
      '[id*="cookie" i], [class*="cookie" i], [id*="consent" i], [class*="consent" i], [id*="gdpr" i], [class*="gdpr" i], #onetrust-consent-sdk, .cli-modal',
    reason: 'cookie-notice',
  },
];

/** Whole-block English boilerplate: widget headings, prompts, loaders, copyright lines. */
const WEB_DROP_TEXT: readonly DropTextRule[] = [
  {
    pattern:
      /^(?:You (?:may|might) (?:also )?like|Related(?: (?:articles?|stories|posts|news|content|coverage))?|Recommended(?: for you| stories)?|More (?:from|on) .{1,40}|More stories|Read (?:more|next|this next)|Most (?:read|popular|viewed)|Trending(?: now)?|Latest(?: news)?|Popular(?: now)?|Don't miss|Editor'?s picks|Top stories)\s*[.…:!]*$/i,
    reason: 'related',
  },
  {
    pattern: /^(?:Advert(?:isement)?|Sponsored(?: content)?|Story continues below(?: advertisement)?|ADVERTISING)$/i,
    reason: 'ad',
  },
  { pattern: /^(?:SEE|READ) (?:MORE|ALSO|NEXT)\s*:.{0,200}$/i, reason: 'promo' },
  {
    pattern: /^(?:Skip to (?:main )?content|This slideshow requires JavaScript\.?|Tell us what (?:you|YOU) think\W*)$/i,
    reason: 'ui-label',
  },
  // Gallery and toolbar chrome: "Image 1 of 9", "Caption", "Close", "Enlarge Image", "Text size".
  {
    pattern:
      /^(?:Image \d+ of \/? ?\d+|Caption|Close|Enlarge (?:this )?(?:Image|Photo)|Text size|Font size|Order Reprints|View author archive|Email the author|Follow on Twitter)$/i,
    reason: 'ui-label',
  },
  // A photo credit alone on a line ("Photo: David Zalubowski / Associated Press", "Credit...Doug
  // Mills/The New York Times", "Natalie Naccache | Bloomberg | Getty Images"); captions keep theirs.
  {
    pattern:
      /^\(?(?:(?:Photo|Image|Picture|Photograph|Foto)s?(?: (?:credit|source))?|Credits?)\s*(?:by\s|:|…|\.{3})\s*[^.!?]{1,80}\)?\.?$/i,
    reason: 'image-credit',
  },
  // The same, ending in an agency: "Natalie Naccache | Bloomberg | Getty Images", "X via Getty Images".
  // Capped at 80 characters before anything else runs, so no input makes the regex backtrack long.
  {
    pattern: new RegExp(`^(?=.{1,80}$)[©(]?\\s*(?:[^.!?]*[|/]\\s*|[^.!?]*\\svia\\s+)?${PICTURE_AGENCY}\\s*\\)?\\.?$`, 'i'),
    reason: 'image-credit',
  },
  { pattern: WEB_DATE_LINE, reason: 'dateline', outsideLists: true },
  { pattern: /^(?:This (?:website|site) uses cookies|We use cookies)\b.{0,300}$/i, reason: 'cookie-notice' },
  // A WordPress shortcode that was never rendered: "[button link=…]Send us YOUR kit review[/button]".
  { pattern: /^\[(\w+)\b[^\]]*\].{0,200}\[\/\1\]$/, reason: 'markup-leak' },
  // "Loading…", and a streamed page's fallbacks: "Loading paragraph...", "Loading image...".
  { pattern: /^(?:(?:Loading(?: content)?|Please wait)\s*(?:\.{3}|…)?|Loading [\w-]+\s*(?:\.{3}|…))$/i, reason: 'ui-label' },
  {
    pattern:
      /^(?:Subscribe(?: now| today)?|Sign up(?: now)?|Sign in|Log in|Register|Share(?: this)?(?: (?:article|story|on \w+))?|Follow us(?: on .{1,40})?|Print(?: this)?|Email(?: this)?|Comments?(?: \(\d+\))?|Leave a (?:comment|reply)|Highlights|Tags|Topics|Filed under:?)$/i,
    reason: 'ui-label',
  },
  { pattern: /^(?:Sign up|Subscribe)\b.{0,80}\bnewsletters?\b.{0,80}$/i, reason: 'newsletter' },
  { pattern: /^(?:Via|Source:|Distributed by)\s+\S{2,40}\.?$/i, reason: 'syndication' },
  { pattern: /^(?:Copyright|©|\(c\))\s*(?:@|©|ⓒ|\(c\))?\s*\d{4}(?:\s*[-–]\s*\d{4})?\b.{0,80}$/i, reason: 'copyright' },
  {
    pattern: /^This (?:document|article|material|content) is (?:subject to|protected by) copyright\b.{0,300}$/i,
    reason: 'copyright',
  },
  { pattern: /^(?:Citation|Cite this(?: article)?):\s.{0,300}\bretrieved\b.{0,150}$/i, reason: 'citation-notice' },
  // A line that is only a date and time ("- 19.11.2019, 08:57", "segunda-feira, 22 de janeiro de
  // 2018 às 0:13"): a dateline, whatever the language; a sentence would end in punctuation.
  { pattern: /^(?=.{0,60}$)(?=.*\b(?:19|20)\d{2}\b)(?=.*\b\d{1,2}:\d{2}\b)(?!.*[.!?]\s+\S)(?!.*[.!?]$).*$/, reason: 'dateline' },
];

/** Labels that head a link list, in English (the Korean ones are in korean-news.ts). */
export const GENERIC_BLOCK_LABELS: readonly DropTextRule[] = [
  ...CLUTTER_BLOCK_LABELS,
  {
    pattern:
      /^(?:Related(?: (?:articles?|stories|posts|links|topics))?|You (?:may|might) (?:also )?like|Tags|Topics|More (?:stories|from .{1,30})|Trending|Most (?:read|popular)|Don['’]t miss|Read (?:more|next|also)|See also|Recommended(?: for you| stories)?|Editor['’]?s picks|Top stories)\s*[.…:!]*$/i,
    reason: 'related',
  },
];

export const GENERIC_DROP_TEXT: readonly DropTextRule[] = [...KOREAN_NEWS_DROP_TEXT, ...WEB_DROP_TEXT];
