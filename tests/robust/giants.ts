/**
 * The giant documents (5,000-deep nesting, 1 MB text nodes and attributes, 10,000-element pages)
 * and the adversarial-text pages (100,000 characters of one repeated unit, placed where each
 * regex of the pipeline reads). Builders return strings; the worker parses them.
 */
import fc from 'fast-check';
import { BOUND_MS } from './budget';

/** A Korean news sentence, and six paragraphs of it: enough article around any hostile part. */
export const SENTENCE = '서울경제 취재 결과 반도체 수출은 석 달 연속 증가해 올해 최대치를 기록했다. ';
export const PARAGRAPHS = Array.from({ length: 6 }, (_, i) => `<p>${SENTENCE.repeat(3)}${i}</p>`).join('');
const MB = 1_000_000;

const page = (body: string, head = '') =>
  `<!doctype html><html lang="ko"><head><title>기사 제목</title>${head}</head><body>${body}</body></html>`;
const nest = (tags: readonly string[], depth: number, inner: string, close = true) => {
  const open = Array.from({ length: depth }, (_, i) => `<${tags[i % tags.length]}>`).join('');
  const shut = close ? Array.from({ length: depth }, (_, i) => `</${tags[(depth - 1 - i) % tags.length]}>`).join('') : '';
  return `${open}${inner}${shut}`;
};
const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

export interface GiantCase {
  name: string;
  html: () => string;
  boundMs: number;
}

export const GIANTS: readonly GiantCase[] = [
  { name: 'nested div ×5,000', html: () => page(nest(['div'], 5_000, PARAGRAPHS)), boundMs: BOUND_MS.giant },
  { name: 'nested span/b ×5,000', html: () => page(nest(['span', 'b'], 5_000, PARAGRAPHS)), boundMs: BOUND_MS.giant },
  {
    name: 'unclosed mixed blocks ×5,000',
    html: () => page(nest(['div', 'section', 'blockquote', 'font', 'x-a'], 5_000, PARAGRAPHS, false)),
    boundMs: BOUND_MS.giant,
  },
  { name: 'nested ul/li ×5,000', html: () => page(nest(['ul', 'li'], 5_000, PARAGRAPHS)), boundMs: BOUND_MS.giant },
  {
    name: '1 MB Korean text node',
    html: () => page(`<p>${fill('가나다라 마바사 ', MB)}</p>${PARAGRAPHS}`),
    boundMs: BOUND_MS.giant,
  },
  {
    name: '1 MB whitespace run inside a paragraph',
    html: () => page(`${PARAGRAPHS}<p>끝${fill(' ', MB)}다.</p>`),
    boundMs: BOUND_MS.giant,
  },
  {
    name: '1 MB of zero-width and control characters',
    html: () => page(`<p>${fill('가\u200B\uFEFF\u0001\u00AD ', MB)}</p>${PARAGRAPHS}`),
    boundMs: BOUND_MS.giant,
  },
  {
    name: '1 MB srcset and title attributes',
    html: () => page(`${PARAGRAPHS}<img srcset="${fill('a.jpg 1w, ', MB)}" title="${fill('제목 ', MB)}">`),
    boundMs: BOUND_MS.giant,
  },
  { name: '10,000 paragraphs', html: () => page(`<p>${SENTENCE}</p>`.repeat(10_000)), boundMs: BOUND_MS.giant },
  {
    name: '10,000 links',
    html: () => page(`${PARAGRAPHS}<div>${'<a href="/x">링크 텍스트</a> '.repeat(10_000)}</div>`),
    boundMs: BOUND_MS.giant,
  },
  {
    name: '10,000 lazy figures',
    html: () =>
      page(`<div>${`<figure><img data-src="a.jpg"><figcaption>${SENTENCE}</figcaption></figure>`.repeat(10_000)}</div>`),
    boundMs: BOUND_MS.giant,
  },
  {
    name: '10,000 <br><br> paragraphs',
    html: () => page(`<div>${`${SENTENCE}<br><br>`.repeat(10_000)}</div>`),
    boundMs: BOUND_MS.giant,
  },
  {
    name: '10,000 bold subheads',
    html: () => page(`${`<p><b>◆ 소제목</b></p><p>${SENTENCE}</p>`.repeat(5_000)}`),
    boundMs: BOUND_MS.giant,
  },
];

