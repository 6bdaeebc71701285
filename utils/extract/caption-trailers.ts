/**
 * Part of step 8: the desk notes some agencies end every photo caption with — the photo desk's
 * e-mail and a resale notice ("… (사진 = 삼성전자) photo@newsis.com *재판매 및 DB 금지"). The caption
 * and its credit stay; the e-mail and the notice are clutter, in copies as anywhere else.
 */
import type { RemovedLog } from './removed-log';
import { trimTrailingText } from './trim-text';

/** Only a caption's tail can hold the trailer: matching there keeps the pattern cheap. */
const MAX_TRAILER = 80;
const TRAILER =
  /(?:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?(?:\s*\*?\s*(?:재판매\s?및\s?DB\s?금지|무단\s?전재\s?및\s?재배포\s?금지|DB\s?금지)\.?)\s*$|\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$/;

export function trimCaptionTrailers(content: Element, log: RemovedLog): void {
  for (const caption of Array.from(content.querySelectorAll('figcaption'))) {
    const raw = caption.textContent ?? '';
    const trimmed = raw.trimEnd();
    const tailStart = Math.max(0, trimmed.length - MAX_TRAILER);
    const match = TRAILER.exec(trimmed.slice(tailStart));
    // A caption that is only the trailer is left to the other steps (the whole block goes or stays).
    if (!match || tailStart + match.index === 0) continue;
    trimTrailingText(caption, raw.length - (tailStart + match.index));
    log.text(match[0].trim(), 'caption-trailer', 'caption-desk-note');
  }
}
