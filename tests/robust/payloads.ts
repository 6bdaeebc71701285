/**
 * The raw material the generators and mutators draw from: hostile attributes and URLs, invisible
 * and control characters, misnesting snippets, wrong languages, odd page URLs. Lists, not random
 * strings, because the interesting inputs are specific (a `javascript:` URL with a tab in the
 * scheme, U+202E, a `<math><mglyph><style>` mXSS chain); fast-check picks and combines them.
 */

/** Attribute names that carry script, URLs, CSS or pipeline-sensitive meaning. */
export const ATTR_NAMES = [
  'onclick', 'onerror', 'onload', 'onmouseover', 'ontoggle', 'onbegin', 'ONFOCUS', 'href', 'src', 'srcset',
  'data-src', 'data-original', 'data-srcset', 'style', 'srcdoc', 'action', 'formaction', 'xlink:href',
  'background', 'poster', 'id', 'name', 'class', 'lang', 'dir', 'rel', 'target', 'loading', 'data-dc-kind',
  'itemprop', 'role', 'content', 'property', 'datetime', 'title', 'alt', 'width', 'colspan', 'is', 'slot',
] as const;

/** Attribute values: script-capable URLs in their obfuscated forms, CSS payloads, ids that collide. */
export const ATTR_VALUES = [
  'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'jav&#x09;ascript:alert(1)', '&#106;avascript:alert(1)',
  'java\u0000script:alert(1)', 'javascript&colon;alert(1)', 'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>', 'data:image/svg+xml,<svg onload=alert(1)>',
  'data:image/png;base64,iVBORw0KGgo=', 'blob:https://x.invalid/1', 'file:///etc/passwd', 'about:blank',
  'https://img.example.com/photo.jpg', 'https://example.com/a b', 'http://[::1', '//evil.example/', '/relative/x',
  '#dc-s-1', 'dc-s-1', 'dc-s-2', 'getElementById', 'alert(1)', 'expression(alert(1))',
  'background:url(javascript:alert(1))', 'a.jpg 1x, javascript:alert(1) 2x', 'x.jpg 9999999999999999999w',
  '', ' ', 'lazy', 'ko', 'ar', 'rtl', '2025-11-27T17:25:00+09:00', '"><img src=x onerror=alert(1)>',
  'x" onerror="alert(1)', '\u202Egnp.exe', '\u200B', 'articleBody',
] as const;

/** Characters the pipeline must strip from text or survive: zero-widths, C0/C1, bidi overrides. */
export const WEIRD_CHARS = [
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u0000', '\u0001', '\u0007', '\u0008', '\u000B',
  '\u000C', '\u001B', '\u001F', '\u007F', '\u0085', '\u009F', '\u202E', '\u202D', '\u2028', '\u2029',
  '\u3000', '\u00A0', '\t', '\r', '\uFFFD', '\uD800', '\u{1F600}', '\u0301',
] as const;

/** Korean and English sentences, so generated pages read like articles and reach Readability's floor. */
export const SENTENCES = [
  '서울경제 취재 결과 반도체 수출은 석 달 연속 증가해 올해 최대치를 기록했다.',
  '정부는 내년 예산안에서 인공지능 기초 시설에 3800억 원을 배정하겠다고 밝혔다.',
  '◆ 반도체 수출 회복',
  '▲A사 ▲B사 등이 참여했다.',
  '<저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지>',
  '/이종호기자 phillies@@sedaily.com',
  '김광수 특파원 ksk@sedaily.com',
  '입력 2025-11-27 17:25:13',
  '관련기사',
  'The central bank held its policy rate at 3.5 percent for a fifth straight meeting.',
  '&lt;script&gt;alert(1)&lt;/script&gt; 는 텍스트일 뿐이다.',
  '많이 본 뉴스',
  '공유하기',
] as const;

/** Inserted into the raw HTML string before parsing: unclosed, misnested, mXSS-shaped markup. */
export const SNIPPETS = [
  '<b><i>', '</b>', '<p><div>', '</p></div>', '<table><tr><td>', '</table>', '<a href="javascript:alert(1)">',
  '<svg><p>', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', '<!--', '-->', '<![CDATA[',
  '<select><template><style>', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', '</body>',
  '</html><p>after html</p>', '<frameset><frame src="javascript:alert(1)">', '<plaintext>', '<xmp>',
  '<textarea>', '<title>', '<script>', '<style>', '<iframe srcdoc="<script>alert(1)</script>">', '<form>',
  '<svg><foreignObject><p onclick=alert(1)>', '<math><annotation-xml encoding="text/html"><img src=x onerror=alert(1)>',
  '<li><li><li>', '<h2><h3>', '<p><p><p>', '<nav>', '<footer>', '<div class="related">', '<figure><img data-src=x.jpg>',
  '"', "'", '<', '>', '&', '&#0;', '\u0000', '<br><br><br>', '<body onload=alert(1)>', '<base href="javascript:/">',
] as const;

/** `lang` values, right and wrong (RTL for a Korean page, garbage, huge). */
export const LANGS = [
  null, '', 'ko', 'ko-KR', 'en', 'ar', 'he', 'fa-IR', 'ja', 'x', 'xx-invalid', '한국어', 'ko"><x', 'ko\u0000',
  'EN-us', 'und', 'zh-Hant-TW', 'i-klingon', 'a'.repeat(300),
] as const;

/** Page URLs: sedaily article and non-article paths, generic sites, and URLs that are barely URLs. */
export const URLS = [
  'https://www.sedaily.com/NewsView/2H0ABCDEFG', 'https://www.sedaily.com/article/20251127001',
  'https://m.sedaily.com/NewsView/29QV5AQQWN', 'https://www.sedaily.com/', 'https://www.sedaily.com/Search?q=x',
  'https://notsedaily.com/NewsView/2H0ABCDEFG', 'https://news.example.co.kr/article/123',
  'https://blog.example.com/2025/11/post.html', 'http://localhost:8080/a?b=c#d', 'file:///tmp/page.html',
  'about:blank', 'javascript:alert(1)', 'data:text/html,<p>x</p>', 'not a url', '', 'https://xn--3e0b707e.kr/뉴스/1',
] as const;

/** Head content: metadata the pipeline reads before cleaning, in valid, broken and hostile forms. */
export const HEAD_SNIPPETS = [
  '<meta property="og:type" content="article">',
  '<meta property="og:title" content="<img src=x onerror=alert(1)> | 서울경제">',
  '<meta property="og:image" content="javascript:alert(1)">',
  '<meta property="og:image" content="https://img.example.com/og.jpg">',
  '<meta name="author" content="서울경제">',
  '<meta property="article:published_time" content="not a date">',
  '<meta property="article:published_time" content="2025-02-30T25:61:00+09:00">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<meta http-equiv="content-language" content="ar">',
  '<base href="javascript:alert(1)//">',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"<b>헤드라인</b>","author":[{"name":null},{"name":"홍길동 기자"}],"datePublished":"2025-11-27"}</script>',
  '<script type="application/ld+json">{"@type":</script>',
  '<script type="application/ld+json">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]</script>',
  '<script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"image":{"url":"javascript:alert(1)"},"author":{"name":{"x":1}}}]}</script>',
  '<title>제목 | 서울경제</title>', '<title></title>', '<style>p{color:red}</style>', '<link rel="stylesheet" href="x.css">',
] as const;
