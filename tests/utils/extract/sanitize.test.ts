// @vitest-environment jsdom
/**
 * The sanitiser under a spec-compliant DOM (jsdom). Payload tests assert structural invariants of
 * the output, not snapshots: a DOMPurify upgrade may serialise differently, but it must never emit
 * an element outside the allowlist, a handler, or a script-capable URL.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isSanitizerSupported, LINK_REL, sanitizeHtml } from '../../../utils/extract/sanitize';
import { htmlViolations as violations } from '../../support/output-contract';
import { XSS_PAYLOADS } from '../../support/xss-payloads';

function parse(html: string): DocumentFragment {
  // <template> content is inert: nothing loads or runs while we inspect it.
  const t = document.createElement('template');
  t.innerHTML = html;
  return t.content;
}

// --- live execution harness ---------------------------------------------------------------------
// jsdom has no type declarations installed; describe the small part we use.
type JsdomWindow = Window & typeof globalThis;
interface JsdomModule {
  JSDOM: new (
    html: string,
    options: {
      runScripts: 'dangerously';
      url: string;
      virtualConsole: unknown;
      beforeParse(w: JsdomWindow): void;
    },
  ) => { window: JsdomWindow };
  VirtualConsole: new () => unknown;
}
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as JsdomModule;

const EVENTS = [
  'error',
  'load',
  'click',
  'dblclick',
  'mouseover',
  'mouseenter',
  'focus',
  'focusin',
  'blur',
  'toggle',
  'begin',
  'start',
  'close',
  'input',
  'change',
  'submit',
  'animationstart',
  'pointerover',
];

/**
 * Renders `html` in its own jsdom window with scripts ENABLED, fires every plausible event at every
 * element and clicks every link (jsdom runs `javascript:` URLs on navigation), then reports how
 * often alert/prompt/confirm ran. Safe: payloads only call those stubs, and jsdom loads no
 * sub-resources without `resources: 'usable'`.
 */
async function liveExecutions(htmls: readonly string[]): Promise<number[]> {
  const runs = htmls.map((html) => {
    const hits = { n: 0 };
    const dom = new JSDOM(`<!doctype html><html><head></head><body>${html}</body></html>`, {
      runScripts: 'dangerously',
      url: 'https://reader.invalid/',
      virtualConsole: new VirtualConsole(), // swallow "not implemented" noise and payload errors
      beforeParse(w) {
        const count = () => {
          hits.n++;
          return null;
        };
        Object.assign(w, { alert: count, prompt: count, confirm: count });
      },
    });
    const w = dom.window;
    for (const el of Array.from(w.document.querySelectorAll('*'))) {
      for (const type of EVENTS) el.dispatchEvent(new w.Event(type));
      if ((el as HTMLElement).click) (el as HTMLElement).click();
    }
    return { w, hits };
  });
  // javascript: navigations are queued tasks; give them time to run.
  await new Promise((r) => setTimeout(r, 250));
  return runs.map(({ w, hits }) => {
    w.close();
    return hits.n;
  });
}

// -------------------------------------------------------------------------------------------------

describe('xss payload corpus', () => {
  it('is large enough and uniquely named', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(XSS_PAYLOADS.map((p) => p.name)).size).toBe(XSS_PAYLOADS.length);
  });

  it('the invariant checker is not vacuous (flags raw payloads)', () => {
    expect(violations('<img src=x onerror=alert(1)>')).not.toEqual([]);
    expect(violations('<a href=" javascript:alert(1)">x</a>')).not.toEqual([]);
    expect(violations('<p style="x" class="y">x</p>')).not.toEqual([]);
    expect(violations('<svg><a>x</a></svg>')).not.toEqual([]);
    expect(violations('<p id="top">x</p>')).not.toEqual([]);
    expect(violations('<p>ok</p>')).toEqual([]);
    const flagged = XSS_PAYLOADS.filter((p) => violations(p.html).length > 0);
    expect(flagged.length).toBeGreaterThan(XSS_PAYLOADS.length * 0.9);
  });

  it('the live harness is not vacuous (raw payloads do execute)', async () => {
    const counts = await liveExecutions(XSS_PAYLOADS.map((p) => p.html));
    const fired = new Set(XSS_PAYLOADS.filter((_, i) => (counts[i] ?? 0) > 0).map((p) => p.name));
    for (const name of [
      'img onerror',
      'img slash-separated attributes',
      'img handler tagged template',
      'a href javascript:',
      'a href entity tab inside scheme',
      'svg onload',
      'details open ontoggle',
      'p onclick',
    ]) {
      expect(fired, name).toContain(name);
    }
    expect(fired.size).toBeGreaterThanOrEqual(40);
  });

  it.each(XSS_PAYLOADS.map((p) => [p.name, p.html] as const))('%s: output keeps the invariants', (_name, html) => {
    const out = sanitizeHtml(html, window);
    expect(violations(out)).toEqual([]);
    // Deterministic and idempotent: sanitising the output again changes nothing.
    expect(sanitizeHtml(html, window)).toBe(out);
    if (out) expect(sanitizeHtml(out, window)).toBe(out);
  });

  it('no sanitised payload executes in a script-enabled DOM', async () => {
    const outs = XSS_PAYLOADS.map((p) => sanitizeHtml(p.html, window));
    const counts = await liveExecutions(outs);
    const executed = XSS_PAYLOADS.filter((_, i) => (counts[i] ?? 0) > 0).map((p) => p.name);
    expect(executed).toEqual([]);
  });

  it('no script/style/template/noscript content survives as text', () => {
    for (const html of [
      '<script>alert(1)</script><p>ok</p>',
      '<style>p{color:red}</style><p>ok</p>',
      '<template><p>hidden</p></template><p>ok</p>',
      '<noscript><p>enable js</p></noscript><p>ok</p>',
      '<svg><text>svgtext</text></svg><p>ok</p>',
      '<math><mi>x</mi></math><p>ok</p>',
      '<textarea>typed</textarea><button>more</button><select><option>opt</option></select><p>ok</p>',
      '<iframe>fallback</iframe><object>fallback</object><p>ok</p>',
    ]) {
      expect(parse(sanitizeHtml(html, window)).textContent).toBe('ok');
    }
  });
});

