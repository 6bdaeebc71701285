import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '../../../utils/extract/drop-boilerplate';
import { cleanByline } from '../../../utils/extract/metadata';
import { RemovedLog } from '../../../utils/extract/removed-log';
import { GENERIC_DROP_TEXT } from '../../../utils/site-rules/generic';

const STORY =
  'The state attorney general is investigating the company amid layoffs, according to people familiar with the matter, and a decision is expected next month.';

function run(html: string, repeated: readonly string[] = ['High School Roundup: Viera defeats Rockledge']) {
  const doc = new DOMParser().parseFromString(`<html><body><div id="content">${html}</div></body></html>`, 'text/html');
  const content = doc.querySelector('#content')!;
  const log = new RemovedLog();
  dropBoilerplate(content, GENERIC_DROP_TEXT, repeated, log);
  return { text: (content.textContent ?? '').replace(/\s+/g, ' ').trim(), reasons: log.blocks.map((b) => b.reason) };
}

describe('generic web boilerplate (whole blocks, any site)', () => {
  it.each([
    ['You may also like', 'related'],
    ['Advertisement', 'ad'],
    ['Loading content ...', 'ui-label'],
    ['Loading paragraph...', 'ui-label'],
    ['Image 1 of 9', 'ui-label'],
    ['Photo: David Reyes, STF / Associated Press', 'image-credit'],
    ['Natalie Naccache | Bloomberg | Getty Images', 'image-credit'],
    ['Credit...Doug Mills/The New York Times', 'image-credit'],
    ['Nov. 20, 2019, 9:28 AM UTC', 'dateline'],
    ['Published 4:00 am CST, Wednesday, November 20, 2019', 'dateline'],
    ['November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm', 'dateline'],
    ['02 Ago 2017', 'dateline'],
    ['October 06, 2018', 'dateline'],
    ['Subscribe', 'ui-label'],
    ['Sign up to our newsletter for exclusive updates and enhanced content', 'newsletter'],
    ['Via SyndiGate.info', 'syndication'],
    ['Copyright @ 2019 The New Arab.', 'copyright'],
    ['- 19.11.2019, 08:57', 'dateline'],
    ['segunda-feira, 22 de janeiro de 2018 às 0:13', 'dateline'],
    ['Published November 20th, 2019 - 07:29 GMT', 'dateline'],
    ['You may also like...', 'related'],
    ['SEE MORE: Hong Kong protests: 800 students under siege in university', 'promo'],
    ['Skip to content', 'ui-label'],
    ['Advert', 'ad'],
    ['This slideshow requires JavaScript.', 'ui-label'],
    ["This website uses cookies to improve your experience. We'll assume you're ok with this.", 'cookie-notice'],
    ['[button link="http://x.test/submit" type="big"] Send us YOUR kit review[/button]', 'markup-leak'],
    [
      'This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.',
      'copyright',
    ],
    [
      'Citation: Hibernating astronauts would need smaller spacecraft (2019, November 18) retrieved 20 November 2019 from https://example.org/news/x.html',
      'citation-notice',
    ],
  ])('drops %j as %s', (line, reason) => {
    expect(run(`<p>${line}</p><p>${STORY}</p>`)).toEqual({ text: STORY, reasons: [reason] });
  });

  it.each([
    'The match starts at 19:30 on May 2, 2024.',
    'Subscribers to the newsletter grew by 20% in 2024, the company said.',
    'Related stories of corruption emerged in 2019 across the region.',
    'Loading dock',
    'The company declined to comment to Reuters.',
    'Adam 10/10 November 4, 2018',
    'May 2019 was the wettest month on record.',
  ])('keeps the sentence %j', (line) => {
    expect(run(`<p>${line}</p>`).text).toBe(line);
  });

  it('keeps a date that is a list item or table cell (an events calendar)', () => {
    expect(run('<ul><li>November 22, 2019</li><li>November 25, 2019</li></ul>').reasons).toEqual([]);
    expect(run('<table><tr><td>Nov. 20, 2019</td><td>Open day</td></tr></table>').reasons).toEqual([]);
  });

  it('drops a "Tags" line of links, keeps a sentence that starts with the word', () => {
    const tags = '<p><strong>Tags<br><a href="/t/a">stock car 2018</a>, <a href="/t/b">stock car brasil</a></strong></p>';
    expect(run(`<p>${STORY}</p>${tags}`)).toEqual({ text: STORY, reasons: ['tags'] });
    const sentence = '<p>Tags on luggage help airlines, <a href="/x">a report</a> found in a survey of 2,000 travellers.</p>';
    expect(run(sentence).reasons).toEqual([]);
  });

  it('drops a "DON\'T MISS" label with its links in one paragraph (express.co.uk), keeps a paragraph that only starts like one', () => {
    const links = ['Plague warning: CDC names EIGHT deadly diseases', 'BLACK DEATH fears: holidaymakers die after eating marmot']
      .map((title, index) => `<strong><a href="/news/${index}">${title}</a>&nbsp;[INSIGHT]</strong>`)
      .join('<br>');
    const { text, reasons } = run(`<p>${STORY}</p><p><strong>DON’T MISS</strong><br>${links}</p><p>${STORY}</p>`);
    expect(text).toBe(`${STORY}${STORY}`);
    expect(reasons).toContain('related');
    const prose = run(`<p><strong>Read more</strong> about it: ${STORY} <a href="/x">the report</a>.</p>`);
    expect(prose.text).toContain(STORY);
  });

  it('drops the headline reworded at the top of the body and the outlet name line, by normalised repeat', () => {
    const html = `<h2>High School Roundup: Viera defeats Rockledge to remain undefeated</h2><p><span>Florida Today</span></p><p>${STORY}</p> <h2>Viera defeats Rockledge in the final</h2>`;
    const result = run(html, ['HS Roundup: Viera defeats Rockledge to remain undefeated', 'floridatoday']);
    // The subhead further down shares words with the title too, but sits after the story began.
    expect(result.text).toBe(`${STORY} Viera defeats Rockledge in the final`);
    expect(result.reasons).toEqual(['duplicate', 'duplicate']);
  });
});

