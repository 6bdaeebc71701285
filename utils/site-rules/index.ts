/**
 * The site rules, for the pipeline, the background and the build: which rule a URL belongs to,
 * whether it is an article there, and the manifest's match patterns. The always-loaded content
 * script imports none of this (wxt.config.ts lists it in the manifest; the background answers
 * its auto-open question), so it carries no site data.
 */
import type { SiteIdentity, SiteRule } from './site-rule';
import { SITE_RULES } from './registry';

export type { SiteRule, SiteIdentity, SiteRuleData, Hint, RemoveRule, DropTextRule } from './site-rule';
export { SITE_RULES } from './registry';

/** Match patterns for the manifest: each rule host and its subdomains (`*.` covers both). */
export const SITE_MATCHES: readonly string[] = SITE_RULES.flatMap((rule) => rule.hosts.map((host) => `*://*.${host}/*`));

/** True when `host` is `base` itself or one of its subdomains; never a substring match. */
export function isHostOrSubdomain(host: string, base: string): boolean {
  return host === base || host.endsWith(`.${base}`);
}

/** The rule for a URL: exact host or subdomain of a rule host, minus the rule's excluded hosts. */
export function findSiteRule(url: string): SiteRule | null {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  return (
    SITE_RULES.find(
      (rule) =>
        rule.hosts.some((base) => isHostOrSubdomain(host, base)) &&
        !(rule.excludeHosts ?? []).some((excluded) => isHostOrSubdomain(host, excluded)),
    ) ?? null
  );
}

/** True when `url`'s path and query are one of `site`'s article paths (fronts, lists and search are not). */
export function isArticlePath(site: SiteIdentity, url: string): boolean {
  try {
    const { pathname, search } = new URL(url);
    return site.articlePath.test(pathname + search);
  } catch {
    return false;
  }
}

/** True when `url` is an article of a site with a rule: where auto-open may act. */
export function isRuleArticle(url: string): boolean {
  const rule = findSiteRule(url);
  return rule !== null && isArticlePath(rule, url);
}
