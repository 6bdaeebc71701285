// @vitest-environment jsdom
/**
 * sanitizer-drops.ts copies DOMPurify's FORBID_CONTENTS (it does not export it): this ties the copy
 * to the installed DOMPurify by behaviour. Every tag, HTML, SVG and MathML alike, is sanitised with
 * text inside it under our config; the tags whose text disappears must be exactly
 * DROPPED_WITH_CONTENT. An upgrade that changes DOMPurify's list fails here, not in a reader.
 */
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../utils/extract/sanitize';
import { DROPPED_WITH_CONTENT } from '../../../utils/extract/sanitizer-drops';

/** Every element name DOMPurify knows of (its html, svg and mathml lists) and a few it does not. */
const TAGS = [
  'a',
  'abbr',
  'acronym',
  'address',
  'area',
  'article',
  'aside',
  'audio',
  'b',
  'bdi',
  'bdo',
  'big',
  'blink',
  'blockquote',
  'body',
  'br',
  'button',
  'canvas',
  'caption',
  'center',
  'cite',
  'code',
  'col',
  'colgroup',
  'content',
  'data',
  'datalist',
  'dd',
  'decorator',
  'del',
  'details',
  'dfn',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'element',
  'em',
  'embed',
  'fieldset',
  'figcaption',
  'figure',
  'font',
  'footer',
  'form',
  'frame',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hgroup',
  'hr',
  'html',
  'i',
  'iframe',
  'img',
  'input',
  'ins',
  'kbd',
  'label',
  'legend',
  'li',
  'link',
  'main',
  'map',
  'mark',
  'marquee',
  'menu',
  'menuitem',
  'meta',
  'meter',
  'nav',
  'nobr',
  'noembed',
  'noframes',
  'noscript',
  'object',
  'ol',
  'optgroup',
  'option',
  'output',
  'p',
  'picture',
  'plaintext',
  'pre',
  'progress',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'script',
  'search',
  'section',
  'select',
  'shadow',
  'slot',
  'small',
  'source',
  'spacer',
  'span',
  'strike',
  'strong',
  'style',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'template',
  'textarea',
  'tfoot',
  'th',
  'thead',
  'time',
  'title',
  'tr',
  'track',
  'tt',
  'u',
  'ul',
  'var',
  'video',
  'wbr',
  'xmp',
  'svg',
  'desc',
  'foreignobject',
  'g',
  'text',
  'title',
  'math',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'annotation-xml',
  'unknown-element',
  'x-widget',
];
const MARK = 'keepme';

/** True when the sanitiser drops `tag` together with the text inside it. */
function dropsContent(tag: string): boolean {
  const markup = `<p>before <${tag}>${MARK}</${tag}> after</p>`;
  return !sanitizeHtml(markup, window).includes(MARK);
}

describe('DROPPED_WITH_CONTENT matches the installed DOMPurify under our config', () => {
  it('the sanitiser runs here (jsdom): text inside an allowed tag survives', () => {
    expect(dropsContent('strong')).toBe(false);
    expect(dropsContent('script')).toBe(true);
  });

  it.each(TAGS.map((tag) => [tag]))('<%s>', (tag) => {
    // Where the HTML parser puts the text inside the element, our list must say what DOMPurify
    // does with it. Where it cannot (void elements, a stray <head> or <colgroup> in a paragraph),
    // the text lands beside the element and must survive whatever the list says.
    const expected = textInside(tag) ? DROPPED_WITH_CONTENT.has(tag) : false;
    expect(dropsContent(tag), `DOMPurify ${dropsContent(tag) ? 'drops' : 'keeps'} the content of <${tag}>`).toBe(expected);
  });

  it('compares enough tags that hold text to mean something', () => {
    const holding = TAGS.filter(textInside);
    expect(holding.length).toBeGreaterThan(100);
    expect(holding.filter((tag) => DROPPED_WITH_CONTENT.has(tag)).length).toBeGreaterThan(15);
  });
});

/** True when the HTML parser nests the text inside `<tag>` in a paragraph (inert: a template). */
function textInside(tag: string): boolean {
  const template = document.createElement('template');
  template.innerHTML = `<p>before <${tag}>${MARK}</${tag}> after</p>`;
  return Array.from(template.content.querySelectorAll('*')).some(
    (element) =>
      element.localName === tag &&
      // A <template>'s children live in its own content fragment.
      ((element.textContent ?? '') + ((element as HTMLTemplateElement).content?.textContent ?? '')).includes(MARK),
  );
}
