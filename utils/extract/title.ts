/**
 * Part of step 2: the headline. Rule hints first, then the page's own claims (og:title, the
 * article's `<h1>`, `<title>`), skipping what is the site's name rather than a headline: the
 * logo `<h1>` inside the link home ("엔터 미디어"), an og:title that is only the site name. Site
 * names are also cut off the end of `<title>`-like values ("… - Entermedia", "… | 중앙일보").
 */
import type { Hint, SiteRule } from '../site-rules/site-rule';
import { readFirstHint } from './hints';
import { collapseSpace } from './text';

const GENERIC_TITLE: readonly Hint[] = [
  ['meta[property="og:title"]', 'content'],
  ['meta[name="twitter:title"]', 'content'],
  'article h1',
  'h1',
  'title',
];

/** A link to the site's front page: the logo's link. */
const HOME_HREF = /^(?:\/|\.\/?|\/?index\.\w{2,5}|(?:https?:)?\/\/[^/?#]+\/?)$/i;

/** Letters and digits only, lower-cased: "엔터 미디어" and "엔터미디어" are one name. */
const nameKey = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Names the page gives itself: og:site_name, and the text of elements inside links home. */
function siteNames(doc: Document, siteName: string | null, rule: SiteRule | null): Set<string> {
  const names = new Set<string>();
  for (const name of [siteName, rule?.name]) if (name) names.add(nameKey(name));
  for (const heading of Array.from(doc.querySelectorAll('h1'))) {
    if (isInHomeLink(heading)) names.add(nameKey(heading.textContent ?? ''));
  }
  names.delete('');
  return names;
}

function isInHomeLink(element: Element): boolean {
  const link = element.closest('a[href]') ?? element.querySelector('a[href]');
  const href = link?.getAttribute('href')?.trim() ?? '';
  return HOME_HREF.test(href) && collapseSpace(link?.textContent ?? '') === collapseSpace(element.textContent ?? '');
}

/** True when `segment` names the site: a known name, or a word of the page's host ("Entermedia"). */
function isSiteSegment(segment: string, names: Set<string>, host: string): boolean {
  const key = nameKey(segment);
  if (!key) return false;
  if (names.has(key)) return true;
  return key.length >= 3 && /^[a-z0-9]+$/.test(key) && host.replace(/[^a-z0-9]/g, '').includes(key);
}

/** " - Entermedia", " | 중앙일보": one segment at the end or the start, after or before a separator. */
const TRAILING_SEGMENT = /^(.*\S)(?:\s+[-–—·»:]{1,2}\s+|\s*[|｜]\s*)([^|｜\-–—·»:]{1,40})$/;
const LEADING_SEGMENT = /^([^|｜\-–—·»:]{1,40}?)(?:\s+[-–—·»:]{1,2}\s+|\s*[|｜]\s*)(\S.*)$/;

/** `title` without the segments that name the site ("Section | Headline | Site" keeps the rest). */
function stripSiteSegments(title: string, names: Set<string>, host: string): string {
  let result = title;
  for (
    let match = TRAILING_SEGMENT.exec(result);
    match && isSiteSegment(match[2]!, names, host);
    match = TRAILING_SEGMENT.exec(result)
  ) {
    result = match[1]!;
  }
  for (
    let match = LEADING_SEGMENT.exec(result);
    match && isSiteSegment(match[1]!, names, host);
    match = LEADING_SEGMENT.exec(result)
  ) {
    result = match[2]!;
  }
  return result;
}

export function readTitle(doc: Document, rule: SiteRule | null, siteName: string | null, sources: Element[]): string | null {
  const names = siteNames(doc, siteName, rule);
  let host = '';
  try {
    host = new URL(doc.URL).hostname.toLowerCase();
  } catch {
    // an inert document without a URL: only the names above
  }
  const hit = readFirstHint(doc, [...(rule?.title ?? []), ...GENERIC_TITLE], (value, element) => {
    const isTag = element.tagName === 'META' || element.tagName === 'TITLE';
    if (!isTag && isInHomeLink(element)) return null; // the logo, not the headline
    let clean = rule?.titleSuffix ? value.replace(rule.titleSuffix, '') : value;
    clean = collapseSpace(stripSiteSegments(clean, names, host));
    if (!clean || names.has(nameKey(clean))) return null;
    if (!isTag) sources.push(element);
    return clean;
  });
  return hit?.result ?? null;
}
