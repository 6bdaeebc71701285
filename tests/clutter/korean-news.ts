/**
 * Clutter no Korean article may keep, whatever the site and with or without a rule: copyright and
 * redistribution notices in every spelling, reporter e-mail addresses, portal subscription lines,
 * the "▶ …" promotion runs, tip lines. Patterns only (they must never match real prose); how they
 * are used: tests/clutter-strings.ts.
 */

export const KOREAN_CLUTTER_PATTERNS: readonly RegExp[] = [
  /무단\s?전재/,
  /무단\s?(?:복제|배포)/,
  /재배포\s?금지/,
  /AI\s?학습\s?(?:및\s?활용\s?|이용\s?)?금지/,
  /재판매\s?및\s?DB\s?금지/,
  /저작권자\s?(?:ⓒ|©|\(c\))/i,
  /All rights? reserved/i,
  /^(?:ⓒ|©)/m,
  // any e-mail address: sign-offs and reporter boxes
  /[\w.+-]+@@?[\w-]+(?:\.[\w-]+)+/,
  // portal and channel subscription prompts
  /(?:네이버|다음)(?:\s?메인)?에서.{0,30}(?:구독|만나보세요)/,
  /구독하기$/m,
  // a promotion line: a marker and a short run of text at the start of a line of its own
  /^[▶☞]\s?\S.{0,40}$/m,
  /^\[?기사\s?제보\]?/m,
];
