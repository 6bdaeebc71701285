/**
 * Seoul Economic Daily (서울경제, sedaily.com): who it is and which URLs are articles. The
 * extraction data is in rule.ts.
 */
import type { SiteIdentity } from '../site-rule';

/**
 * Article URLs of every era: `/NewsView/<10-char ID>` (also `/NewsVIew/`, a trailing slash and the
 * signal.sedaily `/<code>` suffix), old AMP `/NewsViewAmp/<ID>`, 2026 `/article/<n>` and AMP
 * `/amparticle/<n>`, with any query (`?OutLink=nstand`, `?ref=naver`). Anything else (fronts,
 * lists, search, archives, home) is not an article.
 */
const ARTICLE_PATH = /^\/(?:newsview(?:amp)?\/[0-9a-z]{10}(?:\/[0-9a-z_-]+)?|(?:amp)?article\/\d{6,9})\/?(?:\?.*)?$/i;

export const SEDAILY_SITE: SiteIdentity = {
  id: 'sedaily',
  name: '서울경제',
  hosts: ['sedaily.com'],
  // The English edition is a different site with its own markup: generic mode there.
  excludeHosts: ['en.sedaily.com'],
  articlePath: ARTICLE_PATH,
};
