/**
 * Fixture mutations as plain data, so fast-check can generate, print and shrink them. String
 * operations run on the raw HTML before parsing (only there can tags be unclosed or misnested);
 * DOM operations run on a clone of the parsed fixture (cheap: no re-parse per document).
 * Positions are natural numbers taken modulo the candidates present when the operation runs.
 */
import fc from 'fast-check';
import { XSS_PAYLOADS } from '../support/xss-payloads';
import { ATTR_NAMES, ATTR_VALUES, HEAD_SNIPPETS, LANGS, SENTENCES, SNIPPETS, WEIRD_CHARS } from './payloads';

export type StringOp =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; snippet: string }
  | { kind: 'cut'; at: number; length: number };

export type DomOp =
  | { kind: 'delete' | 'duplicate' | 'unwrap'; at: number }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'wrap'; at: number; tag: string }
  | { kind: 'chars'; at: number; offset: number; chars: string }
  | { kind: 'lang'; lang: string | null; dir: string | null }
  | { kind: 'xss'; at: number; payload: number; where: InsertPosition }
  | { kind: 'attr'; at: number; name: string; value: string }
  | { kind: 'text'; at: number; text: string }
  | { kind: 'head'; html: string }
  | { kind: 'body'; how: 'empty' | 'remove' | 'frameset' };

/** Elements worth deleting, duplicating, moving and wrapping: blocks and the inline carriers of text. */
const BLOCKS =
  'p, div, figure, figcaption, li, ul, ol, h1, h2, h3, h4, table, tr, td, section, article, blockquote, ' +
  'span, a, img, br, header, footer, nav, aside, form, strong, b, meta, script, title';
/** Wrappers: unknown, obsolete, clutter-named, form-ish and content-dropping elements. */
const WRAP_TAGS = [
  'x-unknown',
  'font',
  'center',
  'table',
  'form',
  'details',
  'noscript',
  'template',
  'a',
  'b',
  'li',
  'h2',
  'p',
  'marquee',
  'object',
  'svg',
  'math',
  'figure',
  'blockquote',
  'pre',
  'select',
  'textarea',
  'button',
  'iframe',
  'dialog',
  'aside',
  'nav',
  'footer',
  'article',
  'main',
  'td',
  'dl',
  'summary',
  'code',
  'h1',
  'header',
];

const at = fc.nat({ max: 100_000 });
const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const chars = fc
  .array(pick(WEIRD_CHARS), { minLength: 1, maxLength: 6 })
  .chain((cs) => fc.integer({ min: 1, max: 40 }).map((times) => cs.join('').repeat(times)));
/** Replacement text: ordinary sentences, invisible runs, or a few thousand adversarial characters. */
const text = fc.oneof(
  pick(SENTENCES),
  chars,
  fc
    .tuple(
      pick(['가 ', '@@', '<', 'ⓒ', ' ', '\u3000', '■', '/', '기자 ', '다.', 'a@b.', '\u200B']),
      fc.integer({ min: 1, max: 4_000 }),
    )
    .map(([unit, times]) => unit.repeat(times)),
  fc.string({ maxLength: 40 }),
);

export const stringOpArb: fc.Arbitrary<StringOp> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at }),
  fc.record({ kind: fc.constant('insert' as const), at, snippet: pick(SNIPPETS) }),
  fc.record({ kind: fc.constant('cut' as const), at, length: fc.integer({ min: 1, max: 5_000 }) }),
);

