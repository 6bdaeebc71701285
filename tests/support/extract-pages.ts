/**
 * Small hand-written pages for the end-to-end extraction tests (extract-article*.test.ts). They follow
 * the markup recorded in docs/sedaily-dom.md (Era 2 §3, Era 3 §4) and the 2025 article text (§8).
 */

export const ERA2_URL = 'https://www.sedaily.com/NewsView/2H0ABCDEFG';

export const ERA2_TITLE = "'큐원' 기반 챗봇도 공개…마윈 움직이자 성과 내는 알리바바";
export const ERA2_DECK = [
  '클라우드·AI로 업무혁신 지원',
  '3년간 기초시설 등 77조 투자',
  '"2030년 기업 90%가 AI 사용"',
  '정부 목표에 핵심축 역할 담당',
];
export const ERA2_CAPTION_1 =
  '알리바바 창업자 마윈이 중국 항저우의 명소 서호에서 자전거를 타며 시민을 향해 웃어 보이고 있다. 웨이보 캡처';
export const ERA2_CAPTION_2 = '중국 항저우에 위치한 알리바바 본사 C구역. 사진=김광수 특파원';
export const ERA2_P1 =
  '올해 7월 중국의 소셜미디어 플랫폼 ‘샤오훙수’에 알리바바 창업자 마윈 전 회장이 자전거를 타고 항저우 서호를 달리는 동영상이 올라왔다. ‘마윈이 돌아왔다’는 댓글이 달리며 빠른 속도로 공유됐다.';
export const ERA2_P2 =
  '최근 기자가 찾은 알리바바 본사에는 마윈이 1999년 알리바바를 창업할 당시 사용했던 아파트를 완벽히 복원한 공간이 눈길을 사로잡았다. 지난해 알리바바는 클라우드와 AI를 두 축으로 삼고 비즈니스 혁신을 지원하는 AI 전문 기업으로 변신하겠다고 선언했다.';
export const ERA2_P3 =
  '리량 매니저는 “알리바바는 2017년부터 AI 투자를 시작해 앞으로 3년간 3800억 위안(약 77조 원)을 AI 기초 시설과 응용 인프라 구축에 투자할 계획”이라고 덧붙였다.';
export const ERA2_P4 =
  '특히 중국 정부가 2027년 70%, 2030년 90%의 기업이 AI를 사용하도록 하겠다는 목표를 제시함에 따라 알리바바는 이를 지원하는 핵심 축 역할을 담당하겠다는 방침이다.';

/** Era 2 desktop: `<br><br>` body, lazy photo, in-body clutter, page chrome, glued sign-off. */
export const ERA2_HTML = `<!doctype html><html lang="ko"><head>
<meta charset="utf-8">
<title>${ERA2_TITLE} | 서울경제</title>
<meta property="og:title" content="${ERA2_TITLE} | 서울경제">
<meta property="og:type" content="article">
<meta property="og:image" content="https://newsimg.sedaily.com/2025/11/27/2H0ABCDEFG_1.jpg">
<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"김광수 특파원"},"datePublished":"2025-11-27T17:25:13+09:00"}</script>
<script>window.evil = 1;</script>
<style>.art_tit { color: red }</style>
</head><body onload="window.evil = 2">
<ul id="skipnav"><li><a href="#gnb">주 메뉴 바로가기</a></li><li><a href="#v-left">본문내용 바로가기</a></li></ul>
<header id="header"><nav class="gnb" id="gnb"><ul><li><a href="/v/NewsMain/GA">증권</a></li><li><a href="/v/NewsMain/GB">부동산</a></li></ul></nav>
<div class="btn_sitemap">전체메뉴</div><form id="topSearchFrm"><div class="search">검색<input name="q"></div></form></header>
<div class="layer_popup" role="dialog"><p>팝업창 닫기</p></div>
<div id="container"><div id="v-left"><div id="v-left-scroll-in">
  <div class="article_head">
    <h1 class="art_tit">${ERA2_TITLE}</h1>
    <div class="article_info"><span class="url_txt">입력 2025-11-27 17:25:13</span></div>
    <div class="article_tools"><button>공유하기</button><a class="btn_email" href="#">이메일보내기</a><span class="font_size">글자크기 설정</span></div>
  </div>
  <div class="article_con"><div class="con_left">
    <div class="article_summary">${ERA2_DECK.join('<br>')}</div>
    <div class="article_view" itemprop="articleBody" id="articleBody">
      <figure class="art_photo"><p><img src="https://newsimg.sedaily.com/2025/11/27/2H0ABCDEFG_1.jpg" alt="마윈" onerror="window.evil = 3"></p><figcaption>${ERA2_CAPTION_1}</figcaption></figure>
      ${ERA2_P1.replace('‘샤오훙수’', '‘<a href="/NewsView/2H0BBBBBBB">샤오훙수</a>’')}<br><br>
      ${ERA2_P2}<br>
      <br>
      <figure class="art_photo"><p><img data-src="//newsimg.sedaily.com/2025/11/27/2H0ABCDEFG_2.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="본사"></p><figcaption>${ERA2_CAPTION_2}</figcaption></figure>
      <div class="art_rel"><h4>관련기사</h4><ul><li><a href="/NewsView/2H0AAAAAAA">알리바바, AI 안경 공개</a></li></ul></div>
      ${ERA2_P3}<br><br>
      <div class="sub_ad_banner1"><ins class="adsbygoogle"></ins>광고</div>
      ${ERA2_P4} /김광수 특파원 ksk@sedaily.com<br><br>
      <div class="article_copy">< 저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지 ></div>
      <div class="reporter_wrap"><p>김광수 기자</p><p>이 기자의 다른 기사</p></div>
    </div>
  </div></div>
</div></div></div>
<footer id="footer"><div class="address_cover"><address>주소 : 서울특별시 종로구 율곡로 6 트윈트리타워 B동 14~16층 대표전화 : 02) 724-8600</address></div>
<p class="letter">Copyright ⓒ Sedaily, All right reserved</p><p class="footer_txt">서울경제를 팔로우하세요!</p></footer>
</body></html>`;

