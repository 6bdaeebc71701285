/**
 * The content script's own first check, from storage alone: may the reader open by itself here?
 * Only when the auto-open setting is on or this page's site is one the user added. Anywhere else
 * the loader sends no message at all at page load.
 */
import { loadSettings } from '../settings';
import { loadReaderSites } from './reader-sites';
import { siteOrigin } from './site-origin';

export async function mayAutoOpen(url: string): Promise<boolean> {
  if ((await loadSettings()).autoOpen) return true;
  const origin = siteOrigin(url);
  return origin !== null && (await loadReaderSites()).includes(origin);
}