describe('cleanByline rejects author page URLs', () => {
  it.each(['http://www.autoracing.com.br/author/adauto-silva/#author', '//example.com/author/x', 'www.example.com/author'])(
    '%j → null',
    (raw) => {
      expect(cleanByline(raw)).toBeNull();
    },
  );
});

describe('repeated captions', () => {
  it('keeps the first of identical gallery captions and every image; paragraphs may repeat', () => {
    const caption = '2018 Jeongdong Theater Tradition Series Performance';
    const figure = (n: number) => `<figure><img src="https://x.test/${n}.jpg"><figcaption>${caption}</figcaption></figure>`;
    const doc = new DOMParser().parseFromString(
      `<div id="c">${figure(1)}${figure(2)}<p>Drink 20–30 minutes before your workout</p><p>Drink 20–30 minutes before your workout</p>${figure(3)}</div>`,
      'text/html',
    );
    const content = doc.querySelector('#c')!;
    dropBoilerplate(content, GENERIC_DROP_TEXT, [''], new RemovedLog());
    expect(content.querySelectorAll('img')).toHaveLength(3);
    expect(content.querySelectorAll('figcaption')).toHaveLength(1);
    expect(content.querySelectorAll('p')).toHaveLength(2);
  });
});

describe('menu lists', () => {
  const run2 = (html: string) => {
    const doc = new DOMParser().parseFromString(`<div id="c"><p>${STORY}</p>${html}</div>`, 'text/html');
    const content = doc.querySelector('#c')!;
    const log = new RemovedLog();
    dropBoilerplate(content, GENERIC_DROP_TEXT, [''], log);
    return { lists: content.querySelectorAll('ul, ol').length, reasons: log.blocks.map((b) => b.reason) };
  };
  const li = (text: string) => `<li><a href="/${encodeURIComponent(text)}">${text}</a></li>`;

  it('drops a list of four or more short single links (a site menu)', () => {
    expect(run2(`<ul>${['US & World', 'Sports', 'Business', 'Life', 'Jobs'].map(li).join('')}</ul>`)).toEqual({
      lists: 0,
      reasons: ['menu'],
    });
  });

  it('keeps lists of sentences, lists with text beside the links, and short link lists', () => {
    const long = [
      'How the state budget deficit grew over three years',
      'Why the council voted against the new rail plan',
      'What the report says about school funding',
      'Who pays for the stadium renovation',
    ];
    expect(run2(`<ul>${long.map(li).join('')}</ul>`).lists).toBe(1);
    expect(
      run2(
        `<ul><li><a href="/a">Sports</a> on Sundays</li><li><a href="/b">Jobs</a> fair</li><li><a href="/c">Cars</a></li><li><a href="/d">Life</a></li></ul>`,
      ).lists,
    ).toBe(1);
    expect(run2(`<ul>${['Sports', 'Jobs', 'Cars'].map(li).join('')}</ul>`).lists).toBe(1);
  });
});
