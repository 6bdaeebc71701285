/**
 * The site-rule registry: a plain array, no registration by import side effects (design §8).
 */
import type { SiteRule } from './site-rule';
import { SEDAILY_RULE } from './sedaily';

export type { SiteRule, Hint, RemoveRule, DropTextRule } from './site-rule';

export const SITE_RULES: readonly SiteRule[] = [SEDAILY_RULE];

/** Match patterns for the manifest: each rule host and its subdomains (`*.` covers both). */
export const SITE_MATCHES: readonly string[] = SITE_RULES.flatMap((rule) =>
  rule.hosts.map((host) => `*://*.${host}/*`),
);

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

/** True when `url` is an article of a site with a rule (its `articlePath`): where auto-open may act. */
export function isRuleArticle(url: string): boolean {
  const rule = findSiteRule(url);
  try {
    return rule !== null && rule.articlePath.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
