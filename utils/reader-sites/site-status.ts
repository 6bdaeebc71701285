/**
 * What the popup shows for its tab's site: whether "always reader mode" is on there, off, built in
 * (a site with a rule: its articles follow the auto-open setting instead), or unavailable (a page
 * no extension may script). Answered by the background, which holds the site rules.
 */
import { findSiteRule } from '../site-rules';
import { isReaderSiteAllowed } from './site-allowed';
import type { SiteManager } from './site-manager';
import { siteOrigin } from './site-origin';

export type ReaderSiteState = 'on' | 'off' | 'built-in' | 'unavailable';

export interface ReaderSiteStatus {
  origin: string | null;
  state: ReaderSiteState;
}

/** True when `origin` is a host with a site rule (covered by the manifest's own content script). */
export function isBuiltInSite(origin: string): boolean {
  return findSiteRule(`${origin}/`) !== null;
}

export async function readerSiteStatus(manager: SiteManager, url: string): Promise<ReaderSiteStatus> {
  const origin = siteOrigin(url);
  if (!origin || !isReaderSiteAllowed(origin)) return { origin: null, state: 'unavailable' };
  if (isBuiltInSite(origin)) return { origin, state: 'built-in' };
  return { origin, state: (await manager.isOn(origin)) ? 'on' : 'off' };
}
