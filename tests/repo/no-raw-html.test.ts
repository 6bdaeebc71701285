// @vitest-environment node
/**
 * Design §1.4: exactly one component renders HTML (components/SafeHtml.tsx, which sanitises first).
 * Any other HTML sink in product code fails this test. Reading `.innerHTML` as a value is fine
 * (the pipeline serialises its inert clone); writing it is not.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SCANNED = ['entrypoints', 'components', 'utils'];
const ALLOWED = new Set(['components/SafeHtml.tsx']);

const SINKS: readonly [string, RegExp][] = [
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['innerHTML/outerHTML assignment', /\.(?:inner|outer)HTML\s*(?:\+|\?\?|\|\||&&)?=(?!=)/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\s*\(/],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\s*\(/],
  ['createContextualFragment', /\bcreateContextualFragment\s*\(/],
  ['setHTMLUnsafe / parseHTMLUnsafe', /\b(?:set|parse)HTMLUnsafe\s*\(/],
  ['iframe srcdoc', /\bsrcdoc\b/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|js|jsx|mjs)$/.test(name) ? [path] : [];
  });
}

function sinksIn(source: string): string[] {
  return SINKS.filter(([, pattern]) => pattern.test(source)).map(([name]) => name);
}

describe('raw HTML sinks', () => {
  it('appear only in components/SafeHtml.tsx', () => {
    const offenders = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .map((path) => ({ file: relative(ROOT, path).replaceAll('\\', '/'), sinks: sinksIn(readFileSync(path, 'utf8')) }))
      .filter(({ file, sinks }) => sinks.length > 0 && !ALLOWED.has(file));
    expect(offenders).toEqual([]);
  });

  it('SafeHtml sanitises before it renders', () => {
    const safe = readFileSync(join(ROOT, 'components/SafeHtml.tsx'), 'utf8');
    expect(sinksIn(safe)).toEqual(['dangerouslySetInnerHTML']);
    expect(safe).toMatch(/sanitizeHtml\(html, /);
    expect(safe).toMatch(/__html: clean/);
  });

  it('catches the forms it is meant to catch and lets reads through', () => {
    expect(sinksIn('el.innerHTML = x')).toHaveLength(1);
    expect(sinksIn('el.outerHTML=x')).toHaveLength(1);
    expect(sinksIn('el.innerHTML += x')).toHaveLength(1);
    expect(sinksIn('el.insertAdjacentHTML("beforeend", x)')).toHaveLength(1);
    expect(sinksIn('document.write(x)')).toHaveLength(1);
    expect(sinksIn('<div dangerouslySetInnerHTML={{ __html: x }} />')).toHaveLength(1);
    expect(sinksIn('const html = content.innerHTML;')).toEqual([]);
    expect(sinksIn('if (el.innerHTML === "") {}')).toEqual([]);
  });
});
