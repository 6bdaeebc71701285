/**
 * Date lines in the languages of the web at large, for the generic pipeline: a block made of
 * nothing but a date and perhaps a time, weekday, zone and a "Published"/"Updated" label
 * ("Nov. 20, 2019, 9:28 AM UTC", "Published 4:00 am CST, Wednesday, November 20, 2019",
 * "02 Ago 2017", "October 06, 2018"). The metadata already holds the date; in the body it is
 * template chrome. Every word must be a date word, so a sentence never matches.
 */

const MONTH = [
  // English
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sept?(?:ember)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
  // Spanish, Portuguese, Italian, French, German (full names and the usual abbreviations)
  'enero',
  'ene',
  'febrero',
  'marzo',
  'abril',
  'abr',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'ago',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
  'dic',
  'janeiro',
  'fevereiro',
  'março',
  'maio',
  'junho',
  'julho',
  'setembro',
  'set',
  'outubro',
  'novembro',
  'dezembro',
  'dez',
  'gennaio',
  'gen',
  'febbraio',
  'aprile',
  'maggio',
  'mag',
  'giugno',
  'giu',
  'luglio',
  'lug',
  'settembre',
  'ottobre',
  'ott',
  'dicembre',
  'janvier',
  'janv',
  'février',
  'févr',
  'mars',
  'avril',
  'avr',
  'mai',
  'juin',
  'juillet',
  'juil',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
  'déc',
  'januar',
  'februar',
  'märz',
  'mär',
  'juni',
  'juli',
  'oktober',
  'okt',
  'dezember',
].join('|');
const DAY = 'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?';
/** Labels, meridiems, time zones and the small words of date phrases. */
const LABEL =
  'published|updated|posted|last|modified|on|at|date|a\\.?m|p\\.?m|[ecmp][sd]t|et|gmt|utc|bst|cest?|ist|aest|of|de|le|el|th|st|nd|rd|t(?=\\d)';
/** One token, never split: digits and words must end where the token ends (no backtracking into them). */
const TOKEN = `(?:\\d+(?!\\d)(?:st|nd|rd|th)?|(?:${MONTH}|${DAY}|${LABEL})(?!\\p{L}))`;
const SEPARATORS = '[\\s,.:;|•·\\-–—/()]*';
/** A year or a time somewhere, and a month name or a numeric date: "2019" or "1:35" alone is not a date line. */
const HAS_YEAR_OR_TIME = '(?=.*(?:(?<!\\d)(?:19|20)\\d{2}(?!\\d)|\\d{1,2}:\\d{2}))';
const HAS_DATE = `(?=.*(?:(?<!\\p{L})(?:${MONTH})(?!\\p{L})|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}))`;

export const WEB_DATE_LINE = new RegExp(
  `^(?=.{0,100}$)(?=\\D*\\d)${HAS_YEAR_OR_TIME}${HAS_DATE}${SEPARATORS}(?:${TOKEN}${SEPARATORS})+$`,
  'iu',
);
