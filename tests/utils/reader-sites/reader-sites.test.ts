/**
 * Per-site reader mode: the site of a URL, the stored list, the registered content script kept
 * equal to the list, the permission as the condition for a site to be on, and the background's
 * auto-open answer. The scripting and permissions APIs are small fakes (fakeBrowser has neither).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mayAutoOpen } from '@/utils/reader-sites/may-auto-open';
import { expectSite, PENDING_MS, takePendingSites } from '@/utils/reader-sites/pending-sites';
import { loadReaderSites, MAX_READER_SITES, normalizeReaderSites, saveReaderSites } from '@/utils/reader-sites/reader-sites';
import { isReaderSiteAllowed } from '@/utils/reader-sites/site-allowed';
import { createSiteManager, type PermissionsApi } from '@/utils/reader-sites/site-manager';
import { originPattern, siteOrigin, siteOriginFromInput } from '@/utils/reader-sites/site-origin';
import { SITE_SCRIPT_ID, syncSiteScripts, type ScriptingApi } from '@/utils/reader-sites/site-scripts';
import { readerSiteStatus } from '@/utils/reader-sites/site-status';
import { updateSettings } from '@/utils/settings';
import { shouldAutoOpen } from '@/utils/tabs/should-auto-open';

type Registered = {
  id: string;
  js?: string[];
  matches?: string[];
  runAt?: string;
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
};

/** A registry like the browser's: duplicate ids are an error, as in Chromium and Firefox. */
function fakeScripting() {
  const scripts = new Map<string, Registered>();
  const calls: string[] = [];
  const api = {
    async getRegisteredContentScripts(filter?: { ids?: string[] }) {
      return [...scripts.values()]
        .filter((script) => !filter?.ids || filter.ids.includes(script.id))
        .map((script) => ({ ...script }));
    },
    async registerContentScripts(list: Registered[]) {
      calls.push('register');
      for (const script of list) {
        if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        scripts.set(script.id, { ...script });
      }
    },
    async unregisterContentScripts(filter?: { ids?: string[] }) {
      calls.push('unregister');
      for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
    },
  };
  return { api: api as unknown as ScriptingApi, scripts, calls };
}

function fakePermissions(granted: string[] = []) {
  const origins = new Set(granted);
  const api = {
    async contains(query: { origins?: string[] }) {
      return (query.origins ?? []).every((origin) => origins.has(origin));
    },
    async remove(query: { origins?: string[] }) {
      for (const origin of query.origins ?? []) origins.delete(origin);
      return true;
    },
  };
  return { api: api as unknown as PermissionsApi, origins };
}

const SITE = 'https://www.example-news.co.kr';
const ARTICLE = `${SITE}/news/articleView.html?idxno=12345`;

beforeEach(() => fakeBrowser.reset());

