/**
 * A site rule is data read by one generic interpreter (docs/architecture.md, "Site rules"). A site
 * is one folder, `utils/site-rules/<id>/`: `site.ts` says who the site is (a `SiteIdentity`),
 * `rule.ts` adds its extraction data through `defineSiteRule`; then one line in registry.ts.
 */

/** A metadata source: a selector whose text is read, or [selector, attribute]. Ordered: first hit wins. */
export type Hint = string | readonly [selector: string, attribute: string];

/** A clutter selector with the reason recorded when it removes something. */
export interface RemoveRule {
  selector: string;
  reason: string;
  /**
   * The selector names a list of links (most read, rankings) by a word in a class, which is weak
   * evidence: a ranked article ("the 10 best …", class `ranking-item`) uses the same words for its
   * sections. A match with almost no links and the length of prose is kept as content.
   */
  linkList?: boolean;
}

/** A text pattern: a block whose whole (whitespace-collapsed) text matches is dropped. */
export interface DropTextRule {
  pattern: RegExp;
  reason: string;
  /** Not inside a list item or table cell, where the same text is the list's data (an events calendar's dates). */
  outsideLists?: boolean;
}

/** Who a site is and which of its pages are articles. */
export interface SiteIdentity {
  id: string;
  /** The site's name as readers know it, used in citations unless the page names its outlet. */
  name: string;
  /** Registrable hosts; subdomains match too (`m.sedaily.com` for `sedaily.com`). */
  hosts: readonly string[];
  /** Hosts under `hosts` that are different sites (e.g. an English edition): generic mode there. */
  excludeHosts?: readonly string[];
  /**
   * Matched against the URL's path and query (`/NewsView/29QV5AQQWN`, `/main/read.nhn?oid=025&aid=…`):
   * article URLs only; fronts, lists, search and home pages are not articles.
   */
  articlePath: RegExp;
}

/** The extraction data a rule folder's `rule.ts` writes; `defineSiteRule` adds the defaults. */
export interface SiteRuleData {
  /**
   * `korean-news` (the default): `lang` 'ko', `utcOffset` '+09:00', and the clutter selectors and
   * trailer patterns Korean outlets share (korean-news.ts) after the rule's own. `none`: only what
   * the rule lists, and `lang` / `utcOffset` must be given.
   */
  defaults?: 'korean-news' | 'none';
  /** Offset applied to dates the site prints without one (`입력 2025-11-27 17:25`). */
  utcOffset?: string;
  /** Language of the site's articles when the page does not declare one. */
  lang?: string;
  /** Markup eras the rule claims; each must have at least one fixture (a test checks). */
  eras: readonly string[];
  title: readonly Hint[];
  /** Suffixes stripped from titles read from `<title>` / `og:title`, e.g. ` | 서울경제`. */
  titleSuffix?: RegExp;
  deck?: readonly Hint[];
  byline?: readonly Hint[];
  published?: readonly Hint[];
  /** When the article was last changed (`수정 …`), if the page says so. */
  modified?: readonly Hint[];
  /**
   * A portal's page names the newspaper that wrote the story (중앙일보 on Naver News): it becomes
   * `Article.siteName`, so citations name the newspaper, not the portal.
   */
  outlet?: readonly Hint[];
  /** A portal's link to the story on the newspaper's own site (기사원문): `Article.sourceUrl`. */
  sourceUrl?: readonly Hint[];
  /** When one of these exists (first with real text wins), Readability only sees it. */
  body?: readonly string[];
  /** Clutter removed before Readability runs. */
  remove?: readonly RemoveRule[];
  /** Subhead selectors promoted to headings. */
  headings?: readonly string[];
  /** Anchored text patterns dropped after Readability. */
  dropText?: readonly DropTextRule[];
  /** Only for what data cannot express; runs on the inert clone. */
  prepare?(doc: Document): void;
}

/** A complete rule, as the pipeline reads it: identity, data and defaults resolved. */
export interface SiteRule extends SiteIdentity, Omit<SiteRuleData, 'defaults' | 'utcOffset' | 'lang' | 'remove' | 'dropText'> {
  utcOffset: string;
  lang: string;
  remove: readonly RemoveRule[];
  dropText: readonly DropTextRule[];
}
