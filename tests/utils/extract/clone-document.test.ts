import { describe, expect, it } from 'vitest';
import { cloneDocument, cloneScope, stripEventHandlers } from '../../../utils/extract/clone-document';

const PAGE = `<html lang="ko" dir="ltr"><head><title>제목 | 서울경제</title></head><body>
<header id="h"><nav>메뉴</nav></header>
<div id="wrap"><h1 id="t">제목</h1><div id="body"><p id="deck">부제</p><p id="p1">본문 하나</p><img id="i" src="https://x.test/a.jpg" onerror="alert(1)"></div></div>
<footer>회사소개</footer></body></html>`;

const parse = () => new DOMParser().parseFromString(PAGE, 'text/html');

describe('cloneScope', () => {
  it('copies only the article container, with the page lang, dir and title, and leaves the page as it was', () => {
    const doc = parse();
    const before = doc.documentElement.outerHTML;
    const root = doc.querySelector('#body')!;
    const { doc: copy } = cloneScope(doc, root);
    expect(copy.documentElement.getAttribute('lang')).toBe('ko');
    expect(copy.documentElement.getAttribute('dir')).toBe('ltr');
    expect(copy.title).toBe('제목 | 서울경제');
    expect(Array.from(copy.body.children).map((el) => el.id)).toEqual(['body']);
    expect(copy.querySelector('nav, footer, #t')).toBeNull();
    expect(copy.querySelector('#p1')?.textContent).toBe('본문 하나');
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(copy.querySelector('#p1')).not.toBe(doc.querySelector('#p1'));
  });

  it('maps page elements inside the container to their copies, and others to null', () => {
    const doc = parse();
    const { doc: copy, counterparts } = cloneScope(doc, doc.querySelector('#body')!, [
      doc.querySelector('#deck')!,
      doc.querySelector('#t')!,
      doc.querySelector('#body')!,
    ]);
    expect(counterparts[0]).toBe(copy.querySelector('#deck'));
    expect(counterparts[1]).toBeNull();
    expect(counterparts[2]).toBe(copy.querySelector('#body'));
  });
});

describe('cloneDocument', () => {
  it('copies the whole page into a separate document and maps elements by position', () => {
    const doc = parse();
    const { doc: copy, counterparts } = cloneDocument(doc, [doc.querySelector('#t')!, doc.querySelector('#i')!]);
    expect(copy).not.toBe(doc);
    expect(copy.querySelector('footer')?.textContent).toBe('회사소개');
    expect(counterparts[0]).toBe(copy.querySelector('#t'));
    expect(counterparts[1]).toBe(copy.querySelector('#i'));
    counterparts[0]!.remove();
    expect(doc.querySelector('#t')).not.toBeNull();
  });
});

describe('stripEventHandlers', () => {
  it('removes every on* attribute from the copy and keeps the others', () => {
    const doc = new DOMParser().parseFromString(
      '<body onload="a()"><img src="x.jpg" onerror="b()" alt="사진"><a href="/x" onclick="c()" onmouseover="d()" title="t">링크</a><p title="keep">x</p></body>',
      'text/html',
    );
    stripEventHandlers(doc);
    const names = Array.from(doc.getElementsByTagName('*')).flatMap((el) => el.getAttributeNames());
    expect(names.filter((name) => /^on./.test(name))).toEqual([]);
    expect(doc.querySelector('img')?.getAttribute('alt')).toBe('사진');
    expect(doc.querySelector('p')?.getAttribute('title')).toBe('keep');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('/x');
  });
});
