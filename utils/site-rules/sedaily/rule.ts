/**
 * Seoul Economic Daily (서울경제, sedaily.com): the extraction data. Markup per era is documented in
 * docs/sedaily-dom.md; every list below is ordered newest era first and ends in markup-independent
 * fallbacks, because the 2026 selectors are partly inferred. No real sedaily article HTML was
 * available: the selectors come from that document and the fixtures are reconstructions (see
 * tests/pages/README.md). The Korean defaults (korean-news.ts) follow the lists below.
 */
import { defineSiteRule } from '../define-site-rule';
import { SEDAILY_SITE } from './site';

export const SEDAILY_RULE = defineSiteRule(SEDAILY_SITE, {
  eras: ['desktop-2016', 'desktop-2020', 'desktop-2026', 'mobile', 'amp'],
  title: [
    'h1.title',
    'h1.art_tit',
    '.article_head h1',
    '#v-left-scroll-in > h2',
    '.headline h1',
    '.con_article .headline h2',
    '.headline h2',
    ['meta[property="og:title"]', 'content'],
    ['meta[name="twitter:title"]', 'content'],
    'title',
  ],
  titleSuffix: /\s*[|\-–:]\s*(?:서울경제(?:신문)?|Sedaily|sedaily\.com)\s*$/i,
  deck: [
    '.article-subtitle',
    '.article_summary',
    '.sub_title',
    '.subtitle',
    // Renamed markup: anything called a subtitle or summary that reads like deck lines.
    '[class*="subtitle"]',
    '[class*="sub_title"]',
    '[class*="summary"]',
  ],
  byline: [
    '.byline .writer',
    '.article_info .writer',
    '.info_reporter',
    '.article_info .reporter',
    '.view_top li:first-child',
    ['meta[name="author"]', 'content'],
    ['meta[property="article:author"]', 'content'],
    ['meta[property="dable:author"]', 'content'],
    // Markup-independent fallbacks: the reporter pattern ("김광수 특파원") in the info lines.
    '.article_info',
    '.byline',
    '.view_top',
  ],
  published: [
    ['meta[property="article:published_time"]', 'content'],
    ['meta[name="article:published_time"]', 'content'],
    '.byline .date-publish',
    '.article_info .url_txt',
    '.article_info',
    '.view_top li',
    '.byline',
    '.date',
    ['time[datetime]', 'datetime'],
    'time',
  ],
  body: [
    '#article-body[itemprop="articleBody"]',
    '#article-body',
    '.article-body',
    '.article_view[itemprop="articleBody"]',
    '.article_view',
    '.view_con',
    '.con_article .article',
    '.article_wrap div.article',
    'div.article',
    '[itemprop="articleBody"]',
  ],
  remove: [
    // In-body clutter of every era.
    { selector: '.art_rel, .article-related, .relation_news, .rel_news', reason: 'related' },
    { selector: '[class^="sub_ad_banner"], [class*=" sub_ad_banner"], [data-svcad], [id^="svcad_"]', reason: 'ad' },
    { selector: '.article_copy, .copyright, .copy_right', reason: 'copyright' },
    { selector: '.reporter_wrap, .reporter-box, .reporter_box, .journalist', reason: 'reporter-box' },
    { selector: '.lmbox1', reason: 'promo' },
    { selector: '.btn_info, .article_tools, .article-tools, .util_box, .article_util', reason: 'share-tools' },
    { selector: '.like_area, .article_like, .reaction, .emotion', reason: 'likes' },
    { selector: '.tag_area, .article_tag, .keyword_area, .tags', reason: 'tags' },
    { selector: '.section-title, .breadcrumb, .location', reason: 'breadcrumb' },
    // Page chrome (2018 markup is known from the saved home page; later eras by their labels).
    { selector: '#NewsLetterPopAjax, .layer_bg, .layer_bg2, #loading, .sed_now_pop', reason: 'popup' },
    { selector: '#skipnav, .stock_bar, .header_bar, .m_grayheader, .m_header', reason: 'menu' },
    { selector: '.sitemap, .btn_sitemap, .ft_sitemap, .all_menu_list', reason: 'full-menu' },
    { selector: '#topSearchFrm, .search, .popularity_search', reason: 'search' },
    { selector: '.share_list, .share_cover, .sns_area', reason: 'share-tools' },
    { selector: '.subscribe_cover, #FooterMailForm, .f_family, .family_site', reason: 'newsletter' },
    { selector: '.address_cover, .footer_txt', reason: 'footer' },
    { selector: '.ad_main_banner, .main_wing_banner, #ad_kakao, [class*="wing_banner"]', reason: 'ad' },
    { selector: '.rank_news, .most_view, .best_news, .popular_news, .hot_news', reason: 'most-viewed' },
  ],
  headings: ['.article_view h3', '.sub_tit', '.subtitle_in', '#article-body h2', '#article-body h3'],
  dropText: [
    // Print-edition codes such as "0215A01 사고" and legacy archive junk.
    { pattern: /^\d{4}[A-Z]\d{2}\s+\S{1,10}$/, reason: 'print-code' },
    { pattern: /^SetSectionName\(.*\);?$/, reason: 'legacy-junk' },
    { pattern: /^(?:<\s*)?저작권자\s*ⓒ?\s*서울경제.*$/, reason: 'copyright' },
    { pattern: /^서울경제(?:신문)?를\s*(?:Follow|팔로우)\s*하세요!?$/i, reason: 'follow' },
    { pattern: /^(?:서울경제(?:신문)?|텔레그램 뉴스채널|블록체인의 모든 것, 디센터|서경\s?now)$/i, reason: 'footer' },
  ],
});
