/**
 * Site-rule registry: host matching (exact host or subdomain, never substring), the manifest match
 * patterns, and the sedaily article-path gate for every URL form in docs/sedaily-dom.md §1.
 */
import { describe, expect, it } from 'vitest';
import {
  findSiteRule,
  isArticlePath,
  isHostOrSubdomain,
  isRuleArticle,
  SITE_MATCHES,
  SITE_RULES,
} from '../../../utils/site-rules';
import { SEDAILY_RULE } from '../../../utils/site-rules/sedaily/rule';
import { SEDAILY_SITE } from '../../../utils/site-rules/sedaily/site';
import { NAVER_RULE } from '../../../utils/site-rules/naver/rule';

describe('findSiteRule', () => {
  it.each([
    ['https://www.sedaily.com/NewsView/1RX1IP84RV'],
    ['https://sedaily.com/'],
    ['https://m.sedaily.com/NewsView/1HTR22OIJ8#cb'],
    ['http://m.sedaily.com'],
    ['http://www.sedaily.com/article/20008365'],
    ['https://signal.sedaily.com/NewsView/1VE5QHCM9Q/GF0101'],
    ['https://decenter.sedaily.com/NewsView/1VE5QHCM9Q'],
    ['https://dev.sedaily.com/News/Issue/2601/74'],
    ['https://WWW.SEDAILY.COM/NewsView/1RX1IP84RV'],
    ['https://www.sedaily.com./NewsView/1RX1IP84RV'],
    ['https://www.sedaily.com:8443/article/20008365'],
    ['https://user:pw@www.sedaily.com/article/20008365'],
  ])('%s → sedaily', (url) => {
    expect(findSiteRule(url)?.id).toBe('sedaily');
  });

  it.each([
    ['https://notsedaily.com/NewsView/1RX1IP84RV'],
    ['https://wwwsedaily.com/'],
    ['https://sedaily.com.evil.io/NewsView/1RX1IP84RV'],
    ['https://www.sedaily.com.evil.io/'],
    ['https://evil.io/sedaily.com'],
    ['https://evil.io/?u=https://www.sedaily.com/'],
    ['https://www.sedaily.com@evil.io/NewsView/1RX1IP84RV'],
    ['https://sedaily.co.kr/'],
    ['https://sedaily.com-evil.io/'],
    ['https://example.com/'],
  ])('%s → null (not a substring match)', (url) => {
    expect(findSiteRule(url)).toBeNull();
  });

  it.each([
    ['https://en.sedaily.com/finance/2026/03/02/some-slug'],
    ['http://en.sedaily.com/'],
    ['https://EN.SEDAILY.COM/'],
    ['https://www.en.sedaily.com/'],
  ])('%s → null (English edition is excluded)', (url) => {
    expect(findSiteRule(url)).toBeNull();
  });

  it.each([
    ['ftp://www.sedaily.com/NewsView/1RX1IP84RV'],
    ['file:///sedaily.com/NewsView/1RX1IP84RV'],
    ['javascript:alert(1)//www.sedaily.com'],
    ['chrome-extension://www.sedaily.com/reader.html'],
    ['view-source:https://www.sedaily.com/NewsView/1RX1IP84RV'],
    ['ws://www.sedaily.com/'],
    ['data:text/html,https://www.sedaily.com/'],
    ['about:blank'],
  ])('%s → null (non-http scheme)', (url) => {
    expect(findSiteRule(url)).toBeNull();
  });

  it.each([
    [''],
    ['   '],
    ['not a url'],
    ['www.sedaily.com/NewsView/1RX1IP84RV'],
    ['//www.sedaily.com/NewsView/1RX1IP84RV'],
    ['https://'],
    ['http://[::1'],
    ['sedaily.com'],
  ])('garbage %j → null, no throw', (url) => {
    expect(() => findSiteRule(url)).not.toThrow();
    expect(findSiteRule(url)).toBeNull();
  });

  it('returns the registered rule object itself', () => {
    expect(findSiteRule('https://www.sedaily.com/article/20008365')).toBe(SEDAILY_RULE);
  });
});

describe('isRuleArticle', () => {
  it("a rule carries its folder's identity", () => {
    const { id, name, hosts, excludeHosts, articlePath } = SEDAILY_RULE;
    expect({ id, name, hosts, excludeHosts, articlePath }).toEqual(SEDAILY_SITE);
  });

  it.each([
    ['https://www.sedaily.com/NewsView/1RX1IP84RV', true],
    ['https://m.sedaily.com/article/20008365', true],
    ['https://www.sedaily.com/v/NewsMain/GA', false],
    ['https://en.sedaily.com/NewsView/1RX1IP84RV', false],
    ['https://notsedaily.com/NewsView/1RX1IP84RV', false],
    ['https://example.com/NewsView/1RX1IP84RV', false],
    ['not a url', false],
  ])('isRuleArticle(%s) → %s', (url, expected) => {
    expect(isRuleArticle(url)).toBe(expected);
  });
});

