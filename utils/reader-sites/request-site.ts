/**
 * Turning "always reader mode" on for a site from an extension page (popup, options). Must be
 * called straight from the click handler: `permissions.request` needs the user's gesture, and
 * Firefox loses it at the first await, so the request comes first and everything else after.
 */
import { browser } from 'wxt/browser';
import { errorMessage } from '../error-message';
import { sendMessage } from '../messaging';
import type { AddSiteOutcome } from './site-manager';
import { originPattern } from './site-origin';

export type RequestSiteOutcome = AddSiteOutcome | 'built-in' | 'declined' | { error: string };

export async function requestReaderSite(origin: string): Promise<RequestSiteOutcome> {
  let asked: Promise<boolean>;
  try {
    asked = browser.permissions.request({ origins: [originPattern(origin)] });
  } catch (error) {
    return { error: errorMessage(error) };
  }
  // The page may close before the user answers the browser's prompt: the background then finishes.
  sendMessage('expectReaderSite', { origin }).catch(() => {});
  try {
    if (!(await asked)) return 'declined';
    return await sendMessage('addReaderSite', { origin });
  } catch (error) {
    return { error: errorMessage(error) };
  }
}
