import { describe, expect, it } from 'vitest';
import { absolutizeLinks, stripPageIds } from '../../../utils/extract/finish-content';

const PAGE = 'https://www.sedaily.com/NewsView/2H0ABCDEFG';

function finish(html: string) {
  const doc = new DOMParser().parseFromString(`<html><body><div id="content">${html}</div></body></html>`, 'text/html');
  const content = doc.querySelector('#content')!;
  absolutizeLinks(content, PAGE);
  stripPageIds(content);
  return content;
}

describe('absolutizeLinks and stripPageIds', () => {
  it('drops every page id and name, dc- ones too (the outline writes its own afterwards)', () => {
    const content = finish('<p id="articleBody" name="x">a</p><h2 id="dc-s-1">b</h2><a name="top">c</a><p id="location">d</p>');
    expect(content.hasAttribute('id')).toBe(false);
    expect(Array.from(content.querySelectorAll('[id]')).map((el) => el.id)).toEqual([]);
    expect(content.querySelector('[name]')).toBeNull();
  });

  it.each([
    ['/NewsView/2H0BBBBBBB', 'https://www.sedaily.com/NewsView/2H0BBBBBBB'],
    ['2H0CCCCCCC', 'https://www.sedaily.com/NewsView/2H0CCCCCCC'],
    ['//m.sedaily.com/NewsView/2H0DDDDDDD', 'https://m.sedaily.com/NewsView/2H0DDDDDDD'],
    ['  https://example.com/a b  ', 'https://example.com/a%20b'],
    ['mailto:ksk@sedaily.com', 'mailto:ksk@sedaily.com'],
  ])('link %j → %j', (href, expected) => {
    const content = finish(`<a href="${href}">링크</a>`);
    expect(content.querySelector('a')?.getAttribute('href')).toBe(expected);
  });

  it.each([['#top'], ['#'], ['http://[::1']])('link %j loses its href, keeps its text', (href) => {
    const content = finish(`<a href="${href}">링크</a>`);
    expect(content.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(content.textContent).toBe('링크');
  });
});