/** Units whose long runs break naive regexes: spaces before `$`, `@@` e-mails, markers, separators. */
const UNITS = [
  '가 ',
  '@@',
  '<',
  'ⓒ',
  ' ',
  '\u3000',
  '\t',
  '\n',
  '가나다라',
  '.',
  '▲',
  '■ ',
  '/',
  '=',
  'a@',
  '기자 ',
  '\u200B',
  '&lt;',
  '|',
  '-',
  ',',
  '입력 ',
  '1.',
  '"',
  'ab',
  'a.',
  '다.',
  '&nbsp;',
  '가=',
  '·',
  ' /',
  'a-',
  '1,',
] as const;
/** What ends the run: nothing, a character that makes an anchored pattern fail late, a sign-off. */
const TAILS = ['', 'x', '다.', ' 홍길동 기자', ' a@b.c', '!', '기자', '='] as const;
/** Where the run goes: each is read by a different step (boilerplate, sign-off, byline, date, title…). */
const PLACES = [
  'paragraph',
  'last-paragraph',
  'title',
  'byline',
  'date',
  'caption',
  'pre',
  'table-cell',
  'list-item',
  'heading',
  'deck',
  'href',
  'srcset',
  'json-ld',
] as const;
export const ADVERSARIAL_LENGTH = 100_000;

export const adversarialArb = fc.record({
  unit: fc.constantFrom(...UNITS),
  tail: fc.constantFrom(...TAILS),
  place: fc.constantFrom(...PLACES),
  url: fc.constantFrom('https://www.sedaily.com/NewsView/2H0ABCDEFG', 'https://news.example.co.kr/article/1'),
});
export type Adversarial = typeof adversarialArb extends fc.Arbitrary<infer A> ? A : never;

export function adversarialPage({ unit, tail, place }: Adversarial): string {
  const run = fill(unit, ADVERSARIAL_LENGTH) + tail;
  const text = run.replace(/&(?!lt;|nbsp;)/g, '&amp;').replace(/"/g, '&quot;');
  const body = (inner: string) => page(`<h1>기사 제목</h1><div class="article_view">${inner}</div>`);
  switch (place) {
    case 'paragraph':
      return body(`<p>${SENTENCE}</p><p>${text}</p>${PARAGRAPHS}`);
    case 'last-paragraph':
      return body(`${PARAGRAPHS}<p>${SENTENCE}${text}</p>`);
    case 'title':
      return page(`<h1>${text}</h1>${PARAGRAPHS}`, `<meta property="og:title" content="${text}"><title>${text}</title>`);
    case 'byline':
      return body(`<div class="byline"><span class="writer">${text}</span></div>${PARAGRAPHS}`);
    case 'date':
      return body(`<div class="article_info"><span class="url_txt">입력 ${text}</span></div><time>${text}</time>${PARAGRAPHS}`);
    case 'caption':
      return body(`<figure><img src="https://img.example.com/a.jpg"><figcaption>${text}</figcaption></figure>${PARAGRAPHS}`);
    case 'pre':
      return body(`${PARAGRAPHS}<pre>${text}</pre>`);
    case 'table-cell':
      return body(`${PARAGRAPHS}<table><tr><td>${text}</td></tr></table>`);
    case 'list-item':
      return body(`${PARAGRAPHS}<ul><li>${text}</li></ul>`);
    case 'heading':
      return body(`<h2>${text}</h2>${PARAGRAPHS}<p><b>${text}</b></p>`);
    case 'deck':
      return body(`<div class="article_summary">${text}</div>${PARAGRAPHS}`);
    case 'href':
      return body(`${PARAGRAPHS}<p><a href="${text}">링크</a></p>`);
    case 'srcset':
      return body(`${PARAGRAPHS}<img srcset="${text}" data-src="${text}">`);
    case 'json-ld': {
      const json = JSON.stringify({ '@type': 'NewsArticle', headline: run, author: { name: run }, datePublished: run });
      return page(`${PARAGRAPHS}`, `<script type="application/ld+json">${json.replace(/</g, '\\u003c')}</script>`);
    }
  }
}
