import { describe, expect, it } from 'vitest';
import { extendToMainText } from '../../../utils/extract/extend-to-main-text';

/** A sentence of its own words, so that no two sentences share a run of words. */
const sentence = (topic: string, n: number) => Array.from({ length: 24 }, (_, i) => `${topic}${n}w${i}`).join(' ') + '.';
const paragraphs = (topic: string, count: number) =>
  Array.from({ length: count }, (_, i) => `<p>${sentence(topic, i)}</p>`).join('');

function run(readHtml: string, holderHtml: string) {
  const doc = new DOMParser().parseFromString(
    `<html><body><div id="read">${readHtml}</div><div id="holder">${holderHtml}</div></body></html>`,
    'text/html',
  );
  const holder = doc.getElementById('holder')!;
  return extendToMainText(doc.getElementById('read')!, holder) === holder;
}

describe('extendToMainText', () => {
  const intro = paragraphs('intro', 3);
  it('takes the holder when Readability kept only the intro of a story in sibling sections', () => {
    expect(run(intro, `${intro}<section>${paragraphs('pump', 4)}</section><section>${paragraphs('boiler', 4)}</section>`)).toBe(
      true,
    );
  });

  it('keeps Readability when the holder adds only a little (a byline, a date, a teaser deck)', () => {
    expect(run(intro, `${intro}<p>By Ann Lee</p><p>Nov. 19, 2019 8:03 am ET</p>`)).toBe(false);
  });

  it('keeps Readability when what the holder adds is a list of links', () => {
    const teasers = Array.from({ length: 12 }, (_, i) => `<p><a href="/a${i}">${sentence('teaser', i)}</a> More.</p>`).join('');
    expect(run(intro, `${intro}<div>${teasers}</div>${teasers}`)).toBe(false);
  });

  it('keeps Readability when the holder is the story twice (a hidden second copy)', () => {
    const story = paragraphs('story', 4);
    expect(run(story, `${story}<div>${story}</div><div>${story}</div>`)).toBe(false);
  });

  it('keeps Readability when the holder does not contain its text (another block of the page)', () => {
    expect(run(intro, paragraphs('comment', 12))).toBe(false);
  });
});
