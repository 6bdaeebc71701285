/**
 * `npm run new-site -- <id> <host>`: the start of a new site rule, exactly the steps of the
 * README's "Add a site": the rule folder (utils/site-rules/<id>/site.ts and rule.ts), its
 * registry line, its clutter list (tests/clutter/<id>.ts and its line in tests/clutter-strings.ts)
 * and a fixture folder (tests/pages/<id>-desktop/) with what to put there. The tests then fail
 * until the rule has fixtures, clutter strings and real selectors: they are the checklist.
 *
 *   npm run new-site -- hankyung hankyung.com
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** `joongang-ilbo` → `JOONGANG_ILBO`. */
export function constantName(id: string): string {
  return id.toUpperCase().replace(/-/g, '_');
}

/** Adds `line` after the last line matching `after` in `file`; fails loudly if the anchor moved. */
function insertAfterLast(file: string, after: RegExp, line: string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.map((text) => after.test(text)).lastIndexOf(true);
  if (index < 0) throw new Error(`${file}: no line matches ${after}; add "${line.trim()}" by hand`);
  lines.splice(index + 1, 0, line);
  writeFileSync(file, lines.join('\n'));
}

function write(file: string, text: string): void {
  if (existsSync(file)) throw new Error(`${file} exists already`);
  mkdirSync(resolve(file, '..'), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${file.slice(ROOT.length + 1)}`);
}

function siteFile(id: string, host: string, name: string): string {
  return `/**
 * ${host}: who the site is and which of its URLs are articles. Built from the real saved pages in
 * tests/pages/${id}-* (their SOURCE.md says where each came from).
 */
import type { SiteIdentity } from '../site-rule';

/** TODO: the article URLs only, path and query (\`/news/articleView.html?idxno=123\`); fronts and lists fail it. */
const ARTICLE_PATH = /^\\/news\\/articleView\\.html\\?(?:.*&)?idxno=\\d+/;

export const ${name}_SITE: SiteIdentity = {
  id: '${id}',
  // TODO: the outlet's name as readers know it (citations use it).
  name: '${id}',
  hosts: ['${host}'],
  articlePath: ARTICLE_PATH,
};
`;
}

function ruleFile(id: string, name: string): string {
  return `/**
 * ${id}: the extraction data. Every list is ordered (first hit wins) and ends in markup-independent
 * fallbacks; the Korean defaults (korean-news.ts: lang, +09:00, shared clutter and trailers) are
 * added after them by defineSiteRule (\`defaults: 'none'\` to opt out).
 */
import { defineSiteRule } from '../define-site-rule';
import { ${name}_SITE } from './site';

export const ${name}_RULE = defineSiteRule(${name}_SITE, {
  // TODO: one name per markup design you have a saved page of; each needs a fixture (a test checks).
  eras: ['desktop'],
  title: ['h1', ['meta[property="og:title"]', 'content'], 'title'],
  deck: [],
  byline: [],
  published: [['meta[property="article:published_time"]', 'content']],
  // TODO: the article body's container, most specific first.
  body: ['article'],
  // TODO: the site's own clutter inside (and around) the body, each with the reason shown to the user.
  remove: [],
  dropText: [],
});
`;
}

function clutterFile(id: string, name: string): string {
  return `/**
 * ${id} clutter, copied from its real saved pages (tests/pages/${id}-*): lines that must never reach
 * an article. How the lists are used: tests/clutter-strings.ts.
 */

// TODO: the page chrome's labels, exactly as the page prints them (menus, share bars, footers, …).
export const ${name}_CLUTTER_STRINGS: readonly string[] = [];

export const ${name}_CLUTTER_PATTERNS: readonly RegExp[] = [];
`;
}

function fixtureNote(id: string, host: string): string {
  return `# ${id}-desktop: a fixture to add

Put a real saved article page of ${host} here, then write the expected files by hand
(tests/pages/README.md):

1. \`scripts/with-node22 npx tsx scripts/import-real-page.ts <folder with source.html and provenance.json> ${id}-desktop\`
   (or save \`source.html\` yourself, first line \`<!-- {"url": "https://${host}/…"} -->\`, and write this SOURCE.md:
   where the page comes from, when, its licence).
2. \`expected.json\` and \`expected.txt\` by reading the page; \`npx tsx scripts/check-expected.ts tests/pages/${id}-desktop\`.
3. One folder per era the rule claims, and at least one page of the site that is not an article.
`;
}

function main(): void {
  const [id, host] = process.argv.slice(2);
  if (!id || !host || !/^[a-z][a-z0-9-]*$/.test(id) || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host)) {
    console.error('usage: npm run new-site -- <id: lower-case letters, digits, -> <host: e.g. hankyung.com>');
    process.exit(2);
  }
  const name = constantName(id);
  const rules = join(ROOT, 'utils/site-rules');
  write(join(rules, id, 'site.ts'), siteFile(id, host, name));
  write(join(rules, id, 'rule.ts'), ruleFile(id, name));
  write(join(ROOT, 'tests/clutter', `${id}.ts`), clutterFile(id, name));
  write(join(ROOT, 'tests/pages', `${id}-desktop`, 'SOURCE.md'), fixtureNote(id, host));
  const registry = join(rules, 'registry.ts');
  insertAfterLast(registry, /^import .* from '\.\/[a-z0-9-]+\/rule';$/, `import { ${name}_RULE } from './${id}/rule';`);
  insertAfterLast(registry, /^ {2}[A-Z0-9_]+_RULE,$/, `  ${name}_RULE,`);
  const clutter = join(ROOT, 'tests/clutter-strings.ts');
  insertAfterLast(
    clutter,
    /^import .* from '\.\/clutter\/[a-z0-9-]+';$/,
    `import { ${name}_CLUTTER_PATTERNS, ${name}_CLUTTER_STRINGS } from './clutter/${id}';`,
  );
  const key = id.includes('-') ? `'${id}'` : id;
  insertAfterLast(
    clutter,
    /^ {2}[a-z0-9'-]+: \{ strings: /,
    `  ${key}: { strings: ${name}_CLUTTER_STRINGS, patterns: ${name}_CLUTTER_PATTERNS },`,
  );
  console.log(
    `Registered ${name}_RULE. Now: a real saved page in tests/pages/${id}-desktop/, the selectors in rule.ts, the clutter lines; npm test.`,
  );
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
