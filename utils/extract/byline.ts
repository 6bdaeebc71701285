/**
 * Reporter bylines: cleaning what a byline source gives ("김광수 특파원 ksk@sedaily.com" → "김광수
 * 특파원"), and reading the reporter from the dateline that opens a Korean story when the page
 * marks no byline ("[이데일리 조민정 기자]", "[서울=뉴시스]이현주 기자 =", "(서울=연합뉴스) 홍길동 기자 =").
 */
import { CONTRIBUTOR_TITLES, EMAIL, REPORTER_NAMES, REPORTER_TITLES } from '../site-rules/korean-news';
import { collapseSpace } from './text';

const TITLE = `(?:${[...REPORTER_TITLES, ...CONTRIBUTOR_TITLES].join('|')})`;

/**
 * Korean reporter byline: optional location prefix ("항저우="), name(s), and a title, not followed
 * by more Hangul ("대통령 기자회견" is not a byline).
 */
const KOREAN_BYLINE = new RegExp(String.raw`(?:[가-힣A-Za-z]{1,10}\s?=\s?)?(${REPORTER_NAMES}\s?${TITLE})(?![가-힣])`);
/** The title first, as some columns sign: "칼럼니스트 박생강". */
const TITLE_FIRST_BYLINE = new RegExp(String.raw`^(?:${REPORTER_TITLES.join('|')})\s${REPORTER_NAMES}$`);

const MAX_BYLINE_SOURCE = 300;

/** Strips e-mails, brackets, labels and location prefixes; null when nothing name-like remains. */
export function cleanByline(raw: string): string | null {
  // An author page URL (JSON-LD `author.url`, `<a rel=author>` hrefs) is not a name.
  if (/^\s*(?:(?:https?:)?\/\/|www\.)/i.test(raw)) return null;
  // A byline is short: cutting first keeps the e-mail pattern from backtracking over a long text.
  const unlabelled = collapseSpace(
    raw
      .slice(0, MAX_BYLINE_SOURCE)
      .replace(EMAIL, ' ')
      .replace(/[()<>[\]{}]/g, ' '),
  );
  if (TITLE_FIRST_BYLINE.test(unlabelled)) return unlabelled;
  const text = unlabelled.replace(/^(?:by|글|기자|작성자)\s*[:=]?\s*/i, '').replace(/^[/=·|]\s*/, '');
  const korean = KOREAN_BYLINE.exec(text);
  if (korean) return collapseSpace(korean[1]!);
  if (!text || text.length > 60 || /\d{4}[-./]\d{1,2}/.test(text) || /입력|수정|승인/.test(text)) return null;
  // Korean text without a reporter title is a byline only when it is a bare name ("홍길동"):
  // anything else is a headline or a label.
  if (/[가-힣]/.test(text)) return new RegExp(`^${REPORTER_NAMES}$`).test(text) ? text : null;
  return text;
}

const NAME_AND_TITLE = String.raw`(${REPORTER_NAMES}\s?(?:${REPORTER_TITLES.join('|')}))`;
/** Inside the brackets: "[이데일리 조민정 기자]", "[헤럴드경제=한지숙 기자]", "[아시아경제 김철수·이영희 기자]". */
const BRACKETED = new RegExp(String.raw`^\s*[[(【]\s*(?:[^\])】=]{1,20}?(?:\s*=\s*|\s+))?${NAME_AND_TITLE}\s*[\])】]`);
/** After the brackets, up to an `=`: "[서울=뉴시스]이현주 기자 =", "(서울=연합뉴스) 홍길동 기자 =". */
const AFTER_BRACKETS = new RegExp(String.raw`^\s*[[(【][^\])】]{1,30}[\])】]\s*${NAME_AND_TITLE}\s*=`);

/** The reporter a story's opening dateline names, or null. */
export function datelineByline(firstParagraph: string): string | null {
  const start = firstParagraph.slice(0, 80);
  const match = BRACKETED.exec(start) ?? AFTER_BRACKETS.exec(start);
  return match ? collapseSpace(match[1]!) : null;
}

/**
 * The byline from the page's markup, else the story's dateline, else its sign-off. A bare name from
 * the markup ("조민정") gives way to the dateline's fuller form of the same name ("조민정 기자").
 */
export function fullerByline(marked: string | null, dateline: string | null, signOff: string | null): string | null {
  if (marked && dateline && dateline !== marked && dateline.startsWith(marked)) return dateline;
  return marked ?? dateline ?? signOff;
}
