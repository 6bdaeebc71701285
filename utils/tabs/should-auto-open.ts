/**
 * The background's answer to `shouldAutoOpen`: whether the reader opens by itself on a page. The
 * content script asks only while the setting is on or its site is one of the user's reader sites;
 * the answer needs the site rules and the permissions, which live here rather than in the script
 * every page of those sites loads.
 *  - a site with a rule: its article pages, while the auto-open setting is on;
 *  - a site the user added: while it is listed and its permission is granted, on any page but the
 *    home page; the content script then opens only what the pipeline takes for an article, so
 *    fronts, lists and search pages stay as they are.
 */
import { loadReaderSites } from '../reader-sites/reader-sites';
import type { SiteManager } from '../reader-sites/site-manager';
import { siteOrigin } from '../reader-sites/site-origin';
import { loadSettings } from '../settings';
import { findSiteRule, isRuleArticle } from '../site-rules';

/** A site's home page is never an article: not worth loading the reader app for. */
function isHomePage(url: string): boolean {
  const { pathname, search } = new URL(url);
  return /^\/(?:index\.\w{2,5})?$/i.test(pathname) && search === '';
}

export async function shouldAutoOpen(url: string, sites?: Pick<SiteManager, 'isOn'>): Promise<boolean> {
  if (findSiteRule(url)) return isRuleArticle(url) && (await loadSettings()).autoOpen;
  const origin = siteOrigin(url);
  if (!origin || isHomePage(url)) return false;
  if (sites) return sites.isOn(origin);
  return (await loadReaderSites()).includes(origin);
}
