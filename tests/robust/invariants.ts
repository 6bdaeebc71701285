/**
 * What every ExtractResult must satisfy, whatever the input. The HTML contract is shared with the
 * sanitiser tests (tests/support/output-contract.ts).
 * Needs a spec-compliant DOM for the re-parse: call it only under `@vitest-environment jsdom`.
 */
import type { ExtractResult } from '../../utils/article';
import { INVISIBLE, inspectHtml, type HtmlCheckOptions } from '../support/output-contract';

export { INVISIBLE };

const OPTIONS: HtmlCheckOptions = { allowVoidIs: true };

/** Every way `html` breaks the sanitiser's contract (`is=""` tolerated, see HtmlCheckOptions). */
export function htmlViolations(html: string): string[] {
  return inspectHtml(html, OPTIONS).violations;
}

/** Is `value` plain JSON data (what crosses extension messaging)? Deep-compares a JSON round trip. */
function isPlainData(value: unknown): boolean {
  const copy: unknown = JSON.parse(JSON.stringify(value));
  const same = (a: unknown, b: unknown): boolean => {
    if (a === null || typeof a !== 'object') return Object.is(a, b);
    if (b === null || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
    if (Object.getPrototypeOf(a) !== Object.prototype && !Array.isArray(a)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  };
  return same(value, copy);
}

/** Every contract violation of `result`: status, reason, HTML, text hygiene, outline ids, plain data. */
export function resultViolations(result: ExtractResult): string[] {
  if (result.status === 'not-article') {
    const out: string[] = [];
    if (typeof result.reason !== 'string' || !result.reason.trim()) out.push('not-article without a reason');
    // The catch-all in extractArticle is a safety net: reaching it means a step threw.
    if (/^Extraction failed/.test(result.reason)) out.push(`pipeline threw internally: ${result.reason}`);
    if (!isPlainData(result)) out.push('result is not plain JSON data');
    return out;
  }
  if (result.status !== 'ok') return [`unknown status ${JSON.stringify((result as { status: unknown }).status)}`];
  const { article } = result;
  const html = inspectHtml(article.html, OPTIONS);
  const out = html.violations.map((v) => `html: ${v}`);
  const hidden = INVISIBLE.exec(article.text);
  if (hidden) out.push(`text holds U+${hidden[0].codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase()}`);
  if (!isPlainData(result)) out.push('result is not plain JSON data');
  const ids = html.ids;
  for (const item of article.outline) {
    const hits = ids.filter((id) => id === item.id).length;
    if (hits !== 1) out.push(`outline id ${item.id} occurs ${hits} times in html`);
  }
  return out;
}
