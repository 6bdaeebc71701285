/**
 * Step 2: metadata, read before cleaning removes the elements that carry it. Sources in order:
 * the site rule's hints, JSON-LD, meta tags, then page-wide fallbacks. Elements that held the
 * title, deck, byline or date are returned so the pipeline can drop them from the body copy.
 */
import type { Hint, SiteRule } from '../site-rules/site-rule';
import { readFirstHint, readHint } from './hints';
import { readJsonLd } from './json-ld';
import { toIsoDate } from './dates';
import { readTitle } from './title';
import { cleanByline } from './byline';

export { cleanByline } from './byline';
import { collapseSpace, hangulRatio } from './text';

export interface Metadata {
  title: string;
  deck: string[];
  byline: string | null;
  published: string | null;
  modified: string | null;
  leadImage: string | null;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The page's og:site_name. */
  siteName: string | null;
  /** The newspaper a portal page names (the rule's `outlet` hints), else null. */
  outlet: string | null;
  /** The portal's link to the story on the newspaper's own site (the rule's `sourceUrl` hints). */
  sourceUrl: string | null;
  /** og:type article or a JSON-LD article: the page says it is an article. */
  declaresArticle: boolean;
  /** Elements the metadata came from; removed from the copy so they do not repeat in the body. */
  sources: Element[];
}

const GENERIC_BYLINE: readonly Hint[] = [
  ['meta[name="author"]', 'content'],
  ['meta[property="article:author"]', 'content'],
  '[itemprop="author"] [itemprop="name"]',
  '[rel="author"]',
  '[itemprop="author"]',
  '.byline',
];
const GENERIC_PUBLISHED: readonly Hint[] = [
  ['meta[property="article:published_time"]', 'content'],
  ['meta[itemprop="datePublished"]', 'content'],
  ['meta[name="pubdate"]', 'content'],
  ['meta[name="date"]', 'content'],
  ['[itemprop="datePublished"]', 'datetime'],
  ['time[datetime]', 'datetime'],
];
const GENERIC_MODIFIED: readonly Hint[] = [
  ['meta[property="article:modified_time"]', 'content'],
  ['meta[itemprop="dateModified"]', 'content'],
  ['[itemprop="dateModified"]', 'datetime'],
];
const GENERIC_IMAGE: readonly Hint[] = [
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
  ['meta[property="twitter:image"]', 'content'],
];
const RTL_LANGS = /^(?:ar|he|iw|fa|ur|yi|ps|sd|ug|dv)(?:-|$)/i;

/** A printed date line ("입력 2025-11-27 17:25:13 수정 …") is short; longer text is cut first. */
const MAX_DATE_TEXT = 300;

/** Printed dates often read "입력 … 수정 …": the published time is the one after 입력/등록. */
function publishedFrom(value: string, offset: string | null): string | null {
  // Bounded and unambiguous (`\s*(?::\s*)?`, not `\s*:?\s*`): no backtracking on long space runs.
  const labelled = /(?:입력|등록|승인|게재|Published)\s*(?::\s*)?(.+)/i.exec(value.slice(0, MAX_DATE_TEXT));
  const text = labelled ? labelled[1]! : value;
  return toIsoDate(text, offset);
}

/** "수정 2025-11-27 18:02" / "최종수정 …": the time after the label, else the text's only date. */
function modifiedFrom(value: string, offset: string | null): string | null {
  const labelled = /(?:최종\s?수정|수정|업데이트|Updated|Modified)\s*(?::\s*)?(.+)/i.exec(value.slice(0, MAX_DATE_TEXT));
  return toIsoDate(labelled ? labelled[1]! : value, offset);
}

/** An outlet's name as a portal writes it: "중앙일보 | 네이버" (og:article:author) is 중앙일보. */
function cleanOutlet(value: string): string | null {
  const name = collapseSpace(value.split(/\s[|｜]\s/)[0] ?? '');
  return name && name.length <= 40 ? name : null;
}

/** Absolute http(s) URLs only: a link is offered to the user, never a `javascript:` one. */
function httpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Korean pages print "입력 2025-11-27 17:25" somewhere near the title, whatever the markup; also
 * "기사입력 :[ 2018-08-25 15:24 ]" and "입력시간 : …".
 */
const DATE_LABEL = String.raw`(?:기사\s?입력|입력|등록|작성)(?:\s?(?:시간|일시?))?`;
const PRINTED_DATE = String.raw`\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}\.?(?:\s+(?:오전|오후)?\s*\d{1,2}:\d{2}(?::\d{2})?)?`;
// Every optional part owns its spaces, so a long whitespace run after a label never backtracks.
const LABELLED_DATE = new RegExp(String.raw`${DATE_LABEL}\s*(?:[:：]\s*)?(?:[[(]\s*)?(${PRINTED_DATE})`);
/** A label alone in its element, the date in the next one: `<em>입력</em><span>2023.09.07. 오후 12:22</span>`. */
const LABEL_ONLY = new RegExp(String.raw`^\s*${DATE_LABEL}\s*(?:[:：]\s*)?$`);
const DATE_FIRST = new RegExp(String.raw`^\s*(?:[[(]\s*)?(${PRINTED_DATE})`);

/** Last resort for the date: the first "입력 …" text anywhere on the page (markup drift). */
function findLabelledDate(doc: Document, offset: string | null): string | null {
  if (!offset || !doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let afterLabel = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (afterLabel && value.trim()) {
      const date = DATE_FIRST.exec(value);
      if (date) return toIsoDate(date[1]!, offset);
      afterLabel = false;
    }
    const match = LABELLED_DATE.exec(value);
    if (match) return toIsoDate(match[1]!, offset);
    if (LABEL_ONLY.test(value)) afterLabel = true;
  }
  return null;
}

