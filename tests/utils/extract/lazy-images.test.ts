import { describe, expect, it } from 'vitest';
import { bestSrcsetCandidate, promoteLazyImages } from '../../../utils/extract/lazy-images';

const PAGE = 'https://www.sedaily.com/NewsView/1RX1IP84RV';
const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

function promote(body: string, pageUrl = PAGE) {
  const doc = new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
  promoteLazyImages(doc, pageUrl);
  const images = Array.from(doc.querySelectorAll('img'));
  return { doc, images, srcs: images.map((img) => img.getAttribute('src')) };
}

describe('bestSrcsetCandidate', () => {
  it.each([
    ['a.jpg 320w, b.jpg 1024w, c.jpg 640w', 'b.jpg'],
    ['a.jpg 1x, b.jpg 2x', 'b.jpg'],
    ['a.jpg 2x, b.jpg 1.5x', 'a.jpg'],
    ['a.jpg', 'a.jpg'],
    ['https://img.test/a,b.jpg 1x, https://img.test/c.jpg 2x', 'https://img.test/c.jpg'],
    // Commas need no following space after a descriptor (HTML srcset grammar).
    ['/s.jpg 320w,/l.jpg 1280w', '/l.jpg'],
    ['/s.jpg 1x,/l.jpg 2x', '/l.jpg'],
    ['', null],
  ])('%j → %j', (srcset, expected) => {
    expect(bestSrcsetCandidate(srcset)).toBe(expected);
  });
});

