// @vitest-environment node
/**
 * All UI text comes from public/_locales/{ko,en}: both files have the same keys and placeholders,
 * every key the code asks for exists, and the manifest's __MSG_…__ names resolve.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'));
const KO = load('ko');
const EN = load('en');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(?:ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

/** `t('key'…)`, `getMessage('key'…)`, `__MSG_key__`, and `'key'` values of `: MessageKey` maps. */
function usedKeys(): Set<string> {
  const files = [
    ...['entrypoints', 'components', 'utils'].flatMap((dir) => sources(join(ROOT, dir))),
    join(ROOT, 'wxt.config.ts'),
  ];
  const keys = new Set<string>();
  const patterns = [/\bt\(\s*'([A-Za-z0-9_]+)'/g, /getMessage\(\s*'([A-Za-z0-9_]+)'/g, /__MSG_([A-Za-z0-9_]+)__/g];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) keys.add(match[1]!);
    // Keys held in typed tables, e.g. `{ auto: 'themeAuto' }` in a `Record<…, MessageKey>`.
    if (text.includes('MessageKey'))
      for (const match of text.matchAll(/:\s*'([a-z][A-Za-z0-9]+)'/g)) if (match[1]! in KO) keys.add(match[1]!);
  }
  return keys;
}

/**
 * Every top-level key of a messages.json as written, duplicates kept: JSON.parse keeps only the
 * last of two equal keys (web-ext lint rejects them). The files keep one key per line, indented 2.
 */
function writtenKeys(lang: string): string[] {
  const text = readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8');
  return Array.from(text.matchAll(/^ {2}"([^"]+)":/gm), (match) => match[1]!);
}

describe('locales', () => {
  it('write each key once, every key of the file found by the line scan', () => {
    for (const [lang, messages] of [
      ['ko', KO],
      ['en', EN],
    ] as const) {
      const keys = writtenKeys(lang);
      expect(
        keys.filter((key, index) => keys.indexOf(key) !== index),
        `${lang}: duplicate keys`,
      ).toEqual([]);
      expect(keys.sort(), `${lang}: one key per line`).toEqual(Object.keys(messages).sort());
    }
  });

  it('ko and en have exactly the same keys', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(KO).sort());
  });

  it('ko and en use the same placeholders for each key, and every message is non-empty', () => {
    for (const key of Object.keys(KO)) {
      expect(Object.keys(EN[key]?.placeholders ?? {}), key).toEqual(Object.keys(KO[key]?.placeholders ?? {}));
      expect(KO[key]!.message.trim(), key).not.toBe('');
      expect(EN[key]!.message.trim(), key).not.toBe('');
    }
  });

  it('every key used in the code exists', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !(key in KO))).toEqual([]);
  });

  it('has the manifest strings, Korean first', () => {
    for (const key of ['extName', 'extDescription', 'actionTitle', 'commandToggleReader']) expect(KO[key], key).toBeDefined();
    expect(KO.extName!.message).toBe('Declutter — 깨끗한 기사 읽기');
    expect(EN.extName!.message).toBe('Declutter');
    expect(KO.uiLang!.message).toBe('ko');
    expect(readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8')).toMatch(/default_locale:\s*'ko'/);
  });

  it('has Korean citation labels', () => {
    expect(['citeTitle', 'citeOutlet', 'citeAuthor', 'citeDate', 'citeUrl'].map((key) => KO[key]!.message)).toEqual([
      '제목',
      '언론사',
      '기자',
      '날짜',
      'URL',
    ]);
  });
});
