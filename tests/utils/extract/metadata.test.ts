import { describe, expect, it } from 'vitest';
import { cleanByline, deckLines, readMetadata } from '../../../utils/extract/metadata';
import { SEDAILY_RULE } from '../../../utils/site-rules/sedaily/rule';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const element = (html: string) => parse(`<body>${html}</body>`).body.firstElementChild!;

describe('cleanByline', () => {
  it.each([
    ['김광수 특파원 ksk@sedaily.com', '김광수 특파원'],
    ['/이종호기자 phillies@@sedaily.com', '이종호기자'],
    ['윤민혁 기자(yoonmh@sedaily.com)', '윤민혁 기자'],
    ['항저우=김광수 특파원', '김광수 특파원'],
    ['항저우 = 김광수 특파원', '김광수 특파원'],
    ['김철수·이영희 기자', '김철수·이영희 기자'],
    ['  오철수 기자  ', '오철수 기자'],
    ['[서울경제] 오철수 기자', '오철수 기자'],
    ['By John Smith', 'John Smith'],
    ['글 = 홍길동', '홍길동'],
    ['Jane Doe <jane@example.com>', 'Jane Doe'],
  ])('%j → %j', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['yoonmh@sedaily.com'],
    ['입력 2025-11-27 17:25'],
    ['수정 2025.11.28'],
    ['서울경제 2025.11.27'],
    ['x'.repeat(61)],
  ])('%j → null', (raw) => {
    expect(cleanByline(raw)).toBeNull();
  });
});

describe('deckLines', () => {
  it.each([
    [
      '<br> between lines',
      '<div>클라우드·AI로 업무혁신 지원<br>3년간 기초시설 등 77조 투자</div>',
      ['클라우드·AI로 업무혁신 지원', '3년간 기초시설 등 77조 투자'],
    ],
    ['<br/> and blank runs', '<div>  첫째 줄 <br/><br/>\n  둘째 줄<br></div>', ['첫째 줄', '둘째 줄']],
    [
      'literal "<br>" text (source &lt;br&gt;)',
      '<div>클라우드·AI로 업무혁신 지원&lt;br&gt;3년간 기초시설 등 77조 투자</div>',
      ['클라우드·AI로 업무혁신 지원', '3년간 기초시설 등 77조 투자'],
    ],
    ['literal "<br />" text', '<div>첫째 줄&lt;br /&gt;둘째 줄&lt;BR&gt;셋째 줄</div>', ['첫째 줄', '둘째 줄', '셋째 줄']],
    ['double-escaped "&lt;br&gt;" text', '<div>첫째 줄&amp;lt;br&amp;gt;둘째 줄</div>', ['첫째 줄', '둘째 줄']],
    [
      '<p> children (Era 3 .article-subtitle p)',
      '<div class="article-subtitle"><p>첫째 줄</p><p>둘째 줄</p></div>',
      ['첫째 줄', '둘째 줄'],
    ],
    ['<li> children', '<ul><li>하나</li><li>둘</li></ul>', ['하나', '둘']],
    ['inline markup stays on its line', '<div><b>굵은</b> 부제<br>다음 <em>줄</em></div>', ['굵은 부제', '다음 줄']],
    ['a single line', '<div>한 줄 부제</div>', ['한 줄 부제']],
    ['empty', '<div> <br> </div>', []],
  ])('%s', (_name, html, expected) => {
    expect(deckLines(element(html))).toEqual(expected);
  });
});

const ERA2_PAGE = `<!doctype html><html lang="ko"><head>
<title>'큐원' 기반 챗봇도 공개…마윈 움직이자 성과 내는 알리바바 | 서울경제</title>
<meta property="og:title" content="'큐원' 기반 챗봇도 공개…마윈 움직이자 성과 내는 알리바바 | 서울경제">
<meta property="og:type" content="article">
<meta property="og:image" content="https://newsimg.sedaily.com/2025/11/27/2H0ABCDEFG_1.jpg">
<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"김광수 특파원"},"datePublished":"2025-11-27T17:25:13+09:00"}</script>
</head><body>
<div id="v-left-scroll-in">
  <div class="article_head">
    <h1 class="art_tit">'큐원' 기반 챗봇도 공개…마윈 움직이자 성과 내는 알리바바</h1>
    <div class="article_info"><span class="url_txt">입력 2025-11-27 17:25:13</span></div>
  </div>
  <div class="article_con"><div class="con_left">
    <div class="article_summary">클라우드·AI로 업무혁신 지원<br>3년간 기초시설 등 77조 투자</div>
    <div class="article_view" itemprop="articleBody">올해 7월 중국의 소셜미디어 플랫폼에 동영상이 올라왔다.<br><br>리량 매니저는 이렇게 말했다.</div>
  </div></div>
</div></body></html>`;