describe('promoteLazyImages', () => {
  it.each([
    ['relative src made absolute', '<img src="/2018/03/19/a.jpg">', ['https://www.sedaily.com/2018/03/19/a.jpg']],
    ['protocol-relative src', '<img src="//newsimg.sedaily.com/a.jpg">', ['https://newsimg.sedaily.com/a.jpg']],
    [
      'data-src over a data: placeholder',
      `<img src="${GIF}" data-src="//newsimg.sedaily.com/x_1.jpg">`,
      ['https://newsimg.sedaily.com/x_1.jpg'],
    ],
    ['data-src over a real-looking src', '<img src="/thumb.jpg" data-src="/full.jpg">', ['https://www.sedaily.com/full.jpg']],
    [
      'data-original over a blank.gif',
      '<img src="/img/blank.gif" data-original="photo.jpg">',
      ['https://www.sedaily.com/NewsView/photo.jpg'],
    ],
    ['data-lazy-src without src', '<img data-lazy-src="https://img.test/a.jpg">', ['https://img.test/a.jpg']],
    [
      'spacer src, data-srcset',
      '<img src="/images/spacer.gif" data-srcset="/s.jpg 320w, /l.jpg 1280w">',
      ['https://www.sedaily.com/l.jpg'],
    ],
    ['no src, srcset only', '<img srcset="/s.jpg 1x, /l.jpg 2x">', ['https://www.sedaily.com/l.jpg']],
    [
      'loading placeholder with query',
      '<img src="/img/loading.gif?v=2" data-src="/real.jpg">',
      ['https://www.sedaily.com/real.jpg'],
    ],
    [
      '<picture> source',
      '<picture><source srcset="/p-640.webp 640w, /p-1280.webp 1280w"><img></picture>',
      ['https://www.sedaily.com/p-1280.webp'],
    ],
    [
      'a real src is kept as is',
      '<img src="https://img.test/keep.jpg" srcset="https://img.test/other.jpg 2x">',
      ['https://img.test/keep.jpg'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(promote(body).srcs).toEqual(expected);
  });

  it('removes srcset once a source is chosen', () => {
    const { images } = promote('<img srcset="/s.jpg 1x, /l.jpg 2x"><img src="/a.jpg" srcset="/a2.jpg 2x">');
    expect(images.map((img) => img.hasAttribute('srcset'))).toEqual([false, false]);
  });

  it.each([
    ['no source at all', '<img alt="x">'],
    ['empty src', '<img src="">'],
    ['a data: placeholder only', `<img src="${GIF}">`],
    ['a 1x1 spacer only', '<img src="/images/1x1.png">'],
    ['a blank.gif only', '<img src="/img/blank.gif">'],
  ])('removes a placeholder with no real source: %s', (_name, body) => {
    const { images, doc } = promote(`<p>글</p>${body}`);
    expect(images).toEqual([]);
    expect(doc.body.textContent).toBe('글');
  });

  it('replaces <amp-img> by <img> with the same source, size and alt', () => {
    const { images, doc } = promote(
      '<amp-img src="/amp.jpg" width="640" height="360" alt="사진 설명" layout="responsive"></amp-img>',
    );
    expect(doc.querySelector('amp-img')).toBeNull();
    expect(images).toHaveLength(1);
    const img = images[0]!;
    expect(img.getAttribute('src')).toBe('https://www.sedaily.com/amp.jpg');
    expect(img.getAttribute('width')).toBe('640');
    expect(img.getAttribute('height')).toBe('360');
    expect(img.getAttribute('alt')).toBe('사진 설명');
    expect(img.hasAttribute('layout')).toBe(false);
  });

  it('uses the <noscript> image when the visible one is a placeholder', () => {
    const { images, doc } = promote(
      `<figure><img src="${GIF}" class="lazy"><noscript><img src="/2025/11/27/real.jpg" alt="알리바바 본사"></noscript></figure>`,
    );
    expect(doc.querySelector('noscript')).toBeNull();
    expect(images).toHaveLength(1);
    expect(images[0]!.getAttribute('src')).toBe('https://www.sedaily.com/2025/11/27/real.jpg');
    expect(images[0]!.getAttribute('alt')).toBe('알리바바 본사');
  });

  it('uses the <noscript> image when there is no visible image', () => {
    const { srcs, doc } = promote('<div><noscript><img src="https://img.test/only.jpg"></noscript></div>');
    expect(doc.querySelector('noscript')).toBeNull();
    expect(srcs).toEqual(['https://img.test/only.jpg']);
  });

  it('drops the <noscript> duplicate when the visible image is real', () => {
    const { srcs, doc } = promote('<img src="/visible.jpg"><noscript><img src="/visible.jpg"></noscript>');
    expect(doc.querySelector('noscript')).toBeNull();
    expect(srcs).toEqual(['https://www.sedaily.com/visible.jpg']);
  });

  it('keeps images in document order and leaves text alone', () => {
    const { srcs, doc } = promote('<p>첫 문단</p><img data-src="/1.jpg"><p>둘째 문단</p><img src="/2.jpg">');
    expect(srcs).toEqual(['https://www.sedaily.com/1.jpg', 'https://www.sedaily.com/2.jpg']);
    expect(Array.from(doc.querySelectorAll('p')).map((p) => p.textContent)).toEqual(['첫 문단', '둘째 문단']);
  });
});

describe('promoteLazyImages: images hidden until their script loads them', () => {
  it('shows a promoted lazy image that hides itself (Naver News photos), and only its own hiding', () => {
    const { images } = promote(
      '<div style="display:none"><img data-src="/a.jpg" class="_LAZY_LOADING" style="display: none;"></div>' +
        '<img data-src="/b.jpg" hidden style="width: 10px; visibility: hidden">',
    );
    expect(images.map((img) => [img.getAttribute('style'), img.hasAttribute('hidden')])).toEqual([
      [null, false],
      ['width: 10px;', false],
    ]);
    expect(images[0]!.parentElement!.getAttribute('style')).toBe('display:none');
  });

  it('leaves a hidden image with a real source of its own hidden (the page hides it on purpose)', () => {
    const { images } = promote('<img src="/a.jpg" style="display:none">');
    expect(images[0]!.getAttribute('style')).toBe('display:none');
  });
});
