/**
 * Naver News (네이버 뉴스): the portal where most Korean news is read. It republishes the stories
 * of hundreds of newspapers in its own page design, so one rule serves them all; the newspaper
 * (중앙일보, 헤럴드경제, …) is read from the page as the article's outlet.
 *
 * Hosts: news.naver.com and its subdomains (n.news, m.news, sports.news), never all of naver.com.
 */
import type { SiteIdentity } from '../site-rule';

/** A Naver press id and article id: `025` and `0003017071`. */
const OID = String.raw`\d{3}`;
const AID = String.raw`\d{10}`;

/**
 * Article URLs, path and query: the 2022+ design `/mnews/article/<oid>/<aid>` and
 * `/article/<oid>/<aid>` (also under `ranking/` and `hotissue/`), and the older `/main/read.nhn` /
 * `/main/read.naver` (also under `/main/ranking/`, `/main/hotissue/`) and mobile `/read.nhn`,
 * `/rankingRead.nhn` with `oid` and `aid` in the query. Comment, print and list pages, the home page, sections and rankings are not articles.
 */
const ARTICLE_PATH = new RegExp(
  String.raw`^(?:/(?:mnews/)?(?:(?:ranking|hotissue)/)?article/${OID}/${AID}/?(?:\?.*)?` +
    String.raw`|(?:/main(?:/[a-z]+)?)?/(?:read|rankingRead)\.n(?:hn|aver)\?(?=(?:.*&)?oid=${OID}(?:&|$))(?=(?:.*&)?aid=${AID}(?:&|$)).*)$`,
);

export const NAVER_SITE: SiteIdentity = {
  id: 'naver',
  name: '네이버 뉴스',
  hosts: ['news.naver.com'],
  articlePath: ARTICLE_PATH,
};
