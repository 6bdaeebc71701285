/**
 * A site rule is data read by one generic interpreter (design §5). Adding a site means adding one
 * of these plus fixtures, never new pipeline code.
 */

/** A metadata source: a selector whose text is read, or [selector, attribute]. Ordered: first hit wins. */
export type Hint = string | readonly [selector: string, attribute: string];

/** A clutter selector with the reason recorded when it removes something. */
export interface RemoveRule {
  selector: string;
  reason: string;
}

/** A text pattern: a block whose whole (whitespace-collapsed) text matches is dropped. */
export interface DropTextRule {
  pattern: RegExp;
  reason: string;
}

/**
 * Who a site is and which of its pages are articles: the part of a rule that the always-loaded
 * content script needs (manifest matches, auto-open), kept apart from the extraction data below so
 * that script does not carry every selector and pattern of every site.
 */
export interface SiteIdentity {
  id: string;
  /** Outlet name as readers know it, used in citations. */
  name: string;
  /** Registrable hosts; subdomains match too (`m.sedaily.com` for `sedaily.com`). */
  hosts: readonly string[];
  /** Hosts under `hosts` that are different sites (e.g. an English edition): generic mode there. */
  excludeHosts?: readonly string[];
  /** Matched against the URL's `pathname`: article URLs only; fronts and lists are not articles. */
  articlePath: RegExp;
}

export interface SiteRule extends SiteIdentity {
  /** Offset applied to dates the site prints without one (`입력 2025-11-27 17:25`). */
  utcOffset: string;
  /** Language of the site's articles when the page does not declare one. */
  lang: string;
  /** Markup eras the rule claims; each must have at least one fixture (a test checks). */
  eras: readonly string[];
  title: readonly Hint[];
  /** Suffixes stripped from titles read from `<title>` / `og:title`, e.g. ` | 서울경제`. */
  titleSuffix?: RegExp;
  deck?: readonly Hint[];
  byline?: readonly Hint[];
  published?: readonly Hint[];
  /** When one of these exists (first with real text wins), Readability only sees it. */
  body?: readonly string[];
  /** Clutter removed before Readability runs. */
  remove: readonly RemoveRule[];
  /** Subhead selectors promoted to headings. */
  headings?: readonly string[];
  /** Anchored text patterns dropped after Readability. */
  dropText: readonly DropTextRule[];
  /** Only for what data cannot express; runs on the inert clone. */
  prepare?(doc: Document): void;
}