export const domOpArb: fc.Arbitrary<DomOp> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: pick(['delete', 'duplicate', 'unwrap'] as const), at }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), at, to: at }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('wrap' as const), at, tag: pick(WRAP_TAGS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('chars' as const), at, offset: at, chars }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('lang' as const),
      lang: pick(LANGS),
      dir: pick([null, 'rtl', 'ltr', 'auto', 'RTL']),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('xss' as const),
      at,
      payload: fc.nat({ max: XSS_PAYLOADS.length - 1 }),
      where: pick(['beforebegin', 'afterbegin', 'beforeend', 'afterend'] as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('attr' as const), at, name: pick(ATTR_NAMES), value: pick(ATTR_VALUES) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('text' as const), at, text }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('head' as const),
      html: fc.oneof(
        pick(HEAD_SNIPPETS),
        fc.json().map((j) => `<script type="application/ld+json">${j}</script>`),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('body' as const), how: pick(['empty', 'remove', 'frameset'] as const) }),
  },
);

/** Mostly DOM-only mutants (no re-parse); one in four also edits the raw string first. */
export const mutationArb = fc.record({
  strings: fc.oneof(
    { weight: 3, arbitrary: fc.constant([] as StringOp[]) },
    { weight: 1, arbitrary: fc.array(stringOpArb, { minLength: 1, maxLength: 2 }) },
  ),
  dom: fc.array(domOpArb, { minLength: 1, maxLength: 8 }),
});
export type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never;

export function applyStringOps(html: string, ops: readonly StringOp[]): string {
  let out = html;
  for (const op of ops) {
    const index = out.length ? op.at % out.length : 0;
    if (op.kind === 'truncate') out = out.slice(0, index);
    else if (op.kind === 'insert') out = out.slice(0, index) + op.snippet + out.slice(index);
    else out = out.slice(0, index) + out.slice(index + op.length);
  }
  return out;
}

function nth<T>(items: readonly T[], index: number): T | undefined {
  return items.length ? items[index % items.length] : undefined;
}

function textNodes(doc: Document): Text[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

function applyDomOp(doc: Document, op: DomOp): void {
  const blocks = Array.from(doc.querySelectorAll(BLOCKS));
  const el = 'at' in op ? nth(blocks, op.at) : undefined;
  switch (op.kind) {
    case 'delete':
      return el?.remove();
    case 'duplicate':
      return el?.after(el.cloneNode(true));
    case 'unwrap':
      return el?.replaceWith(...Array.from(el.childNodes));
    case 'move': {
      const target = nth(blocks, op.to);
      if (el && target && !el.contains(target)) target.before(el);
      return;
    }
    case 'wrap': {
      if (!el) return;
      const wrapper = doc.createElement(op.tag);
      el.before(wrapper);
      wrapper.append(el);
      return;
    }
    case 'chars': {
      const node = nth(textNodes(doc), op.at);
      if (node) node.insertData(op.offset % (node.length + 1), op.chars);
      return;
    }
    case 'lang': {
      const root = doc.documentElement;
      if (op.lang === null) root?.removeAttribute('lang');
      else root?.setAttribute('lang', op.lang);
      if (op.dir) root?.setAttribute('dir', op.dir);
      return;
    }
    case 'xss':
      return el?.insertAdjacentHTML(op.where, XSS_PAYLOADS[op.payload]!.html);
    case 'attr':
      return el?.setAttribute(op.name, op.value);
    case 'text': {
      if (el) el.textContent = op.text;
      return;
    }
    case 'head':
      return doc.head?.insertAdjacentHTML('beforeend', op.html);
    case 'body': {
      const body = doc.body;
      if (op.how === 'empty') body?.replaceChildren();
      else if (op.how === 'remove') body?.remove();
      else if (body) {
        const frameset = doc.createElement('frameset');
        frameset.innerHTML =
          '<frame src="javascript:alert(1)"><frame src="https://example.com/"><noframes><p>frames</p></noframes>';
        body.replaceWith(frameset);
      }
    }
  }
}

/** Applies `ops` in order; an operation the DOM refuses (a HierarchyRequestError, say) is skipped. */
export function applyDomOps(doc: Document, ops: readonly DomOp[]): void {
  for (const op of ops) {
    try {
      applyDomOp(doc, op);
    } catch {
      // Not the pipeline's failure: the mutation was impossible on this tree.
    }
  }
}