describe('isHostOrSubdomain', () => {
  it.each([
    ['sedaily.com', 'sedaily.com', true],
    ['www.sedaily.com', 'sedaily.com', true],
    ['a.b.sedaily.com', 'sedaily.com', true],
    ['notsedaily.com', 'sedaily.com', false],
    ['sedaily.com.evil.io', 'sedaily.com', false],
    ['sedaily.com', 'www.sedaily.com', false],
    ['xsedaily.com', 'sedaily.com', false],
    ['', 'sedaily.com', false],
  ])('(%j, %j) → %s', (host, base, expected) => {
    expect(isHostOrSubdomain(host, base)).toBe(expected);
  });
});

describe('SITE_RULES / SITE_MATCHES', () => {
  it('registers sedaily and Naver News', () => {
    expect(SITE_RULES.map((rule) => rule.id)).toEqual(expect.arrayContaining(['sedaily', 'naver']));
  });

  it('has unique rule ids', () => {
    const ids = SITE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is exactly one host-and-subdomains pattern per rule host', () => {
    expect(SITE_MATCHES).toEqual(expect.arrayContaining(['*://*.sedaily.com/*', '*://*.news.naver.com/*']));
    // Naver News hosts only, never all of naver.com.
    expect(SITE_MATCHES.filter((pattern) => pattern.endsWith('//*.naver.com/*'))).toEqual([]);
    expect(SITE_MATCHES.length).toBe(SITE_RULES.reduce((sum, rule) => sum + rule.hosts.length, 0));
  });

  it('every pattern is a valid WebExtension match pattern for http(s)', () => {
    const MATCH_PATTERN = /^(\*|https?):\/\/(\*|\*\.[a-z0-9.-]+|[a-z0-9.-]+)\/.*$/;
    for (const pattern of SITE_MATCHES) expect(pattern).toMatch(MATCH_PATTERN);
  });

  it('rule hosts are bare lower-case registrable hosts (no scheme, path or wildcard)', () => {
    for (const rule of SITE_RULES) {
      for (const host of rule.hosts) expect(host).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
      for (const host of rule.excludeHosts ?? []) {
        expect(rule.hosts.some((base) => isHostOrSubdomain(host, base))).toBe(true);
      }
    }
  });
});

describe('sedaily articlePath', () => {
  /** What the pipeline does: the rule's articlePath against the URL's path and query. */
  const isArticleUrl = (url: string) => isArticlePath(SEDAILY_RULE, url);

  it.each([
    // Eras 1–2 desktop.
    ['https://www.sedaily.com/NewsView/1RX1IP84RV'],
    ['https://www.sedaily.com/NewsView/29QV5AQQWN/'],
    ['https://www.sedaily.com/NewsVIew/2GWSVGO6KY'],
    ['https://www.sedaily.com/newsview/2GWSVGO6KY'],
    ['https://www.sedaily.com/NewsView/2GWSVGO6KY?OutLink=nstand'],
    ['https://www.sedaily.com/NewsView/1RX1IP84RV/?OutLink=nstand'],
    // Mobile and old AMP.
    ['https://m.sedaily.com/NewsView/1HTR22OIJ8'],
    ['https://m.sedaily.com/NewsView/1HTR22OIJ8#cb'],
    ['https://m.sedaily.com/NewsViewAmp/1HTR22OIJ8'],
    // Sub-sites.
    ['https://signal.sedaily.com/NewsView/1VE5QHCM9Q/GF0101'],
    ['https://decenter.sedaily.com/NewsView/1VE5QHCM9Q'],
    // Era 3.
    ['https://www.sedaily.com/article/20008365'],
    ['https://www.sedaily.com/article/20008365?ref=naver'],
    ['https://www.sedaily.com/article/20086409?ref=newsstand'],
    ['https://www.sedaily.com/article/14110006'],
    ['https://m.sedaily.com/amparticle/20008365'],
  ])('%s is an article', (url) => {
    expect(isArticleUrl(url)).toBe(true);
  });

  it.each([
    ['https://www.sedaily.com/'],
    ['https://www.sedaily.com/v/NewsMain/GA'],
    ['https://www.sedaily.com/v/NewsMain/GL'],
    ['https://www.sedaily.com/NewsMain/GG/50'],
    ['https://www.sedaily.com/NewsList/GA01'],
    ['https://www.sedaily.com/News/Issue/2601/74'],
    ['https://www.sedaily.com/News/NewsAll'],
    ['https://www.sedaily.com/Cube/CubeCollect/307'],
    ['https://www.sedaily.com/Journalist/x'],
    ['https://www.sedaily.com/Photo/Gallery/Viewer/123'],
    ['https://www.sedaily.com/Search/?scText=x'],
    ['https://www.sedaily.com/Info/Company/TelegramNews'],
    ['https://www.sedaily.com/newsArchive/2026/03/02'],
    ['https://www.sedaily.com/economy'],
    ['https://www.sedaily.com/market'],
    ['https://www.sedaily.com/business/it'],
    ['https://www.sedaily.com/sitemap/latestnews'],
    ['https://www.sedaily.com/NewsView/'],
    ['https://www.sedaily.com/NewsView/SHORT'],
    ['https://www.sedaily.com/NewsView/1RX1IP84RV0'],
    ['https://www.sedaily.com/article/'],
    ['https://www.sedaily.com/article/abc'],
    ['https://www.sedaily.com/article/20008365/comments'],
    ['https://www.sedaily.com/x/article/20008365'],
    ['https://www.sedaily.com/NewsView/1RX1IP84RV/GF0101/extra'],
  ])('%s is not an article', (url) => {
    expect(isArticleUrl(url)).toBe(false);
  });
});

