/**
 * Naver News: the extraction data, built from real saved pages only (tests/pages/naver-*, each
 * with its SOURCE.md): the pre-2022 desktop design (`#articleBodyContents`, `#articleTitle`,
 * `.sponsor .t11`, `.press_logo`) and the 2022+ design (`#dic_area`, `.media_end_head_*`).
 * Lists run newest design first and end in markup-independent fallbacks. The Korean defaults
 * (korean-news.ts) follow the lists below.
 */
import { defineSiteRule } from '../define-site-rule';
import { NAVER_SITE } from './site';

export const NAVER_RULE = defineSiteRule(NAVER_SITE, {
  eras: ['desktop-2020', 'pc-2022'],
  title: [
    '#title_area',
    '.media_end_head_headline',
    '#articleTitle',
    '.end_tit',
    ['meta[property="og:title"]', 'content'],
    ['meta[name="twitter:title"]', 'content'],
    'title',
  ],
  titleSuffix: /\s*[:|]\s*(?:네이버(?:\s?뉴스)?|Naver(?: News)?)\s*$/i,
  // The summary (부제) Naver shows in bold above the story: lines split at <br>.
  deck: ['.media_end_summary', '#dic_area > strong:first-child', '#articleBodyContents > strong:first-child'],
  byline: [
    '.media_end_head_journalist_name',
    '.byline_s',
    '.journalistcard_summary_name',
    '.media_journalistcard_summary_name_text',
    '.byline',
  ],
  published: [
    ['._ARTICLE_DATE_TIME', 'data-date-time'],
    '.media_end_head_info_datestamp_time',
    '.sponsor .t11',
    '.article_info .sponsor',
  ],
  modified: [['._ARTICLE_MODIFY_DATE_TIME', 'data-modify-date-time'], '.sponsor .t11 ~ .t11'],
  // The newspaper, not the portal: its logo's alt text, then the meta tags Naver fills with it.
  outlet: [
    ['.media_end_head_top_logo img', 'alt'],
    ['.press_logo img', 'alt'],
    ['meta[name="twitter:creator"]', 'content'],
    ['meta[property="me2:category1"]', 'content'],
    ['meta[property="og:article:author"]', 'content'],
  ],
  sourceUrl: [
    ['a.media_end_head_origin_link', 'href'],
    ['a.btn_artialoriginal', 'href'],
  ],
  body: ['#dic_area', '#newsct_article', '#articleBodyContents', '#articeBody', '#newsEndContents', '._article_content'],
  remove: [
    // Inside the story container: the video player frame, Naver's own notices and link boxes.
    { selector: '.vod_area, ._VOD_PLAYER_WRAP, .end_video', reason: 'video' },
    { selector: '.link_news, .link_news_wrap, ._RELATED_ARTICLE', reason: 'related' },
    { selector: '.guide_categorization, .media_end_categorize', reason: 'ui-label' },
    { selector: '.media_end_correction, .media_end_copyright, .c_text, .copyright', reason: 'copyright' },
    { selector: '.journalistcard, .media_journalistcard, .newsct_journalist, .reporter_area', reason: 'reporter-box' },
    { selector: '.u_likeit, .end_btn, .media_end_head_info_variety', reason: 'share-tools' },
  ],
  dropText: [
    // The promotion lines outlets append on Naver: "▶ 네이버에서 헤럴드경제 채널 구독하기".
    { pattern: /^(?:▶|☞|■)?\s*네이버(?:\s?메인)?에서.{1,30}(?:구독|만나보세요|받아보세요).{0,20}$/, reason: 'promo' },
  ],
});
