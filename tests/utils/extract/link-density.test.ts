import { describe, expect, it } from 'vitest';
import { linkDensity, linkTextLength } from '../../../utils/extract/link-density';

const element = (html: string) => new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstElementChild!;

describe('linkDensity', () => {
  it.each([
    // No text links nothing: a photo's wrapper is not a link list (the steps once answered 0 or 1).
    ['no text', '<p> </p>', 0],
    ['a photo only', '<figure><img src="a.jpg"></figure>', 0],
    ['no links', '<p>가나다라</p>', 0],
    ['half links', '<p>가나<a href="/x">다라</a></p>', 0.5],
    ['all links', '<p><a href="/x">가나</a> <a href="/y">다라</a></p>', 4 / 5],
    ['whitespace collapsed', '<p>가나   <a href="/x">  다라  </a></p>', 2 / 5],
  ])('%s → %s', (_name, html, expected) => {
    expect(linkDensity(element(html))).toBeCloseTo(expected, 5);
  });
});

describe('linkTextLength', () => {
  it('counts the collapsed text of every link', () => {
    expect(linkTextLength(element('<p><a href="/x"> 가  나 </a> 다 <a href="/y">라</a></p>'))).toBe(4);
  });
});