describe('Naver News hosts', () => {
  it.each([
    ['https://n.news.naver.com/mnews/article/016/0002194334'],
    ['https://news.naver.com/main/read.nhn?oid=025&aid=0003017071'],
    ['https://m.news.naver.com/read.nhn?oid=025&aid=0003017071'],
    ['https://NEWS.NAVER.COM/'],
  ])('%s → naver', (url) => {
    expect(findSiteRule(url)?.id).toBe('naver');
  });

  it.each([
    ['https://www.naver.com/'],
    ['https://naver.com/'],
    ['https://search.naver.com/search.naver?where=news&query=x'],
    ['https://blog.naver.com/someone/223000000000'],
    ['https://cafe.naver.com/x'],
    ['https://notnews.naver.com/article/016/0002194334'],
    ['https://news.naver.com.evil.io/article/016/0002194334'],
  ])('%s → null (only the news hosts, never all of naver.com)', (url) => {
    expect(findSiteRule(url)).toBeNull();
  });
});

describe('Naver articlePath', () => {
  const isArticleUrl = (url: string) => isArticlePath(NAVER_RULE, url);

  it.each([
    // 2022+ design.
    ['https://n.news.naver.com/article/016/0002194334'],
    ['https://n.news.naver.com/mnews/article/016/0002194334'],
    ['https://n.news.naver.com/mnews/article/016/0002194334?sid=102'],
    ['https://n.news.naver.com/mnews/ranking/article/016/0002194334?ntype=RANKING'],
    ['https://n.news.naver.com/mnews/hotissue/article/016/0002194334?type=series&cid=1'],
    ['https://m.news.naver.com/article/016/0002194334'],
    // Older desktop and mobile read pages, oid and aid in any order.
    ['https://news.naver.com/main/read.nhn?mode=LSD&mid=sec&oid=025&aid=0003017071&sid1=001'],
    ['https://news.naver.com/main/read.naver?mode=LSD&mid=sec&sid1=001&oid=025&aid=0003017071'],
    ['https://news.naver.com/main/read.nhn?aid=0003017071&oid=025'],
    ['https://news.naver.com/main/ranking/read.naver?mode=LSD&mid=shm&sid1=001&oid=025&aid=0003017071&rankingType=RANKING'],
    ['https://news.naver.com/main/hotissue/read.nhn?mid=hot&sid1=100&cid=1&iid=2&oid=025&aid=0003017071'],
    ['https://m.news.naver.com/read.nhn?oid=025&aid=0003017071'],
    ['https://m.news.naver.com/rankingRead.nhn?oid=025&aid=0003017071&sid1=&ntype=RANKING'],
  ])('%s is an article', (url) => {
    expect(isArticleUrl(url)).toBe(true);
  });

  it.each([
    ['https://news.naver.com/'],
    ['https://news.naver.com/main/home.naver'],
    ['https://news.naver.com/main/main.naver?mode=LSD&mid=shm&sid1=100'],
    ['https://news.naver.com/section/101'],
    ['https://news.naver.com/main/ranking/popularDay.naver'],
    ['https://news.naver.com/main/list.naver?mode=LPOD&mid=sec&oid=016'],
    ['https://news.naver.com/main/read.nhn?oid=025'],
    ['https://news.naver.com/main/read.nhn?aid=0003017071'],
    ['https://news.naver.com/main/read.nhn?xoid=025&aid=0003017071'],
    ['https://news.naver.com/main/read.nhn?oid=025&aid=00030170'],
    ['https://n.news.naver.com/article/comment/016/0002194334'],
    ['https://n.news.naver.com/article/print/016/0002194334'],
    ['https://n.news.naver.com/article/016/0002194334/comments'],
    ['https://n.news.naver.com/mnews/article/016'],
  ])('%s is not an article', (url) => {
    expect(isArticleUrl(url)).toBe(false);
  });
});