/** Deck lines of an element: one per `<br>`, block child or literal "<br>" text. */
export function deckLines(element: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) current += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toLowerCase();
        if (tag === 'br') current += '\n';
        else if (/^(?:p|div|li|h\d|span)$/.test(tag) && tag !== 'span') {
          current += '\n';
          walk(child);
          current += '\n';
        } else walk(child);
      }
    }
  };
  walk(element);
  // sedaily ships a literal "<br>" inside the deck text (docs/sedaily-dom.md §6).
  for (const line of current.split(/\n|&lt;br\s*\/?&gt;|<br\s*\/?>/i)) {
    const clean = collapseSpace(line);
    if (clean) lines.push(clean);
  }
  return lines;
}

/** Deck lines are a few short lines: never a paragraph of body text. */
const MAX_DECK_LINES = 8;
const MAX_DECK_LINE_LENGTH = 150;
function isDeckLike(lines: readonly string[]): boolean {
  return lines.length > 0 && lines.length <= MAX_DECK_LINES && lines.every((line) => line.length <= MAX_DECK_LINE_LENGTH);
}

const SITE_NAME: Hint = ['meta[property="og:site_name"]', 'content'];
const CONTENT_LANGUAGE: Hint = ['meta[http-equiv="content-language" i]', 'content'];
const OG_TYPE: Hint = ['meta[property="og:type"]', 'content'];

export function readMetadata(doc: Document, rule: SiteRule | null): Metadata {
  const sources: Element[] = [];
  const jsonLd = readJsonLd(doc);
  const siteName = readHint(doc, SITE_NAME)?.value ?? null;
  const declaredLang = collapseSpace(doc.documentElement?.getAttribute('lang') ?? readHint(doc, CONTENT_LANGUAGE)?.value ?? '');
  const lang = declaredLang || rule?.lang || (hangulRatio(doc.body?.textContent?.slice(0, 20000) ?? '') > 0.3 ? 'ko' : 'und');
  const declaredDir = doc.documentElement?.getAttribute('dir')?.toLowerCase();
  const dir = declaredDir === 'rtl' || (declaredDir !== 'ltr' && RTL_LANGS.test(lang)) ? 'rtl' : 'ltr';

  // Korean pages print KST without a zone; elsewhere an unzoned printed time is not trusted.
  const offset = rule?.utcOffset ?? (/^ko\b/i.test(lang) ? '+09:00' : null);

  const title = readTitle(doc, rule, siteName, sources) ?? (jsonLd?.headline ? collapseSpace(jsonLd.headline) : '');

  let deck: string[] = [];
  for (const hint of rule?.deck ?? []) {
    const hit = readHint(doc, hint);
    if (!hit) continue;
    const lines = deckLines(hit.element);
    if (!isDeckLike(lines)) continue; // a broad fallback hint matched a body or a widget
    deck = lines;
    sources.push(hit.element);
    break;
  }

  // Outlets put their own name in `meta[name=author]` ("서울경제"): that is not a byline.
  const outlets = [rule?.name, siteName].filter((name): name is string => Boolean(name));
  const personByline = (value: string) => {
    const clean = cleanByline(value);
    return clean && !outlets.some((outlet) => clean.startsWith(outlet)) ? clean : null;
  };
  const bylineHit = readFirstHint(doc, rule?.byline ?? [], personByline);
  if (bylineHit && bylineHit.element.tagName !== 'META') sources.push(bylineHit.element);
  const byline =
    bylineHit?.result ??
    (jsonLd?.author ? personByline(jsonLd.author) : null) ??
    readFirstHint(doc, GENERIC_BYLINE, personByline)?.result ??
    null;

  const publishedHit = readFirstHint(doc, rule?.published ?? [], (value) => publishedFrom(value, offset));
  if (publishedHit && publishedHit.element.tagName !== 'META') sources.push(publishedHit.element);
  const published =
    publishedHit?.result ??
    (jsonLd?.datePublished ? publishedFrom(jsonLd.datePublished, offset) : null) ??
    readFirstHint(doc, GENERIC_PUBLISHED, (value) => publishedFrom(value, offset))?.result ??
    findLabelledDate(doc, offset);

  // A date the page calls its last change, when it is one (not the publication date again).
  const modifiedHit = readFirstHint(doc, rule?.modified ?? [], (value) => modifiedFrom(value, offset));
  if (modifiedHit && modifiedHit.element.tagName !== 'META') sources.push(modifiedHit.element);
  const modifiedAt =
    modifiedHit?.result ??
    (jsonLd?.dateModified ? toIsoDate(jsonLd.dateModified, offset) : null) ??
    readFirstHint(doc, GENERIC_MODIFIED, (value) => toIsoDate(value, offset))?.result ??
    null;
  const modified = modifiedAt && modifiedAt !== published ? modifiedAt : null;

  const outlet = readFirstHint(doc, rule?.outlet ?? [], cleanOutlet)?.result ?? null;
  const sourceUrl = readFirstHint(doc, rule?.sourceUrl ?? [], httpUrl)?.result ?? null;

  const leadImage =
    readFirstHint(doc, GENERIC_IMAGE, (value) => (/^https?:\/\//i.test(value) ? value : null))?.result ??
    (jsonLd?.image && /^https?:\/\//i.test(jsonLd.image) ? jsonLd.image : null);

  const ogType = readHint(doc, OG_TYPE)?.value ?? '';
  return {
    title,
    deck,
    byline,
    published,
    modified,
    leadImage,
    lang,
    dir,
    siteName,
    outlet,
    sourceUrl,
    declaresArticle: /article/i.test(ogType) || jsonLd !== null,
    sources,
  };
}
