/**
 * The site-rule registry: a plain array, no registration by import side effects (design §8).
 * Host matching and the manifest patterns live in sites.ts, on the rules' identities.
 */
import type { SiteRule } from './site-rule';
import { SEDAILY_RULE } from './sedaily';
import { matchSite } from './sites';

export type { SiteRule, SiteIdentity, Hint, RemoveRule, DropTextRule } from './site-rule';
export { isArticlePath, isHostOrSubdomain, isRuleArticle, SITE_MATCHES, SITES } from './sites';

export const SITE_RULES: readonly SiteRule[] = [SEDAILY_RULE];

/** The rule for a URL: exact host or subdomain of a rule host, minus the rule's excluded hosts. */
export function findSiteRule(url: string): SiteRule | null {
  return matchSite(url, SITE_RULES);
}
