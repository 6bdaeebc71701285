// @vitest-environment node
// The CLI as users run it: a child process, real files, stdin, exit codes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'scripts/extract-cli.ts');
const PAGE = join(ROOT, 'tests/pages/sedaily-desktop-2025-alibaba/source.html');
const PAGE_URL = 'https://www.sedaily.com/NewsView/2H1C4KQZ7M';
const EXPECTED_TEXT = readFileSync(join(ROOT, 'tests/pages/sedaily-desktop-2025-alibaba/expected.txt'), 'utf8');

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(TSX, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('extract CLI', { timeout: 60_000 }, () => {
  it('prints the ExtractResult as JSON by default, with sanitised html', () => {
    const { code, stdout } = run([PAGE, '--url', PAGE_URL]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.status).toBe('ok');
    expect(result.article.site).toBe('sedaily');
    expect(result.article.text).toBe(EXPECTED_TEXT);
    // jsdom runs DOMPurify for real: the html is not the fail-closed empty string.
    expect(result.article.html).toContain('<figure>');
  });

  it('prints the clean text and the Markdown', () => {
    expect(run([PAGE, '--url', PAGE_URL, '--format', 'text']).stdout).toBe(`${EXPECTED_TEXT}\n`);
    const markdown = run([PAGE, '--url', PAGE_URL, '--format', 'markdown']).stdout;
    expect(
      markdown.startsWith("# '큐원' 기반 챗봇도 공개…마윈 움직이자 성과 내는 알리바바\n\n> 클라우드·AI로 업무혁신 지원"),
    ).toBe(true);
  });

  it('reads stdin when the file is "-"', () => {
    const { code, stdout } = run(['-', '--url', PAGE_URL, '--format', 'text'], readFileSync(PAGE));
    expect(code).toBe(0);
    expect(stdout).toBe(`${EXPECTED_TEXT}\n`);
  });

  it('exits 0 with a not-article result for a section front', () => {
    const { code, stdout } = run([PAGE, '--url', 'https://www.sedaily.com/v/NewsMain/GA']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ status: 'not-article' });
  });

  it.each([
    ['a missing file', ['/nonexistent/page.html', '--url', PAGE_URL], /cannot read \/nonexistent\/page\.html: no such file/],
    ['a directory', [ROOT, '--url', PAGE_URL], /it is a directory/],
    ['no --url', [PAGE], /--url is required/],
    ['a bad --url', [PAGE, '--url', 'not a url'], /--url is not a URL/],
    ['an unknown format', [PAGE, '--url', PAGE_URL, '--format', 'pdf'], /--format must be one of json, text, markdown/],
    ['two files', [PAGE, PAGE, '--url', PAGE_URL], /exactly one FILE/],
  ])('rejects %s with a clear message and exit code 2', (_name, args, message) => {
    const { code, stderr, stdout } = run(args as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });

  it('rejects binary and non-HTML input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'declutter-cli-'));
    const binary = join(dir, 'photo.jpg');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'just some notes, no markup at all');
    expect(run([binary, '--url', PAGE_URL])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/is not HTML: it contains binary data/),
    });
    expect(run([text, '--url', PAGE_URL])).toMatchObject({ code: 2, stderr: expect.stringMatching(/is not HTML: no <html>/) });
  });

  it('prints usage with --help', () => {
    expect(execFileSync(TSX, [CLI, '--help'], { cwd: ROOT, encoding: 'utf8' })).toMatch(/^usage: npm run --silent extract/);
  });
});