describe('the site of a page', () => {
  it('is the scheme and host of an http(s) URL, without port, path or case', () => {
    expect(siteOrigin('https://WWW.Example-News.co.kr:8443/news/1?x#y')).toBe(SITE);
    expect(siteOrigin('http://blog.example.com/')).toBe('http://blog.example.com');
    expect(['file:///tmp/a.html', 'chrome://version', 'about:blank', 'not a url', 'ftp://x.org/'].map(siteOrigin)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(originPattern(SITE)).toBe('https://www.example-news.co.kr/*');
  });

  it('reads what a user types: a full address or a bare host (https), nothing else', () => {
    expect(siteOriginFromInput('  hani.co.kr ')).toBe('https://hani.co.kr');
    expect(siteOriginFromInput('http://www.hani.co.kr/arti/1.html')).toBe('http://www.hani.co.kr');
    expect(['', 'news', 'two words.com', 'javascript:alert(1)', 'chrome://extensions'].map(siteOriginFromInput)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('excludes the web stores, which no extension may script', () => {
    expect(isReaderSiteAllowed('https://chromewebstore.google.com')).toBe(false);
    expect(isReaderSiteAllowed('https://addons.mozilla.org')).toBe(false);
    expect(isReaderSiteAllowed(SITE)).toBe(true);
  });
});

describe('the stored list', () => {
  it('keeps unique, valid origins in order, bounded', async () => {
    expect(normalizeReaderSites([SITE, 'javascript:alert(1)', SITE, 3, 'https://a.example/path', 'http://b.example'])).toEqual([
      SITE,
      'http://b.example',
    ]);
    expect(normalizeReaderSites('x')).toEqual([]);
    const many = Array.from({ length: MAX_READER_SITES + 5 }, (_, i) => `https://s${i}.example`);
    expect(normalizeReaderSites(many)).toHaveLength(MAX_READER_SITES);
    await saveReaderSites([SITE]);
    expect((await fakeBrowser.storage.local.get('readerSites')).readerSites).toEqual([SITE]);
    expect(await loadReaderSites()).toEqual([SITE]);
  });
});

describe('the registered content script', () => {
  it('registers the loader for the patterns, top frame, persistent; leaves an equal registration alone', async () => {
    const scripting = fakeScripting();
    await syncSiteScripts(scripting.api, [originPattern(SITE)]);
    expect([...scripting.scripts.values()]).toEqual([
      {
        id: SITE_SCRIPT_ID,
        js: ['content-scripts/reader.js'],
        matches: [`${SITE}/*`],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
    await syncSiteScripts(scripting.api, [originPattern(SITE)]);
    expect(scripting.calls).toEqual(['register']);
  });

  it('re-registers when the list changes and unregisters when it is empty', async () => {
    const scripting = fakeScripting();
    await syncSiteScripts(scripting.api, [`${SITE}/*`]);
    await syncSiteScripts(scripting.api, [`${SITE}/*`, 'https://b.example/*']);
    expect(scripting.scripts.get(SITE_SCRIPT_ID)?.matches).toEqual([`${SITE}/*`, 'https://b.example/*']);
    await syncSiteScripts(scripting.api, []);
    expect(scripting.scripts.size).toBe(0);
    expect(scripting.calls).toEqual(['register', 'unregister', 'register', 'unregister']);
  });
});

describe('the site manager (background)', () => {
  it('adds a site only with its permission, registers it, and says when it was already on', async () => {
    const scripting = fakeScripting();
    const permissions = fakePermissions();
    const sites = createSiteManager({ scripting: scripting.api, permissions: permissions.api });
    expect(await sites.add(SITE)).toBe('no-permission');
    expect(await loadReaderSites()).toEqual([]);
    permissions.origins.add(`${SITE}/*`);
    expect(await sites.add(SITE)).toBe('added');
    expect(await sites.add(SITE)).toBe('already');
    expect(await loadReaderSites()).toEqual([SITE]);
    expect(scripting.scripts.get(SITE_SCRIPT_ID)?.matches).toEqual([`${SITE}/*`]);
    expect(await sites.isOn(SITE)).toBe(true);
  });

  it('removing a site unregisters it and gives its permission back', async () => {
    const scripting = fakeScripting();
    const permissions = fakePermissions([`${SITE}/*`, 'https://b.example/*']);
    const sites = createSiteManager({ scripting: scripting.api, permissions: permissions.api });
    await sites.add(SITE);
    await sites.add('https://b.example');
    await sites.remove(SITE);
    expect(await loadReaderSites()).toEqual(['https://b.example']);
    expect(scripting.scripts.get(SITE_SCRIPT_ID)?.matches).toEqual(['https://b.example/*']);
    expect([...permissions.origins]).toEqual(['https://b.example/*']);
    expect(await sites.isOn(SITE)).toBe(false);
  });

  it('restores from the stored list at startup: drops sites whose permission was revoked, registers the rest', async () => {
    await saveReaderSites([SITE, 'https://revoked.example']);
    const scripting = fakeScripting();
    const sites = createSiteManager({ scripting: scripting.api, permissions: fakePermissions([`${SITE}/*`]).api });
    await sites.restore();
    expect(await loadReaderSites()).toEqual([SITE]);
    expect(scripting.scripts.get(SITE_SCRIPT_ID)?.matches).toEqual([`${SITE}/*`]);
  });

  it('runs changes one at a time: startup, install and an add at once never register twice', async () => {
    await saveReaderSites([SITE]);
    const scripting = fakeScripting();
    const permissions = fakePermissions([`${SITE}/*`, 'https://b.example/*']);
    const sites = createSiteManager({ scripting: scripting.api, permissions: permissions.api });
    const outcomes = await Promise.all([sites.restore(), sites.restore(), sites.add('https://b.example')]);
    expect(outcomes[2]).toBe('added');
    expect(scripting.scripts.get(SITE_SCRIPT_ID)?.matches).toEqual([`${SITE}/*`, 'https://b.example/*']);
  });
});

describe('requests whose page closed before the answer', () => {
  it('are kept per origin until taken, and expire', async () => {
    await expectSite(SITE, 1000);
    await expectSite('https://old.example', 1000 - PENDING_MS - 1);
    expect(await takePendingSites(['https://old.example/*'], 1000)).toEqual([]);
    expect(await takePendingSites(['https://other.example/*'], 1000)).toEqual([]);
    expect(await takePendingSites([`${SITE}/*`], 1000)).toEqual([SITE]);
    expect(await takePendingSites([`${SITE}/*`], 1000)).toEqual([]);
  });
});

describe('auto-open', () => {
  const granted = (on: boolean) => ({ isOn: async () => on });

  it('on a site the user added: any page but the home page, while its permission holds', async () => {
    await saveReaderSites([SITE]);
    expect(await shouldAutoOpen(ARTICLE, granted(true))).toBe(true);
    expect(await shouldAutoOpen(`${SITE}/news/articleList.html`, granted(true))).toBe(true);
    expect(await shouldAutoOpen(`${SITE}/`, granted(true))).toBe(false);
    expect(await shouldAutoOpen(`${SITE}/index.html`, granted(true))).toBe(false);
    expect(await shouldAutoOpen(ARTICLE, granted(false))).toBe(false);
    expect(await shouldAutoOpen('https://www.other.example/news/1', granted(true))).toBe(true);
    expect(await shouldAutoOpen('https://www.other.example/news/1')).toBe(false);
  });

  it('on a site with a rule: its articles, while the setting is on, whatever the list says', async () => {
    const sedaily = 'https://www.sedaily.com/NewsView/2H1C4KQZ7M';
    await saveReaderSites(['https://www.sedaily.com']);
    expect(await shouldAutoOpen(sedaily, granted(true))).toBe(false);
    await updateSettings({ autoOpen: true });
    expect(await shouldAutoOpen(sedaily, granted(false))).toBe(true);
    expect(await shouldAutoOpen('https://www.sedaily.com/v/NewsMain/GA', granted(true))).toBe(false);
  });

  it('the content script asks only while the setting is on or its site is listed', async () => {
    expect(await mayAutoOpen(ARTICLE)).toBe(false);
    await saveReaderSites([SITE]);
    expect(await mayAutoOpen(ARTICLE)).toBe(true);
    expect(await mayAutoOpen('https://www.other.example/news/1')).toBe(false);
    await updateSettings({ autoOpen: true });
    expect(await mayAutoOpen('https://www.other.example/news/1')).toBe(true);
  });

  it('tells the popup the state of a site: on, off, built in, unavailable', async () => {
    const scripting = fakeScripting();
    const permissions = fakePermissions([`${SITE}/*`]);
    const sites = createSiteManager({ scripting: scripting.api, permissions: permissions.api });
    expect(await readerSiteStatus(sites, ARTICLE)).toEqual({ origin: SITE, state: 'off' });
    await sites.add(SITE);
    expect(await readerSiteStatus(sites, ARTICLE)).toEqual({ origin: SITE, state: 'on' });
    expect(await readerSiteStatus(sites, 'https://m.sedaily.com/article/123456')).toEqual({
      origin: 'https://m.sedaily.com',
      state: 'built-in',
    });
    expect(await readerSiteStatus(sites, 'chrome://extensions')).toEqual({ origin: null, state: 'unavailable' });
    expect(await readerSiteStatus(sites, 'https://chromewebstore.google.com/detail/x')).toEqual({
      origin: null,
      state: 'unavailable',
    });
  });
});