const ERA3_PAGE = `<!doctype html><html lang="ko"><head>
<meta property="og:title" content="반도체 수출 석 달 만에 반등 - 서울경제">
<meta property="article:published_time" content="2026-02-12T01:40:31Z">
<meta property="og:image" content="https://wimg.sedaily.com/news/cms/2026/02/12/news-p.v1.20260212.0123456789abcdef0123456789abcdef_P1.jpg">
</head><body>
<div class="section-title"><a class="depth1">경제</a></div>
<h1 class="title">반도체 수출 석 달 만에 반등</h1>
<div class="byline"><div class="writer"><span><a>윤민혁 기자</a></span></div><span class="date-publish">입력 2026-02-12 10:40</span></div>
<div class="article-subtitle"><p>1월 수출 12% 증가</p><p>“AI 서버 수요가 견인”</p></div>
<div id="article-body" itemprop="articleBody"><p class="text-l">본문 첫 문단이다.</p></div>
</body></html>`;

const ERA1_PAGE = `<!doctype html><html><head><title>서울경제</title></head><body>
<div id="contents-article-view"><div id="v-left"><div id="v-left-scroll-in">
  <h2>코스피, 외국인 매수에 2,500선 회복</h2>
  <div class="view_top"><ul><li>오철수 기자</li><li>입력 2018-03-19 17:42:10</li></ul></div>
  <div class="view_con" itemprop="articleBody">코스피가 외국인 매수세에 힘입어 2,500선을 회복했다.<br><br>/오철수기자</div>
  <div class="copyright">저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지</div>
</div></div></div></body></html>`;

