import { describe, expect, it } from 'vitest';
import { splitBrParagraphs } from '../../../utils/extract/paragraphs';

/** Parses `html` into a body, splits it, and describes the root's children as [tag, text] pairs. */
function split(html: string, rootSelector = 'body') {
  const doc = new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');
  const root = doc.querySelector(rootSelector)!;
  splitBrParagraphs(doc.body);
  const describe = (parent: Element) =>
    Array.from(parent.children).map((child) => [child.tagName.toLowerCase(), (child.textContent ?? '').trim()]);
  return { doc, root, children: describe(root), describe };
}

describe('splitBrParagraphs', () => {
  it.each([
    [
      'two runs',
      '<div id="b">첫 문단이다.<br><br>둘째 문단이다.</div>',
      [
        ['p', '첫 문단이다.'],
        ['p', '둘째 문단이다.'],
      ],
    ],
    [
      'a space between the brs',
      '<div id="b">첫 문단.<br> <br>둘째 문단.</div>',
      [
        ['p', '첫 문단.'],
        ['p', '둘째 문단.'],
      ],
    ],
    [
      'newlines and indentation between the brs',
      '<div id="b">첫 문단.<br>\n\t\t<br>\n둘째 문단.</div>',
      [
        ['p', '첫 문단.'],
        ['p', '둘째 문단.'],
      ],
    ],
    [
      'three brs make one break, not an empty paragraph',
      '<div id="b">A문단<br><br><br>B문단</div>',
      [
        ['p', 'A문단'],
        ['p', 'B문단'],
      ],
    ],
    [
      'leading and trailing brs are trimmed',
      '<div id="b"><br><br>A문단<br><br>B문단<br><br></div>',
      [
        ['p', 'A문단'],
        ['p', 'B문단'],
      ],
    ],
    [
      '<br/> self-closing form',
      '<div id="b">A문단<br/><br/>B문단</div>',
      [
        ['p', 'A문단'],
        ['p', 'B문단'],
      ],
    ],
    [
      'a figure between runs stays a sibling, in place',
      '<div id="b">A문단<br><br><figure><img src="x.jpg"><figcaption>사진</figcaption></figure>B문단<br><br>C문단</div>',
      [
        ['p', 'A문단'],
        ['figure', '사진'],
        ['p', 'B문단'],
        ['p', 'C문단'],
      ],
    ],
    [
      'block elements directly between runs',
      '<div id="b">A문단<br><br>B문단<div class="ad">광고</div>C문단<br><br>D문단</div>',
      [
        ['p', 'A문단'],
        ['p', 'B문단'],
        ['div', '광고'],
        ['p', 'C문단'],
        ['p', 'D문단'],
      ],
    ],
    [
      'inline markup stays inside its paragraph',
      '<div id="b">A <b>굵게</b> 그리고 <a href="/x">링크</a>.<br><br>B문단</div>',
      [
        ['p', 'A 굵게 그리고 링크.'],
        ['p', 'B문단'],
      ],
    ],
  ])('%s', (_name, html, expected) => {
    expect(split(html, '#b').children).toEqual(expected);
  });

  it('keeps a single <br> inside its paragraph', () => {
    const { root, children } = split('<div id="b">첫 줄<br>둘째 줄<br><br>다음 문단</div>', '#b');
    expect(children).toEqual([
      ['p', '첫 줄둘째 줄'],
      ['p', '다음 문단'],
    ]);
    const first = root.querySelector('p')!;
    expect(first.querySelectorAll('br')).toHaveLength(1);
    expect(Array.from(first.childNodes).map((node) => node.nodeName)).toEqual(['#text', 'BR', '#text']);
  });

  it('leaves a parent with only single <br>s untouched', () => {
    const html = '<div id="b">첫 줄<br>둘째 줄<br>셋째 줄</div>';
    const { root } = split(html, '#b');
    expect(root.querySelector('p')).toBeNull();
    expect(root.querySelectorAll('br')).toHaveLength(2);
    expect(root.textContent).toBe('첫 줄둘째 줄셋째 줄');
  });

  it('splits a <p> holding <br><br> into sibling paragraphs (no nested <p>)', () => {
    const { doc } = split('<div id="b"><p>A문단<br><br>B문단</p><p>C문단</p></div>');
    const b = doc.querySelector('#b')!;
    expect(Array.from(b.children).map((child) => [child.tagName, child.textContent])).toEqual([
      ['P', 'A문단'],
      ['P', 'B문단'],
      ['P', 'C문단'],
    ]);
    expect(doc.querySelector('p p')).toBeNull();
  });

  it('does not split inline parents', () => {
    const { doc } = split('<div id="b"><span id="s">A<br><br>B</span></div>');
    expect(doc.querySelector('#s')!.querySelectorAll('br')).toHaveLength(2);
    expect(doc.querySelector('#b p')).toBeNull();
  });

  it('splits a nested container and leaves its parent alone', () => {
    const { doc } = split('<div id="outer"><h1>제목</h1><div id="inner">A문단<br><br>B문단</div></div>');
    expect(Array.from(doc.querySelector('#outer')!.children).map((c) => c.tagName)).toEqual(['H1', 'DIV']);
    expect(Array.from(doc.querySelector('#inner')!.children).map((c) => [c.tagName, c.textContent])).toEqual([
      ['P', 'A문단'],
      ['P', 'B문단'],
    ]);
  });

  it('keeps an image-only run as a paragraph holding the image', () => {
    const { children, root } = split('<div id="b">A문단<br><br><img src="x.jpg"><br><br>B문단</div>', '#b');
    expect(children).toEqual([
      ['p', 'A문단'],
      ['p', ''],
      ['p', 'B문단'],
    ]);
    expect(root.children[1]!.querySelector('img')?.getAttribute('src')).toBe('x.jpg');
  });

  it('splits the sedaily body itself (the root passed in)', () => {
    const doc = new DOMParser().parseFromString(
      '<html><body><div class="article_view" itemprop="articleBody">올해 7월 동영상이 올라왔다.<br><br>최근 기자가 찾은 본사.<br><br>/김광수 특파원</div></body></html>',
      'text/html',
    );
    const view = doc.querySelector('.article_view')!;
    splitBrParagraphs(view);
    expect(Array.from(view.children).map((c) => c.textContent)).toEqual([
      '올해 7월 동영상이 올라왔다.',
      '최근 기자가 찾은 본사.',
      '/김광수 특파원',
    ]);
  });
});