describe('sanitizeHtml keeps article content', () => {
  const article = [
    '<p id="dc-s-0">서울경제 <strong>단독</strong> 보도, <em>강조</em> and <a href="https://www.sedaily.com/article/1">a link</a>.</p>',
    '<h2 id="dc-s-1">Subhead</h2>',
    '<figure><img src="https://img.sedaily.com/a.jpg" alt="사진" width="640" height="480" title="t">',
    '<figcaption>Caption <small>ⓒ 서울경제</small></figcaption></figure>',
    '<h3 id="dc-s-2">Smaller</h3>',
    '<ul><li>one</li><li>two <b>bold</b></li></ul><ol><li>first</li></ol>',
    '<blockquote><p>quoted <q>q</q> <cite>who</cite></p></blockquote>',
    '<table><caption>Table</caption><thead><tr><th>h1</th><th>h2</th></tr></thead>',
    '<tbody><tr><td colspan="2">c</td></tr><tr><td rowspan="1">d</td><td>e</td></tr></tbody></table>',
    '<p><a href="#dc-s-1">jump</a> <a href="mailto:desk@example.com">mail</a> ',
    '<a href="http://example.com/plain">plain http</a> ',
    '<time datetime="2025-11-27T17:25:00+09:00">11월 27일</time> <abbr title="Korea Composite Stock Price Index">KOSPI</abbr> ',
    'x<sub>2</sub> y<sup>3</sup> <mark>m</mark> <code>c</code> <u>u</u> <s>s</s> <i>i</i></p>',
    '<pre>pre  text</pre><hr><dl><dt>term</dt><dd>def</dd></dl>',
    '<div lang="en" dir="ltr"><span>span</span></div><p>line<br>break</p>',
  ].join('');

  it('is supported under jsdom', () => {
    expect(isSanitizerSupported(window)).toBe(true);
  });

  it('survives intact apart from the link attributes the hook adds', () => {
    const out = sanitizeHtml(article, window);
    expect(violations(out)).toEqual([]);
    const got = parse(out);
    const want = parse(article);
    expect(got.textContent).toBe(want.textContent);
    for (const a of Array.from(got.querySelectorAll('a'))) {
      a.removeAttribute('rel');
      a.removeAttribute('target');
    }
    const normalise = (f: DocumentFragment) => {
      const d = document.createElement('div');
      d.append(f.cloneNode(true));
      return d.innerHTML;
    };
    expect(normalise(got)).toBe(normalise(want));
  });

  it('keeps our ids unprefixed (SANITIZE_NAMED_PROPS is off on purpose)', () => {
    const root = parse(sanitizeHtml(article, window));
    expect(Array.from(root.querySelectorAll('[id]')).map((e) => e.id)).toEqual(['dc-s-0', 'dc-s-1', 'dc-s-2']);
    expect(sanitizeHtml(article, window)).not.toContain('user-content-');
  });

  it('hardens external links and leaves fragment links in-page', () => {
    const root = parse(sanitizeHtml(article, window));
    const links = Array.from(root.querySelectorAll('a'));
    expect(links).toHaveLength(4);
    for (const a of links) {
      const href = a.getAttribute('href') ?? '';
      if (href.startsWith('#')) {
        expect(a.hasAttribute('target')).toBe(false);
        expect(a.hasAttribute('rel')).toBe(false);
      } else {
        expect(a.getAttribute('target')).toBe('_blank');
        expect(a.getAttribute('rel')).toBe(LINK_REL);
      }
    }
    expect(LINK_REL).toBe('noopener noreferrer nofollow');
  });

  it('replaces page-supplied rel/target instead of merging them', () => {
    const out = sanitizeHtml('<a href="https://example.com/" rel="opener author" target="_top">x</a>', window);
    const a = parse(out).querySelector('a');
    expect(a?.getAttribute('rel')).toBe(LINK_REL);
    expect(a?.getAttribute('target')).toBe('_blank');
    // Same instance, hooks registered once: repeated calls do not stack anything.
    expect(sanitizeHtml(out, window)).toBe(out);
  });

  it('keeps text of removed benign wrappers', () => {
    const out = sanitizeHtml(
      '<form action="/x"><h1>Title</h1><details open><summary>More</summary><p>body</p></details><article><section><p>deep</p></section></article></form>',
      window,
    );
    expect(out).toBe('TitleMore<p>body</p><p>deep</p>');
  });

  it('drops relative, protocol-relative and non-http URLs but keeps http(s)', () => {
    const out = sanitizeHtml(
      [
        '<a href="/path">root-relative</a>',
        '<a href="path/x">relative</a>',
        '<a href="//evil.example/">protocol-relative</a>',
        '<a href="?q=1">query</a>',
        '<a href="">empty</a>',
        '<a href="tel:123">tel</a>',
        '<a href="HTTPS://EXAMPLE.COM/">upper</a>',
        '<img src="data:image/png;base64,iVBORw0KGgo=" alt="d">',
        '<img src="https://example.com/i.jpg" alt="ok">',
      ].join(''),
      window,
    );
    const root = parse(out);
    expect(Array.from(root.querySelectorAll('[href]')).map((e) => e.getAttribute('href'))).toEqual(['HTTPS://EXAMPLE.COM/']);
    expect(Array.from(root.querySelectorAll('img')).map((e) => e.getAttribute('src'))).toEqual([
      null,
      'https://example.com/i.jpg',
    ]);
    // The link text stays even when the URL goes.
    expect(root.textContent).toBe('root-relativerelativeprotocol-relativequeryemptytelupper');
  });

  it('allows img loading only as "lazy"', () => {
    const root = parse(
      sanitizeHtml(
        '<img src="https://e.example/1.jpg" loading="lazy"><img src="https://e.example/2.jpg" loading="LAZY">' +
          '<img src="https://e.example/3.jpg" loading="eager"><p loading="lazy">x</p>',
        window,
      ),
    );
    expect(Array.from(root.querySelectorAll('img')).map((e) => e.getAttribute('loading'))).toEqual(['lazy', 'lazy', null]);
    expect(root.querySelector('p')?.hasAttribute('loading')).toBe(false);
  });

  it('keeps only data-dc-* attributes with plain token values', () => {
    const root = parse(
      sanitizeHtml(
        '<p data-dc-kind="deck point" data-dc-bad="a&quot;b" data-other="1" data-dc-url="javascript:alert(1)">x</p>',
        window,
      ),
    );
    const p = root.querySelector('p');
    expect(p?.getAttribute('data-dc-kind')).toBe('deck point');
    expect(p?.hasAttribute('data-dc-bad')).toBe(false);
    expect(p?.hasAttribute('data-other')).toBe(false);
    expect(p?.hasAttribute('data-dc-url')).toBe(false);
  });

  it('drops ids that are not ours', () => {
    const out = sanitizeHtml('<p id="top">a</p><p id="getElementById">b</p><p id="dc-ok">c</p><p id="dc-">d</p>', window);
    expect(out).toBe('<p>a</p><p>b</p><p id="dc-ok">c</p><p>d</p>');
  });
});

