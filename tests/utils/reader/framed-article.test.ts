// @vitest-environment jsdom
// happy-dom tries to load (and logs failing to load) every iframe, even in an inert document.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExtractResult } from '@/utils/article';
import { explainFramedArticle, findMainFrame } from '@/utils/reader/framed-article';

const VIEWPORT = { innerWidth: 1280, innerHeight: 800 };
const { innerWidth, innerHeight } = VIEWPORT;

/**
 * An inert page (happy-dom would try to load the frames of a live one) whose frames get the boxes a
 * browser would give them (happy-dom does no layout).
 */
function pageWithFrames(frames: { src: string; width: number; height: number }[]): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = frames.map((frame) => `<iframe src="${frame.src}"></iframe>`).join('');
  doc.querySelectorAll('iframe').forEach((element, index) => {
    const { width, height } = frames[index]!;
    vi.spyOn(element, 'getBoundingClientRect').mockReturnValue({
      width,
      height,
      top: 0,
      left: 0,
      right: width,
      bottom: height,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    });
  });
  return doc;
}

const NOT_ARTICLE: ExtractResult = { status: 'not-article', reason: 'Too little text for an article (4 characters).' };

afterEach(() => vi.restoreAllMocks());

describe('findMainFrame', () => {
  it('finds the largest http(s) frame covering a quarter of the viewport', () => {
    const doc = pageWithFrames([
      { src: 'https://ads.example/slot', width: 300, height: 250 },
      { src: 'https://www.sedaily.com/NewsView/29QV5AQQWN', width: innerWidth, height: innerHeight * 0.9 },
    ]);
    expect(findMainFrame(doc, VIEWPORT)).toBe('https://www.sedaily.com/NewsView/29QV5AQQWN');
  });

  it('needs a window to measure against', () => {
    expect(
      findMainFrame(pageWithFrames([{ src: 'https://www.sedaily.com/a', width: innerWidth, height: innerHeight }])),
    ).toBeNull();
  });

  it('ignores small, invisible and non-web frames', () => {
    expect(findMainFrame(pageWithFrames([{ src: 'https://ads.example/slot', width: 300, height: 250 }]), VIEWPORT)).toBeNull();
    expect(findMainFrame(pageWithFrames([{ src: 'https://www.sedaily.com/a', width: 0, height: 0 }]), VIEWPORT)).toBeNull();
    expect(
      findMainFrame(pageWithFrames([{ src: 'javascript:void 0', width: innerWidth, height: innerHeight }]), VIEWPORT),
    ).toBeNull();
  });
});

describe('explainFramedArticle', () => {
  it("names the frame's host when no article was found in the page", () => {
    const doc = pageWithFrames([{ src: 'https://www.sedaily.com/NewsView/29QV5AQQWN', width: innerWidth, height: innerHeight }]);
    const result = explainFramedArticle(NOT_ARTICLE, doc, VIEWPORT);
    expect(result).toEqual({ status: 'not-article', reason: expect.stringContaining('in a frame from www.sedaily.com') });
  });

  it('leaves articles, and pages without a main frame, as they were', () => {
    const framed = pageWithFrames([{ src: 'https://www.sedaily.com/a', width: innerWidth, height: innerHeight }]);
    const ok = { status: 'ok' } as unknown as ExtractResult;
    expect(explainFramedArticle(ok, framed, VIEWPORT)).toBe(ok);
    expect(explainFramedArticle(NOT_ARTICLE, pageWithFrames([]), VIEWPORT)).toBe(NOT_ARTICLE);
  });
});
