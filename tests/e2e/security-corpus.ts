/**
 * The security test page and its watchers, shared by security.test.ts (both browsers) and
 * security.chromium.test.ts: a sedaily article carrying the XSS corpus of tests/support/xss-payloads.ts
 * plus our own canaries, a hook that records every payload run and CSP violation, and a scan for
 * dangerous leftovers in a rendered subtree.
 */
import { XSS_PAYLOADS } from '../support/xss-payloads';
import { loadE2ePage } from './e2e-page';

/** Payloads that swallow the rest of the document go last, after the article's closing paragraphs. */
const TAIL = new Set(['plaintext', 'unclosed tag', 'unclosed attribute quote']);
/** Corpus payload n calls alert(PAYLOAD_ID_BASE + n) instead of alert(1). */
export const PAYLOAD_ID_BASE = 1000;

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function renderPayloads(html: string): string {
  const blocks = XSS_PAYLOADS.map((payload, index) => {
    const id = PAYLOAD_ID_BASE + index;
    const numbered = payload.html.replace(/alert\(1\)/g, `alert(${id})`).replace(/alert`1`/g, `alert\`${id}\``);
    return {
      tail: TAIL.has(payload.name),
      html: `<div class="payload" data-payload="${escapeAttr(payload.name)}">${numbered}</div>\n시험 문단 ${index + 1}: 보안 점검 대상 거래소는 모두 ${index + 20}곳이다.<br><br>\n`,
    };
  });
  return html
    .replace(
      '<!-- XSS_PAYLOADS -->',
      blocks
        .filter((block) => !block.tail)
        .map((block) => block.html)
        .join(''),
    )
    .replace(
      '<!-- XSS_TAIL -->',
      blocks
        .filter((block) => block.tail)
        .map((block) => block.html)
        .join(''),
    );
}

export const PAGE = loadE2ePage('payloads', renderPayloads);
export const TITLE = '가상자산 거래소 보안 점검 강화…해킹 피해 막는다';

/**
 * Installed in every document and frame before its first script (the page, its iframes, extension
 * pages): dialogs become records of which payload ran, from which event and element; CSP
 * violations are recorded with their element and whether it was connected (rendered).
 */
export const WATCH = `(() => {
  if (window.__e2eWatch) return;
  const watch = (window.__e2eWatch = { runs: [], violations: [] });
  let sink = watch;
  try { if (window.top !== window && window.top.__e2eWatch) sink = window.top.__e2eWatch; } catch {}
  const describe = (node) => (node && node.nodeType === 1 ? node.outerHTML.slice(0, 160) : node ? node.nodeName : null);
  const hostOf = (node) => {
    const root = node && node.getRootNode ? node.getRootNode() : null;
    return root instanceof ShadowRoot ? root.host.localName : null;
  };
  const record = (kind, arg) => {
    const event = window.event;
    const origin = event && event.composedPath ? event.composedPath()[0] : null;
    sink.runs.push({ kind, id: String(arg), event: event ? event.type : null, element: describe(origin), shadowHost: hostOf(origin), frame: location.href });
  };
  for (const kind of ['alert', 'confirm', 'prompt']) {
    window[kind] = function (arg) { record(kind, arg); return null; };
  }
  addEventListener('securitypolicyviolation', (event) => {
    const origin = event.composedPath()[0];
    watch.violations.push({
      directive: event.violatedDirective,
      element: describe(origin),
      connected: Boolean(origin && origin.nodeType === 1 && origin.isConnected),
      shadowHost: hostOf(origin),
    });
  }, true);
})();`;

export interface Run {
  kind: string;
  id: string;
  event: string | null;
  element: string | null;
  shadowHost: string | null;
  frame: string;
}
export interface Violation {
  directive: string;
  element: string | null;
  connected: boolean;
  shadowHost: string | null;
}
export type Watch = { runs: Run[]; violations: Violation[] };

/**
 * Dangerous leftovers in a rendered subtree: handler attributes and script or canary URLs anywhere
 * (our UI sets none), and, inside the article itself, elements that load, navigate, submit or run.
 */
export const SCAN = `(root) => {
  if (!root) return ['nothing rendered'];
  const found = [];
  const article = root.querySelector('.dc-article');
  if (!article) found.push('no article rendered');
  const BAD_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button',
    'select', 'textarea', 'base', 'meta', 'link', 'style', 'portal', 'template', 'noscript', 'svg', 'math', 'video', 'audio',
    'source', 'dialog', 'details', 'marquee']);
  const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset', 'background',
    'cite', 'ping', 'srcdoc', 'values', 'to', 'from']);
  const compact = (value) => value.replace(/[\\u0000-\\u0020\\u00a0]/g, '').toLowerCase();
  for (const el of root.querySelectorAll('*')) {
    if (article && article.contains(el) && BAD_TAGS.has(el.localName)) found.push('<' + el.localName + '>');
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(el.localName + '[' + name + ']');
      if (name === 'style' && /url\\(|expression|@import/i.test(attr.value)) found.push(el.localName + '[style=' + attr.value + ']');
      if (URL_ATTRS.has(name) && /^(javascript|vbscript|data:text|data:application|livescript)|canary/.test(compact(attr.value))) {
        found.push(el.localName + '[' + name + '=' + attr.value.slice(0, 60) + ']');
      }
    }
  }
  return found;
}`;

export const POPUP_FINDINGS = `(${SCAN})(document.querySelector('.popup'))`;
/** The reader's rendered tree inside its shadow root (not WXT's <style> beside it). */
export const READER_FINDINGS = `(${SCAN})(document.querySelector('declutter-reader')?.shadowRoot?.querySelector('.dc-reader'))`;