describe('readMetadata with the sedaily rule', () => {
  it('Era 2: rule hints, deck with <br>, JSON-LD byline, printed date in KST', () => {
    const doc = parse(ERA2_PAGE);
    const meta = readMetadata(doc, SEDAILY_RULE);
    expect(meta.title).toBe("'큐원' 기반 챗봇도 공개…마윈 움직이자 성과 내는 알리바바");
    expect(meta.deck).toEqual(['클라우드·AI로 업무혁신 지원', '3년간 기초시설 등 77조 투자']);
    expect(meta.byline).toBe('김광수 특파원');
    expect(meta.published).toBe('2025-11-27T17:25:13+09:00');
    expect(meta.leadImage).toBe('https://newsimg.sedaily.com/2025/11/27/2H0ABCDEFG_1.jpg');
    expect(meta.lang).toBe('ko');
    expect(meta.dir).toBe('ltr');
    expect(meta.declaresArticle).toBe(true);
    expect(meta.siteName).toBeNull();
    // The elements that held metadata, so the pipeline can drop them from the body copy.
    expect(meta.sources).toContain(doc.querySelector('h1.art_tit'));
    expect(meta.sources).toContain(doc.querySelector('.article_summary'));
    expect(meta.sources).toContain(doc.querySelector('.url_txt'));
    expect(meta.sources.some((source) => source.tagName === 'META' || source.tagName === 'TITLE')).toBe(false);
    expect(meta.sources.some((source) => source.contains(doc.querySelector('.article_view')))).toBe(false);
  });

  it('Era 3: h1.title, byline writer, deck <p>s, published meta (UTC shifted to KST)', () => {
    const doc = parse(ERA3_PAGE);
    const meta = readMetadata(doc, SEDAILY_RULE);
    expect(meta.title).toBe('반도체 수출 석 달 만에 반등');
    expect(meta.deck).toEqual(['1월 수출 12% 증가', '“AI 서버 수요가 견인”']);
    expect(meta.byline).toBe('윤민혁 기자');
    expect(meta.published).toBe('2026-02-12T10:40:31+09:00');
    expect(meta.leadImage).toMatch(/^https:\/\/wimg\.sedaily\.com\/news\/cms\/2026\/02\/12\//);
    expect(meta.declaresArticle).toBe(false);
    expect(meta.sources).toContain(doc.querySelector('h1.title'));
    expect(meta.sources).toContain(doc.querySelector('.byline .writer'));
    expect(meta.sources).toContain(doc.querySelector('.article-subtitle'));
  });

  it('Era 1: reporter from the first .view_top li, date from the second', () => {
    const meta = readMetadata(parse(ERA1_PAGE), SEDAILY_RULE);
    expect(meta.title).toBe('코스피, 외국인 매수에 2,500선 회복');
    expect(meta.byline).toBe('오철수 기자');
    expect(meta.lang).toBe('ko');
    expect(meta.published).toBe('2018-03-19T17:42:10+09:00');
  });

  it.each([
    ['og:title suffix " | 서울경제"', '<meta property="og:title" content="환율 1400원 돌파 | 서울경제">', '환율 1400원 돌파'],
    ['<title> suffix " - 서울경제신문"', '<title>환율 1400원 돌파 - 서울경제신문</title>', '환율 1400원 돌파'],
    ['twitter:title suffix " : Sedaily"', '<meta name="twitter:title" content="환율 1400원 돌파 : Sedaily">', '환율 1400원 돌파'],
    ['no suffix', '<meta property="og:title" content="서울경제 독자 설문 결과">', '서울경제 독자 설문 결과'],
  ])('title from %s', (_name, head, expected) => {
    const meta = readMetadata(parse(`<html><head>${head}</head><body><p>본문</p></body></html>`), SEDAILY_RULE);
    expect(meta.title).toBe(expected);
  });

  it('prefers the page heading over og:title', () => {
    const doc = parse(
      '<html><head><meta property="og:title" content="메타 제목 | 서울경제"></head><body><h1 class="title">본문 제목</h1></body></html>',
    );
    expect(readMetadata(doc, SEDAILY_RULE).title).toBe('본문 제목');
  });

  it('defaults lang to the rule language and uses the rule offset without a declared language', () => {
    const doc = parse(
      '<html><head></head><body><div class="article_info"><span class="url_txt">입력 2020-06-20 09:05:00</span></div></body></html>',
    );
    const meta = readMetadata(doc, SEDAILY_RULE);
    expect(meta.lang).toBe('ko');
    expect(meta.published).toBe('2020-06-20T09:05:00+09:00');
  });

  it('reads nothing from an empty document without throwing', () => {
    const meta = readMetadata(parse(''), SEDAILY_RULE);
    expect(meta).toMatchObject({ title: '', deck: [], byline: null, published: null, leadImage: null, declaresArticle: false });
    expect(meta.sources).toEqual([]);
  });
});

describe('readMetadata, generic (no rule)', () => {
  it('English page: og tags, site-name suffix stripped, zoned date kept in its zone', () => {
    const doc = parse(`<html lang="en-US"><head>
      <meta property="og:title" content="Markets rally on rate cut hopes – Example News">
      <meta property="og:site_name" content="Example News">
      <meta property="og:type" content="article">
      <meta name="author" content="Jane Doe">
      <meta property="article:published_time" content="2024-05-01T12:00:00Z">
      <meta property="og:image" content="https://example.com/lead.jpg">
    </head><body><h1>Markets rally on rate cut hopes</h1><p>Text.</p></body></html>`);
    const meta = readMetadata(doc, null);
    expect(meta).toMatchObject({
      title: 'Markets rally on rate cut hopes',
      byline: 'Jane Doe',
      published: '2024-05-01T12:00:00+00:00',
      leadImage: 'https://example.com/lead.jpg',
      lang: 'en-US',
      dir: 'ltr',
      siteName: 'Example News',
      declaresArticle: true,
    });
  });

  it('Korean page without lang: detected from Hangul, printed time read as KST', () => {
    const doc = parse(`<html><head><title>지방 소식</title></head><body>
      <h1>지방 소식</h1><time datetime="2025-11-27 17:25">11월 27일</time>
      <p>한국어 본문이 충분히 길게 이어지는 기사입니다. 지역 경제가 회복세를 보이고 있다.</p></body></html>`);
    const meta = readMetadata(doc, null);
    expect(meta.lang).toBe('ko');
    expect(meta.published).toBe('2025-11-27T17:25:00+09:00');
    expect(meta.title).toBe('지방 소식');
  });

  it('non-Korean page: a zoneless printed time is not trusted', () => {
    const doc = parse('<html lang="en"><body><time datetime="2025-11-27 17:25">Nov 27</time><p>Text</p></body></html>');
    expect(readMetadata(doc, null).published).toBeNull();
  });

  it('JSON-LD fills byline, date, title and image when meta tags are missing', () => {
    const doc = parse(`<html lang="en"><head><script type="application/ld+json">
      {"@type":"NewsArticle","headline":"LD headline","author":{"name":"Kim Min"},"datePublished":"2024-05-01T21:00:00+09:00","image":"https://example.com/ld.jpg"}
    </script></head><body><p>Text</p></body></html>`);
    const meta = readMetadata(doc, null);
    expect(meta).toMatchObject({
      title: 'LD headline',
      byline: 'Kim Min',
      published: '2024-05-01T21:00:00+09:00',
      leadImage: 'https://example.com/ld.jpg',
      declaresArticle: true,
    });
  });

  it('a relative og:image is not a lead image', () => {
    const doc = parse(
      '<html lang="en"><head><meta property="og:image" content="/img/lead.jpg"></head><body><p>x</p></body></html>',
    );
    expect(readMetadata(doc, null).leadImage).toBeNull();
  });

  it('no og:type and no JSON-LD: does not declare an article; lang "und" for Latin text without lang', () => {
    const doc = parse('<html><body><h1>Hello</h1><p>Plain text page.</p></body></html>');
    const meta = readMetadata(doc, null);
    expect(meta.declaresArticle).toBe(false);
    expect(meta.lang).toBe('und');
    expect(meta.title).toBe('Hello');
  });

  it.each([
    ['<html lang="ar">', 'rtl'],
    ['<html lang="he-IL">', 'rtl'],
    ['<html lang="ar" dir="ltr">', 'ltr'],
    ['<html lang="en" dir="RTL">', 'rtl'],
    ['<html lang="en">', 'ltr'],
    ['<html lang="ko">', 'ltr'],
  ])('%s → dir %s', (open, dir) => {
    expect(readMetadata(parse(`${open}<body><p>x</p></body></html>`), null).dir).toBe(dir);
  });
});

describe('readMetadata survives markup drift (text patterns, not class names)', () => {
  it('reads the reporter from unclassed info spans and never from a title phrase', () => {
    const doc = parse(`<html><body><div class="article_head"><h1 class="art_tit">대통령 기자회견 앞두고 긴장</h1>
      <div class="article_info"><span>입력 2025-11-27 17:25:13</span><span>수정 2025-11-28 09:00:00</span><span>항저우=김광수 특파원</span></div></div></body></html>`);
    const meta = readMetadata(doc, SEDAILY_RULE);
    expect(meta.byline).toBe('김광수 특파원');
    expect(meta.published).toBe('2025-11-27T17:25:13+09:00');
  });

  it('does not take "대통령 기자" out of "대통령 기자회견" as a byline', () => {
    expect(cleanByline('대통령 기자회견 앞두고 긴장')).toBeNull();
  });

  it('finds a "입력 …" date in renamed markup as a last resort', () => {
    const doc = parse(
      `<html><body><div class="news-meta-2027"><em>입력 2026.03.02 오후 3:07</em></div><p>본문</p></body></html>`,
    );
    expect(readMetadata(doc, SEDAILY_RULE).published).toBe('2026-03-02T15:07:00+09:00');
  });

  it.each([
    [
      'the label and the date in separate elements',
      '<em>입력</em><span>2023.09.07. 오후 12:22</span>',
      '2023-09-07T12:22:00+09:00',
    ],
    ['a bracketed date after the label', '기사입력 :[ 2018-08-25 15:24 ]', '2018-08-25T15:24:00+09:00'],
    ['입력시간', '[입력시간 : 2018-08-25 15:24]', '2018-08-25T15:24:00+09:00'],
  ])("finds a Korean page's printed date with %s", (_what, html, iso) => {
    const doc = parse(`<html lang="ko"><body><div class="x">${html}</div><p>본문</p></body></html>`);
    expect(readMetadata(doc, null).published).toBe(iso);
  });

  it('does not take a date that follows a label only further on', () => {
    const doc = parse(`<html lang="ko"><body><em>입력</em><span>없음</span><p>2023.09.07 행사가 열렸다.</p></body></html>`);
    expect(readMetadata(doc, null).published).toBeNull();
  });

  it('trusts no zoneless "입력" date on a non-Korean generic page', () => {
    const doc = parse(`<html lang="en"><body><p>입력 2026.03.02 15:07</p></body></html>`);
    expect(readMetadata(doc, null).published).toBeNull();
  });
});
