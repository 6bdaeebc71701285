/**
 * The block elements the pipeline's steps talk about, named once. Which elements start a new
 * line, which hold a line of text, which make an element a container rather than a line: each
 * step used to write its own list, and they had drifted apart.
 */

/** HTML's block-level elements: each starts a new line of text (a paragraph break in a `<br>` run, a line in the removed panel). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]); // prettier-ignore

/** Elements that hold a line or a block of a story's text (a deck candidate, a boilerplate line, a promo link). */
export const TEXT_BLOCKS = 'p, div, h2, h3, h4, h5, h6, li, blockquote, dd, figure, table, ul, ol';

/** What may be a boilerplate block as a whole (a copyright line, a "related" box, a sign-off). */
export const CANDIDATE_BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, div, blockquote, dd, dt, section, aside, ul, ol, table';

/** An element holding one of these is a container of lines, not a line itself (a subhead, a table's cell text). */
export const CONTAINER_CONTENT = 'p, div, figure, img, table, ul, ol, h2, h3';
