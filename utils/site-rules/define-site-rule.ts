/**
 * One rule from a site's identity and extraction data, with the defaults filled in once here
 * rather than remembered by every rule: Korean outlets share their language, time zone and most
 * of their clutter, so a Korean rule lists only what is its own.
 */
import type { SiteIdentity, SiteRule, SiteRuleData } from './site-rule';
import { KOREAN_NEWS_DROP_TEXT, KOREAN_NEWS_REMOVE } from './korean-news';

export function defineSiteRule(site: SiteIdentity, data: SiteRuleData): SiteRule {
  const { defaults = 'korean-news', lang, utcOffset, remove = [], dropText = [], ...rest } = data;
  const korean = defaults === 'korean-news';
  const resolvedLang = lang ?? (korean ? 'ko' : null);
  const resolvedOffset = utcOffset ?? (korean ? '+09:00' : null);
  if (!resolvedLang || !resolvedOffset)
    throw new Error(`${site.id}: a rule without the Korean defaults must give lang and utcOffset`);
  return {
    ...site,
    ...rest,
    lang: resolvedLang,
    utcOffset: resolvedOffset,
    // The rule's own entries first: they name the site's clutter precisely (and its reason).
    remove: korean ? [...remove, ...KOREAN_NEWS_REMOVE] : remove,
    dropText: korean ? [...dropText, ...KOREAN_NEWS_DROP_TEXT] : dropText,
  };
}
