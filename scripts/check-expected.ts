/**
 * For fixture authors (tests/pages/README.md, "Adding a fixture", step 3): every line of a
 * hand-written expected.txt must occur in the saved page's text, so a typo or a block invented
 * from memory shows at once. Prints each line that is not on the page; exit 1 when there is one.
 *
 *   npx tsx scripts/check-expected.ts tests/pages/<slug>
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function main(): void {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: tsx scripts/check-expected.ts tests/pages/<slug>');
    process.exit(2);
  }
  const doc = new JSDOM(readFileSync(join(folder, 'source.html'), 'utf8')).window.document;
  for (const element of Array.from(doc.querySelectorAll('script, style, template'))) element.remove();
  const metaText = Array.from(doc.querySelectorAll('meta'), (meta) => meta.getAttribute('content') ?? '').join(' ');
  const pageText = squash(`${doc.title} ${metaText} ${doc.body?.textContent ?? ''}`);
  const [header = '', ...blocks] = readFileSync(join(folder, 'expected.txt'), 'utf8').split('\n\n');
  // The header's last line is `byline · date`, which the page prints in its own way.
  const lines = [
    ...header.split('\n').slice(0, -1),
    ...blocks.flatMap((block) => block.split('\n').map((line) => line.replace(/^- /, ''))),
  ];
  const missing = lines.filter((line) => !pageText.includes(squash(line)));
  for (const line of missing) console.log(`not on the page: ${line}`);
  console.log(`${folder}: ${blocks.length} blocks, ${missing.length} lines not on the page`);
  process.exit(missing.length ? 1 : 0);
}

main();
