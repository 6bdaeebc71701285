// @vitest-environment node
/** The benchmark's own helpers: block-separated text, the article body, grown pages, sizes, stats. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleBody } from '../../scripts/bench/article-body';
import { blockSeparatedText } from '../../scripts/bench/block-text';
import { measureBundle, pageAssets, staticImports } from '../../scripts/bench/bundle-size';
import { fitLine } from '../../scripts/bench/extension';
import { growPage } from '../../scripts/bench/grow-page';
import { median } from '../../scripts/bench/stats';
import { interleave } from '../../scripts/bench/tools';
import { trendOf } from '../../scripts/bench/trend';

const bodyOf = (html: string) =>
  (parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as Window).document.body;

describe('blockSeparatedText', () => {
  it('puts a line break at every block element and <br>, not inside inline runs', () => {
    const body = bodyOf('<div><p>First <b>bold</b>end</p><p>Next</p><ul><li>a</li><li>b</li></ul>x<br>y</div>');
    expect(blockSeparatedText(body)).toBe('First boldend\nNext\na\nb\nx\ny');
  });

  it('differs from textContent exactly where blocks touch', () => {
    const body = bodyOf('<p>word</p><p>Next</p>');
    expect(body.textContent).toBe('wordNext');
    expect(blockSeparatedText(body)).toBe('word\nNext');
  });
});

describe('articleBody', () => {
  const base = { title: 'Title', deck: ['Deck one'], byline: '홍길동 기자', published: null };

  it('strips the exact header: title, deck, byline line and the blank line', () => {
    const text = 'Title\nDeck one\n홍길동 기자\n\nPara one\n\nPara two';
    expect(articleBody({ ...base, text })).toEqual({ body: 'Para one\n\nPara two', exact: true });
  });

  it('keeps the whole text when there is no header, and says when the header did not match', () => {
    expect(articleBody({ title: '', deck: [], byline: null, published: null, text: 'Only body' })).toEqual({
      body: 'Only body',
      exact: true,
    });
    expect(articleBody({ ...base, text: 'Other\n\nBody' })).toEqual({ body: 'Body', exact: false });
  });
});

describe('growPage', () => {
  const html = `<!doctype html><html><body>
    <nav class="gnb"><a href="/">menu</a></nav>
    <div id="article-body"><p>One paragraph of the article text, long enough to count.</p><p>Two.</p></div>
    <div class="art_rel">related</div></body></html>`;
  const rule = {
    body: ['#article-body'],
    remove: [
      { selector: 'nav, .gnb', reason: 'menu' },
      { selector: '.art_rel', reason: 'related' },
    ],
  };

  it('repeats the body paragraphs and the clutter blocks k times', () => {
    const grown = growPage(html, 4, rule);
    const { document } = parseHTML(grown.html) as unknown as Window;
    expect(document.querySelectorAll('#article-body p')).toHaveLength(8);
    expect(document.querySelectorAll('nav.gnb')).toHaveLength(4);
    expect(document.querySelectorAll('.art_rel')).toHaveLength(4);
    expect(grown.clutterBlocks).toBe(8);
  });

  it('leaves the page as it is at 1×', () => {
    const { document } = parseHTML(growPage(html, 1, rule).html) as unknown as Window;
    expect(document.querySelectorAll('p')).toHaveLength(2);
    expect(() => growPage(html, 0, rule)).toThrow();
  });
});

describe('bundle sizes', () => {
  it('follows static imports between chunks', () => {
    expect(staticImports('import{a as b}from"./shared-X.js";import"./side.js";import("./lazy.js")', 'chunks/popup.js')).toEqual([
      'chunks/shared-X.js',
      'chunks/side.js',
    ]);
  });

  it('groups the popup (HTML → JS → imported chunks, CSS), the content scripts and on-demand scripts', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-size-'));
    mkdirSync(join(root, 'chunks'));
    mkdirSync(join(root, 'assets'));
    mkdirSync(join(root, 'content-scripts'));
    writeFileSync(
      join(root, 'manifest.json'),
      JSON.stringify({
        background: { service_worker: 'background.js' },
        content_scripts: [{ js: ['content-scripts/reader.js'] }],
      }),
    );
    writeFileSync(join(root, 'background.js'), 'chrome.runtime.onMessage.addListener(() => {})');
    writeFileSync(join(root, 'reader-app.js'), 'globalThis.app = 1'); // injected on demand
    writeFileSync(
      join(root, 'popup.html'),
      '<script type="module" src="/chunks/popup-A.js"></script><link rel="stylesheet" href="/assets/popup-A.css">',
    );
    writeFileSync(join(root, 'chunks/popup-A.js'), 'import{x}from"./shared-B.js";x()');
    writeFileSync(join(root, 'chunks/shared-B.js'), 'export const x=()=>1');
    writeFileSync(join(root, 'chunks/options-C.js'), 'import{x}from"./shared-B.js"');
    writeFileSync(join(root, 'assets/popup-A.css'), 'a{}');
    writeFileSync(join(root, 'content-scripts/reader.js'), 'console.log(1)');
    expect(pageAssets(root, 'popup.html').sort()).toEqual(['assets/popup-A.css', 'chunks/popup-A.js', 'chunks/shared-B.js']);
    const sizes = measureBundle(root);
    expect(sizes.contentScript.files).toEqual(['content-scripts/reader.js']);
    expect(sizes.onDemand.files).toEqual(['chunks/options-C.js', 'reader-app.js']);
    expect(sizes.popup?.files.sort()).toEqual(['assets/popup-A.css', 'chunks/popup-A.js', 'chunks/shared-B.js']);
    expect(sizes.popup!.gzip).toBeGreaterThan(0);
  });
});

describe('stats', () => {
  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('fitLine: slope and residual spread', () => {
    expect(
      fitLine([
        [0, 1],
        [1, 3],
        [2, 5],
      ]),
    ).toEqual({ slope: 2, residualStd: 0 });
    expect(fitLine([[0, 7]]).slope).toBe(0);
  });

  it('interleave rotates the order and drops warm-up rounds', async () => {
    const order: string[] = [];
    const times = await interleave(['a', 'b', 'c'], 2, 1, (tool) => {
      order.push(tool);
      return order.length;
    });
    expect(order).toEqual(['a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b']);
    expect(times).toEqual({ a: [6, 8], b: [4, 9], c: [5, 7] });
  });

  it('trendOf: first third against last third, beside the median', () => {
    // 9 runs: thirds [1 2 3] [4 5 6] [7 8 9] → first 2, last 8, median 5
    expect(trendOf([1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual({ median: 5, first: 2, last: 8, change: 4 });
    // A flat series with one slow run in the middle stays flat.
    expect(trendOf([10, 10, 10, 10, 90, 10, 10, 10, 10]).change).toBe(1);
    // Fewer than 3 runs: no thirds.
    expect(trendOf([4, 6]).first).toBeNaN();
    expect(trendOf([4, 6]).median).toBe(5);
  });
});