/** The exact "copy clean text" of ERA2_HTML (docs/architecture.md, "The contract"). */
export const ERA2_TEXT = [
  ERA2_TITLE,
  ...ERA2_DECK,
  '김광수 특파원 · 2025-11-27 17:25',
  '',
  ERA2_CAPTION_1,
  '',
  ERA2_P1,
  '',
  ERA2_P2,
  '',
  ERA2_CAPTION_2,
  '',
  ERA2_P3,
  '',
  ERA2_P4,
].join('\n');

export const ERA3_URL = 'https://www.sedaily.com/article/20008365?ref=naver';
export const ERA3_P1 =
  '산업통상자원부는 1월 반도체 수출이 지난해 같은 달보다 12% 늘어 석 달 만에 증가세로 돌아섰다고 12일 밝혔다. 메모리 가격 반등과 신규 데이터센터 투자가 겹친 결과다.';
export const ERA3_P2 =
  '업계는 AI 서버용 고대역폭메모리(HBM) 수요가 수출 증가를 이끌었다고 분석했다. 주요 고객사의 주문이 예상보다 빨리 늘었다는 설명이다.';
export const ERA3_P3 = '정부는 하반기에도 수출 증가세가 이어질 것으로 내다봤다. 다만 미국의 관세 정책은 변수로 꼽힌다.';
export const ERA3_CAPTION = '반도체 웨이퍼를 살펴보는 연구원. 사진=서울경제DB';

/** Era 3 desktop: `<p>` body, marker subheads, meta date, trailer text inside the body container. */
export const ERA3_HTML = `<!doctype html><html lang="ko"><head>
<meta property="og:title" content="반도체 수출 석 달 만에 반등 | 서울경제">
<meta property="article:published_time" content="2026-02-12T01:40:31Z">
<meta property="og:image" content="https://wimg.sedaily.com/news/cms/2026/02/12/news-p.v1.20260212.0123456789abcdef0123456789abcdef_P1.jpg">
</head><body>
<div class="section-title"><a class="depth1" href="/economy">경제</a><a class="depth2" href="/economy/general">경제일반</a></div>
<h1 class="title">반도체 수출 석 달 만에 반등</h1>
<div class="byline"><div class="writer"><span><a href="/Journalist/yoonmh">윤민혁 기자</a></span></div><span class="date-publish">입력 2026-02-12 10:40</span></div>
<div class="article-subtitle"><p>1월 수출 12% 증가</p><p>AI 서버 수요가 견인</p></div>
<div id="article-body" itemprop="articleBody">
  <p class="text-l">${ERA3_P1}</p>
  <p class="text-l">◆ AI 서버 수요 폭증</p>
  <p class="text-l">${ERA3_P2}</p>
  <div class="article-photo-wrap"><figure class="article-img"><img src="/news/cms/2026/02/12/photo.jpg" alt="연구원"><figcaption class="caption">${ERA3_CAPTION}</figcaption></figure></div>
  <p class="text-l"><b>하반기 전망은</b></p>
  <p class="text-l">${ERA3_P3}</p>
  <p>윤민혁 기자 yoonmh@sedaily.com</p>
  <p>< 저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지 ></p>
  <p>서울경제의 모든 콘텐트는 저작권법의 보호를 받는 바, 무단 전재·복사·배포 등은 법적 제재를 받을 수 있습니다.</p>
  <p>서울경제를 팔로우하세요!</p>
</div>
<div class="article_like">좋아요 싫어요</div>
<footer><p>상호 : 서울경제신문사업자번호 : 208-81-10310대표자 : 손동영등록번호 : 서울 가 00224등록일자 : 1988.05.13</p></footer>
</body></html>`;

export const ERA3_TEXT = [
  '반도체 수출 석 달 만에 반등',
  '1월 수출 12% 증가',
  'AI 서버 수요가 견인',
  '윤민혁 기자 · 2026-02-12 10:40',
  '',
  ERA3_P1,
  '',
  'AI 서버 수요 폭증',
  '',
  ERA3_P2,
  '',
  ERA3_CAPTION,
  '',
  '하반기 전망은',
  '',
  ERA3_P3,
].join('\n');

const EN_PARAGRAPH =
  'Central banks across Asia kept rates on hold this week, citing sticky inflation and a strong dollar. Analysts expect the first cuts only late next year.';

/** A generic (no rule) English article with a share bar, a related list and a footer. */
export const GENERIC_HTML = `<!doctype html><html lang="en"><head>
<title>Asian central banks hold rates - Example News</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Example News">
<meta property="og:title" content="Asian central banks hold rates - Example News">
<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-05-01T12:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
<article><h1>Asian central banks hold rates</h1>
<div class="share_area"><a href="https://twitter.com/share">Share</a></div>
<p>${EN_PARAGRAPH}</p><p>${EN_PARAGRAPH.replace('this week', 'on Tuesday')}</p><p>${EN_PARAGRAPH.replace('Asia', 'the region')}</p>
<div class="related_news"><h3>Related</h3><ul><li><a href="/a">Rates story one</a></li><li><a href="/b">Rates story two</a></li></ul></div>
</article>
<footer>© 2024 Example News. All rights reserved.</footer>
</body></html>`;
export const GENERIC_PARAGRAPHS = [
  EN_PARAGRAPH,
  EN_PARAGRAPH.replace('this week', 'on Tuesday'),
  EN_PARAGRAPH.replace('Asia', 'the region'),
];
