import { describe, expect, it } from 'vitest';
import { findMainText, removeBySelectors, removeJunk, type Protection } from '../../../utils/extract/remove-clutter';
import { RemovedLog } from '../../../utils/extract/removed-log';
import { KOREAN_NEWS_REMOVE } from '../../../utils/site-rules/korean-news';
import { SEDAILY_RULE } from '../../../utils/site-rules/sedaily/rule';
import type { RemoveRule } from '../../../utils/site-rules/site-rule';

const parse = (body: string) => new DOMParser().parseFromString(`<html><head></head><body>${body}</body></html>`, 'text/html');
const NONE: Protection = { roots: [], mainTextLength: 0 };
const LONG = '알리바바는 클라우드와 AI를 두 축으로 삼고 비즈니스 혁신을 지원하는 AI 전문 기업으로 변신하겠다고 선언했다. '.repeat(
  3,
);

describe('removeJunk', () => {
  it('removes scripts, styles, embeds, form controls, hidden elements, noscript, svg and math', () => {
    const doc = parse(
      '<p id="keep">본문</p><script>alert(1)</script><style>p{}</style><link rel="icon"><template><p>t</p></template>' +
        '<object data="x"></object><embed src="x"><ins class="adsbygoogle"></ins><canvas></canvas>' +
        '<audio src="a.mp3"></audio><video src="v.mp4"></video><input value="x"><button>공유하기</button><select><option>1</option></select>' +
        '<textarea>댓글</textarea><dialog>팝업</dialog><div hidden>숨김</div><noscript>자바스크립트를 켜세요</noscript>' +
        '<svg><style>p{}</style><text>아이콘</text></svg><math><mi>x</mi></math>',
    );
    removeJunk(doc);
    expect(doc.body.textContent).toBe('본문');
    expect(Array.from(doc.body.children).map((child) => child.id || child.tagName)).toEqual(['keep']);
  });

  it('keeps an open dialog, images, figures and forms', () => {
    const doc = parse(
      '<dialog open><p>열린 대화상자</p></dialog><figure><img src="a.jpg"></figure><form><p>폼 안의 본문</p></form>',
    );
    removeJunk(doc);
    expect(Array.from(doc.body.children).map((child) => child.tagName)).toEqual(['DIALOG', 'FIGURE', 'FORM']);
    expect(doc.querySelector('img')).not.toBeNull();
  });
});

describe('removeBySelectors', () => {
  it('removes every match and records reason, selector and a text preview', () => {
    const doc = parse(
      `<div class="share_area">공유하기 페이스북</div><div id="body"><p>${LONG}</p></div><footer>회사소개 이용약관</footer>`,
    );
    const log = new RemovedLog();
    removeBySelectors(doc, KOREAN_NEWS_REMOVE, NONE, log);
    expect(doc.querySelector('.share_area')).toBeNull();
    expect(doc.querySelector('footer')).toBeNull();
    expect(doc.querySelector('#body')).not.toBeNull();
    // In document order, each credited to the first rule it matches.
    expect(log.blocks).toEqual([
      {
        reason: 'share-tools',
        rule: '.share, .sns_share, .share_btn, .btn_share, [class*="share_area"], .social',
        text: '공유하기 페이스북',
        detail: '공유하기 페이스북',
      },
      {
        reason: 'footer',
        rule: 'footer, #footer, .footer, [role="contentinfo"]',
        text: '회사소개 이용약관',
        detail: '회사소개 이용약관',
      },
    ]);
  });

  it('removes text-less clutter without logging it', () => {
    const doc = parse('<div class="ad_top"><img src="ad.gif"></div><p>본문</p>');
    const log = new RemovedLog();
    removeBySelectors(doc, KOREAN_NEWS_REMOVE, NONE, log);
    expect(doc.querySelector('.ad_top')).toBeNull();
    expect(log.blocks).toEqual([]);
  });

  it('logs a nested match once, with the outer element', () => {
    const doc = parse('<div class="footer">푸터 <div class="ad_box">광고 문구</div></div><p>본문</p>');
    const log = new RemovedLog();
    removeBySelectors(doc, KOREAN_NEWS_REMOVE, NONE, log);
    expect(log.blocks.map((entry) => [entry.reason, entry.text])).toEqual([['footer', '푸터 광고 문구']]);
  });

  it('never removes the protected body root, nor an element containing it', () => {
    const doc = parse(
      `<div class="header" id="wrap"><div class="share">공유</div><div class="article_view related" id="body"><p>${LONG}</p>` +
        '<div class="art_rel">관련 기사 상자</div></div></div>',
    );
    const body = doc.querySelector('#body')!;
    const log = new RemovedLog();
    removeBySelectors(doc, SEDAILY_RULE.remove, { roots: [body], mainTextLength: 0 }, log);
    expect(doc.querySelector('#wrap')).not.toBeNull(); // .header wraps the article
    expect(doc.querySelector('#body')).toBe(body); // .related matches the article itself
    expect(doc.querySelector('.share')).toBeNull(); // clutter beside the body still goes
    expect(doc.querySelector('.art_rel')).toBeNull(); // clutter inside the body still goes
    expect(log.blocks.map((entry) => entry.reason).sort()).toEqual(['related', 'share-tools']);
  });

  it('never removes a <form>, even when a selector matches it, but removes clutter inside it', () => {
    const doc = parse(
      `<form class="search" id="frm" action="/post"><div class="share">공유</div><div id="article"><p>${LONG}</p></div></form>` +
        '<form id="topSearchFrm"><div class="search">검색</div></form>',
    );
    const log = new RemovedLog();
    removeBySelectors(doc, SEDAILY_RULE.remove, NONE, log);
    expect(doc.querySelector('#frm')).not.toBeNull();
    expect(doc.querySelector('#topSearchFrm')).not.toBeNull();
    expect(doc.querySelector('#article')?.textContent).toBe(LONG);
    expect(doc.querySelector('.share')).toBeNull();
    expect(doc.querySelector('div.search')).toBeNull();
  });

  it('never removes body or html', () => {
    const doc = parse(`<p>${LONG}</p>`);
    doc.body.className = 'header';
    doc.documentElement.className = 'footer';
    removeBySelectors(doc, [{ selector: 'body, html, .header, .footer', reason: 'menu' }], NONE, new RemovedLog());
    expect(doc.body).not.toBeNull();
    expect(doc.body.textContent).toBe(LONG);
  });

  it('skips a selector the DOM cannot parse and applies the rest', () => {
    const doc = parse('<nav>메뉴</nav><p>본문</p>');
    const rules: RemoveRule[] = [
      { selector: 'p:::bad((', reason: 'broken' },
      { selector: 'nav', reason: 'menu' },
    ];
    const log = new RemovedLog();
    expect(() => removeBySelectors(doc, rules, NONE, log)).not.toThrow();
    expect(doc.querySelector('nav')).toBeNull();
    expect(log.blocks).toEqual([{ reason: 'menu', rule: 'nav', text: '메뉴', detail: '메뉴' }]);
  });

  it('protects what findMainText finds in generic mode', () => {
    const doc = parse(
      `<div class="content_wrap recommend" id="main"><p>${LONG}</p><p>${LONG}</p></div><div class="recommend">추천 기사</div>`,
    );
    const log = new RemovedLog();
    removeBySelectors(doc, KOREAN_NEWS_REMOVE, findMainText(doc), log);
    expect(doc.querySelector('#main')).not.toBeNull();
    expect(log.blocks.map((entry) => entry.text)).toEqual(['추천 기사']);
  });
});

