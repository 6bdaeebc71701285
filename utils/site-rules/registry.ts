/**
 * Every site with a rule. Adding a site is its folder (`npm run new-site -- <id> <host>` writes
 * one) and one line here; the manifest's host permissions and content-script matches follow.
 * A plain array: no registration by import side effects.
 */
import type { SiteRule } from './site-rule';
import { NAVER_RULE } from './naver/rule';
import { SEDAILY_RULE } from './sedaily/rule';

export const SITE_RULES: readonly SiteRule[] = [SEDAILY_RULE, NAVER_RULE];
