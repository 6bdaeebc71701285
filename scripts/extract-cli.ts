/**
 * `npm run --silent extract -- FILE.html --url URL [--format json|text|markdown]`
 * Prints the ExtractResult as JSON, or the article's text or Markdown. `-` reads stdin.
 * Exit 0 for ok and not-article; 2 with a clear message for bad arguments or unreadable input.
 * Parses with jsdom, where DOMPurify really works (it does not under happy-dom).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractArticle } from '../utils/extract/extract-article';
import { parseHtmlDocument } from './parse-html-document';

const USAGE = 'usage: npm run --silent extract -- FILE.html|- --url URL [--format json|text|markdown] [--force]';
const FORMATS = ['json', 'text', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new UsageError(`cannot read ${file === '-' ? 'stdin' : file}: ${why}`);
  }
}

/** Rejects binary and non-HTML input before a DOM library silently makes a page of it. */
function assertHtml(source: string, file: string): void {
  if (source.includes('\u0000')) throw new UsageError(`${file} is not HTML: it contains binary data`);
  if (!/<(?:!doctype\s+html|html|head|body|article|main|div|p|h1)\b/i.test(source.slice(0, 200_000))) {
    throw new UsageError(`${file} is not HTML: no <html>, <body> or block elements found`);
  }
}

function main(argv: string[]): number {
  let values: { url?: string; format?: string; force?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string', default: 'json' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('give exactly one FILE (or - for stdin)');
  if (!values.url) throw new UsageError('--url is required: rules and relative links depend on it');
  try {
    new URL(values.url);
  } catch {
    throw new UsageError(`--url is not a URL: ${values.url}`);
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);

  const source = readInput(file);
  assertHtml(source, file === '-' ? 'stdin' : file);
  const { document, window, close } = parseHtmlDocument(source, values.url);
  try {
    const result = extractArticle(document, values.url, { force: values.force, window });
    if (format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else if (result.status === 'ok')
      process.stdout.write(`${format === 'text' ? result.article.text : result.article.markdown}\n`);
    else process.stderr.write(`not an article: ${result.reason}\n`);
  } finally {
    close();
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`extract: ${error.message}\n${USAGE}\n`);
  process.exitCode = 2;
}