describe('findMainText', () => {
  it('returns the deepest element holding at least half the paragraph text', () => {
    const doc = parse(
      `<header><p>짧은 메뉴</p></header><div id="page"><div id="article"><p>${LONG}</p><p>${LONG}</p></div><aside><p>사이드</p></aside></div>`,
    );
    expect(findMainText(doc).roots).toEqual([doc.querySelector('#article')]);
  });

  it('returns nothing when the page has under 300 characters of running text', () => {
    const doc = parse('<div id="article"><p>짧은 문단 하나.</p></div>');
    expect(findMainText(doc).roots).toEqual([]);
  });

  it('returns nothing when only body holds half the text', () => {
    const doc = parse(`<div><p>${LONG}</p></div><div><p>${LONG}</p></div><div><p>${LONG}</p></div>`);
    expect(findMainText(doc).roots).toEqual([]);
  });
});

describe('content protection beyond the main holder', () => {
  it('finds story text written in <div>s, not <p>s', () => {
    const doc = parse(
      `<nav><a href="/">홈</a></nav><div id="story"><div>${LONG}</div><div>${LONG}</div></div><div><a href="/x">${LONG}</a></div>`,
    );
    expect(findMainText(doc).roots).toEqual([doc.querySelector('#story')]);
  });

  it('never removes a link-poor block holding ≥ 30% of the article text, even when a selector matches it', () => {
    const doc = parse(
      `<div id="story"><div class="intro">${LONG}</div><div class="related-wrap" id="rest"><div>${LONG}</div><div>${LONG}</div></div>` +
        `<div class="related"><a href="/a">다른 기사 하나</a> <a href="/b">다른 기사 둘</a></div></div>`,
    );
    const log = new RemovedLog();
    removeBySelectors(doc, KOREAN_NEWS_REMOVE, findMainText(doc), log);
    expect(doc.querySelector('#rest')).not.toBeNull();
    expect(log.blocks.map((entry) => entry.text)).toEqual(['다른 기사 하나 다른 기사 둘']);
  });

  it('matches ad class tokens, not "ad-" inside other words ("read-all", "head-line")', () => {
    const doc = parse(
      '<div class="zn-body__read-all">기사 본문</div><div class="head-line">제목</div><div class="ad-slot">광고</div><div class="x ad_box">광고2</div>',
    );
    removeBySelectors(doc, KOREAN_NEWS_REMOVE, NONE, new RemovedLog());
    expect(Array.from(doc.body.children).map((el) => el.className)).toEqual(['zn-body__read-all', 'head-line']);
  });
});
