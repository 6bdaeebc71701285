/**
 * The content script registered for the user's sites: the same loader the manifest declares for
 * the rule hosts (content-scripts/reader.js), one registration whose matches are the sites'
 * patterns. Both builds use `scripting.registerContentScripts` (Firefox has it in MV2 since 102).
 * Persistence differs: Chromium keeps registrations across restarts but may drop them on an
 * update, Firefox drops them when the add-on is unloaded (and before 105 could not persist at all),
 * so the background calls syncSiteScripts from the stored list at every startup and install.
 */
import type { Browser } from 'wxt/browser';
import { READER_SCRIPT } from '../tabs/tab-reader';

export const SITE_SCRIPT_ID = 'declutter-reader-sites';

/** The part of `browser.scripting` this uses (a fake in unit tests). */
export type ScriptingApi = Pick<
  typeof Browser.scripting,
  'getRegisteredContentScripts' | 'registerContentScripts' | 'unregisterContentScripts'
>;

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));

/** Makes the registration match `patterns` exactly: registered, re-registered or unregistered. */
export async function syncSiteScripts(scripting: ScriptingApi, patterns: readonly string[]): Promise<void> {
  const [current] = await scripting.getRegisteredContentScripts({ ids: [SITE_SCRIPT_ID] });
  if (current && patterns.length > 0 && sameSet(current.matches ?? [], patterns)) return;
  if (current) await scripting.unregisterContentScripts({ ids: [SITE_SCRIPT_ID] });
  if (patterns.length === 0) return;
  await scripting.registerContentScripts([
    {
      id: SITE_SCRIPT_ID,
      // The path without its leading slash, as the manifest's content_scripts list it.
      js: [READER_SCRIPT.replace(/^\//, '')],
      matches: [...patterns],
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    },
  ]);
}
