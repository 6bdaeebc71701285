/**
 * The background's side of per-site reader mode: the stored list, the host permission of each
 * site, and the registered content script, kept in agreement. A site is on only while all three
 * say so: added after its permission was granted, dropped when the permission goes (revoked in the
 * browser's settings, or given back by removing the site). Every change runs one at a time, so
 * concurrent startup, install and add events never register the script twice.
 */
import type { Browser } from 'wxt/browser';
import { loadReaderSites, saveReaderSites } from './reader-sites';
import { originPattern } from './site-origin';
import { syncSiteScripts, type ScriptingApi } from './site-scripts';

export type PermissionsApi = Pick<typeof Browser.permissions, 'contains' | 'remove'>;

/** What adding a site came to; the page that asked turns it into a message. */
export type AddSiteOutcome = 'added' | 'already' | 'no-permission';

export interface SiteManagerApis {
  scripting: ScriptingApi;
  permissions: PermissionsApi;
}

export interface SiteManager {
  add(origin: string): Promise<AddSiteOutcome>;
  /** Drops the site, unregisters it and gives its permission back. */
  remove(origin: string): Promise<void>;
  /** At startup and install, and when permissions were removed: drop revoked sites, re-register. */
  restore(): Promise<void>;
  /** True while `origin` is listed and its permission is granted. */
  isOn(origin: string): Promise<boolean>;
}

export function createSiteManager({ scripting, permissions }: SiteManagerApis): SiteManager {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => {});
    return next;
  };
  const granted = async (origin: string) => {
    try {
      return await permissions.contains({ origins: [originPattern(origin)] });
    } catch {
      return false;
    }
  };
  const register = (sites: readonly string[]) => syncSiteScripts(scripting, sites.map(originPattern));

  return {
    add: (origin) =>
      serial(async () => {
        if (!(await granted(origin))) return 'no-permission';
        const sites = await loadReaderSites();
        const already = sites.includes(origin);
        const next = already ? sites : [...sites, origin];
        if (!already) await saveReaderSites(next);
        await register(next);
        return already ? 'already' : 'added';
      }),
    remove: (origin) =>
      serial(async () => {
        const next = (await loadReaderSites()).filter((site) => site !== origin);
        await saveReaderSites(next);
        await register(next);
        // Given back only after the script no longer matches it; a refusal (the browser keeps it
        // for another reason) leaves nothing registered either way.
        await permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
      }),
    restore: () =>
      serial(async () => {
        const sites = await loadReaderSites();
        const kept: string[] = [];
        for (const site of sites) if (await granted(site)) kept.push(site);
        if (kept.length !== sites.length) await saveReaderSites(kept);
        await register(kept);
      }),
    isOn: async (origin) => (await loadReaderSites()).includes(origin) && granted(origin),
  };
}
