import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findTextRect, scrollPageToText } from '@/utils/reader/scroll-to-text';

/** happy-dom has no layout: give every text Range a box derived from its node's order. */
function fakeLayout() {
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
    const node = this.startContainer;
    const hidden = node.parentElement?.closest('[hidden]');
    const index = Array.from(document.body.querySelectorAll('*')).indexOf(node.parentElement!);
    const top = hidden ? 0 : 100 + index * 50;
    return {
      top,
      left: 0,
      width: hidden ? 0 : 300,
      height: hidden ? 0 : 20,
      right: 300,
      bottom: top + 20,
      x: 0,
      y: top,
      toJSON() {},
    } as DOMRect;
  });
}

beforeEach(() => {
  // A sedaily body: bare text nodes between <br>s, no element per paragraph.
  document.body.innerHTML =
    '<header>메뉴</header><div hidden><p>◆ 3년간 77조 투자 (숨은 사본)</p></div>' +
    '<div id="article-body">첫 문단<br><br><b>◆ 클라우드·AI로 업무혁신 지원</b><br>알리바바는<br><br>3년간   기초시설 등 77조 투자에 나선다<br></div>';
  fakeLayout();
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('scrollPageToText', () => {
  it('finds a bare text node by the start of the outline text, ignoring markers and spacing', () => {
    expect(findTextRect(document, '3년간 기초시설 등 77조 투자')).not.toBeNull();
    expect(findTextRect(document, '■ 클라우드·AI로 업무혁신 지원')).not.toBeNull();
  });

  it('skips invisible copies and reports text that is not on the page', () => {
    expect(findTextRect(document, '이 문장은 페이지에 없습니다')).toBeNull();
    // Only the hidden copy contains this; a zero-size box is not a place to scroll to.
    expect(findTextRect(document, '3년간 77조 투자 (숨은 사본)')).toBeNull();
  });

  it('scrolls the window, leaving the DOM untouched', () => {
    const before = document.documentElement.outerHTML;
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    expect(scrollPageToText(window, '클라우드·AI로 업무혁신 지원')).toBe(true);
    expect(scrollTo).toHaveBeenCalledWith(expect.objectContaining({ behavior: 'smooth' }));
    expect(document.documentElement.outerHTML).toBe(before);
    expect(scrollPageToText(window, '없는 소제목입니다')).toBe(false);
  });
});