describe('fail closed', () => {
  it('returns "" without a window', () => {
    expect(sanitizeHtml('<p>x</p>', null)).toBe('');
    expect(sanitizeHtml('<p>x</p>', undefined)).toBe('');
    expect(isSanitizerSupported(null)).toBe(false);
    expect(isSanitizerSupported(undefined)).toBe(false);
  });

  it('returns "" for a window DOMPurify cannot use', () => {
    const fake = {} as Window;
    expect(isSanitizerSupported(fake)).toBe(false);
    expect(sanitizeHtml('<p>x</p>', fake)).toBe('');
  });

  it('never throws, even when the window does', () => {
    const hostile = new Proxy({} as Window, {
      get() {
        throw new Error('boom');
      },
    });
    expect(() => sanitizeHtml('<p>x</p>', hostile)).not.toThrow();
    expect(sanitizeHtml('<p>x</p>', hostile)).toBe('');
    expect(isSanitizerSupported(hostile)).toBe(false);
    expect(sanitizeHtml(undefined as unknown as string, window)).toBe('');
  });

  it('works per window: a second jsdom window gets its own instance', () => {
    const other = new JSDOM('<!doctype html><p>x</p>', {
      runScripts: 'dangerously',
      url: 'https://other.invalid/',
      virtualConsole: new VirtualConsole(),
      beforeParse() {},
    }).window;
    expect(isSanitizerSupported(other)).toBe(true);
    expect(sanitizeHtml('<p id="dc-a" onclick="x()">y</p>', other)).toBe('<p id="dc-a">y</p>');
    other.close();
  });
});
