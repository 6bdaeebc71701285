/**
 * Turns a real saved page (a folder with source.html, first line `<!-- {"url": …} -->`, and
 * provenance.json, as in ../shared/data/real-ko/) into a fixture folder tests/pages/<slug>/ with
 * source.html and SOURCE.md. The page is trimmed, never rewritten: the bodies of inline scripts
 * and script templates (code and mustache templates that no extraction step reads) are emptied,
 * their tags kept; JSON-LD stays; every other byte is the page as found. expected.json and
 * expected.txt are then written by hand (tests/pages/README.md).
 *
 *   npx tsx scripts/import-real-page.ts ../shared/data/real-ko/naver-joongang-025-0003017071 naver-desktop-2020-joongang
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PAGES_DIR, pageComment } from './saved-pages';

/** An inline `<script>`'s body (the page's raw text cannot hold `</script>` inside one). */
const SCRIPT = /(<script\b([^>]*)>)([\s\S]*?)(<\/script\s*>)/gi;

/** The page with inline script bodies emptied, except JSON-LD (metadata the pipeline reads). */
export function trimScripts(html: string): { html: string; emptied: number } {
  let emptied = 0;
  const trimmed = html.replace(SCRIPT, (whole, open: string, attributes: string, body: string, close: string) => {
    if (/application\/ld\+json/i.test(attributes) || !body.trim()) return whole;
    emptied += 1;
    return open + close;
  });
  return { html: trimmed, emptied };
}

interface Provenance {
  repo: string;
  path: string;
  commit: string;
  license: string;
  url: string;
  notes?: string;
  source_encoding?: string;
  year?: string;
}

function main(): void {
  const [from, slug] = process.argv.slice(2);
  if (!from || !slug) {
    console.error('usage: tsx scripts/import-real-page.ts <saved-page folder> <fixture slug>');
    process.exit(2);
  }
  const source = readFileSync(join(from, 'source.html'), 'utf8');
  const { url } = pageComment(source, join(from, 'source.html'));
  const provenance = JSON.parse(readFileSync(join(from, 'provenance.json'), 'utf8')) as Provenance;
  const { html, emptied } = trimScripts(source);
  const folder = join(PAGES_DIR, slug);
  if (!existsSync(folder)) mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'source.html'), html);
  const lines = [
    `# ${slug}: provenance`,
    '',
    'A real page, saved from the live web by someone else and published in a public repository; nobody',
    'on this project built or edited its markup.',
    '',
    `- URL: ${url}`,
    `- Found in: https://github.com/${provenance.repo} at commit \`${provenance.commit}\`, file \`${provenance.path}\``,
    `- Licence: ${provenance.license}`,
    provenance.year ? `- Saved/published: ${provenance.year}` : null,
    provenance.source_encoding ? `- Stored encoding: ${provenance.source_encoding} (this copy is UTF-8)` : null,
    provenance.notes ? `- Notes: ${provenance.notes}` : null,
    `- Imported from \`${basename(from)}\` with \`scripts/import-real-page.ts\`: the bodies of ${emptied} inline`,
    '  scripts and script templates were emptied (tags kept, JSON-LD kept); every other byte is as found.',
    '- expected.json and expected.txt were written by hand from reading the page (tests/pages/README.md).',
    '',
  ].filter((line): line is string => line !== null);
  writeFileSync(join(folder, 'SOURCE.md'), lines.join('\n'));
  console.log(`${folder}: ${source.length} → ${html.length} characters (${emptied} script bodies emptied)`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
