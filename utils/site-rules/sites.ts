/**
 * The sites with rules, by identity only (no extraction data): host matching, the manifest match
 * patterns and the article-URL check. The content script imports this module, not the full rules.
 */
import type { SiteIdentity } from './site-rule';
import { SEDAILY_SITE } from './sedaily-site';

/** One entry per site rule, in the same order as SITE_RULES (a test keeps the two in step). */
export const SITES: readonly SiteIdentity[] = [SEDAILY_SITE];

/** Match patterns for the manifest: each rule host and its subdomains (`*.` covers both). */
export const SITE_MATCHES: readonly string[] = SITES.flatMap((site) => site.hosts.map((host) => `*://*.${host}/*`));

/** True when `host` is `base` itself or one of its subdomains; never a substring match. */
export function isHostOrSubdomain(host: string, base: string): boolean {
  return host === base || host.endsWith(`.${base}`);
}

/** The entry of `sites` for a URL: exact host or subdomain of a site host, minus its excluded hosts. */
export function matchSite<T extends SiteIdentity>(url: string, sites: readonly T[]): T | null {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  return (
    sites.find(
      (site) =>
        site.hosts.some((base) => isHostOrSubdomain(host, base)) &&
        !(site.excludeHosts ?? []).some((excluded) => isHostOrSubdomain(host, excluded)),
    ) ?? null
  );
}

/** True when `url`'s path is one of `site`'s article paths (fronts, lists and search are not). */
export function isArticlePath(site: SiteIdentity, url: string): boolean {
  try {
    return site.articlePath.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** True when `url` is an article of a site with a rule (its `articlePath`): where auto-open may act. */
export function isRuleArticle(url: string): boolean {
  const site = matchSite(url, SITES);
  return site !== null && isArticlePath(site, url);
}
