/**
 * XSS / mXSS payload corpus for the article sanitiser (utils/extract/sanitize.ts).
 *
 * Every payload, if it executes, calls `alert(…)` (or `prompt`/`confirm`), so a live test harness
 * can stub those and count executions. No payload references a real host: nothing here may cause
 * network traffic even when run unsanitised in jsdom.
 */
export interface XssPayload {
  name: string;
  html: string;
}

export const XSS_PAYLOADS: readonly XssPayload[] = [
  // --- event handlers ---------------------------------------------------------------------------
  { name: 'img onerror', html: '<img src=x onerror=alert(1)>' },
  { name: 'img onerror quoted', html: '<img src="x" onerror="alert(1)">' },
  { name: 'img ONERROR uppercase', html: '<IMG SRC=x ONERROR=alert(1)>' },
  { name: 'img slash-separated attributes', html: '<img/src="x"/onerror=alert(1)>' },
  { name: 'img handler after newline', html: '<img src=x\nonerror=alert(1)>' },
  { name: 'img handler after tab/formfeed', html: '<img\tsrc=x\x0Conerror=alert(1)>' },
  { name: 'img handler tagged template', html: '<img src=x onerror=alert`1`>' },
  { name: 'body onload', html: '<body onload=alert(1)><p>x</p></body>' },
  { name: 'p onclick', html: '<p onclick="alert(1)">click</p>' },
  { name: 'a onmouseover', html: '<a href="https://example.com/" onmouseover="alert(1)">hover</a>' },
  { name: 'div onfocus autofocus tabindex', html: '<div tabindex=1 autofocus onfocus=alert(1)>x</div>' },
  { name: 'input autofocus onfocus', html: '<input autofocus onfocus=alert(1)>' },
  { name: 'details open ontoggle', html: '<details open ontoggle=alert(1)><summary>s</summary>x</details>' },
  { name: 'marquee onstart', html: '<marquee onstart=alert(1)>news ticker</marquee>' },
  { name: 'svg onload', html: '<svg onload=alert(1)>' },
  { name: 'svg animate onbegin', html: '<svg><animate onbegin=alert(1) attributeName=x dur=1s>' },
  { name: 'svg set onbegin', html: '<svg><set attributeName=onmouseover to=alert(1) onbegin=alert(1)></svg>' },
  { name: 'video source onerror', html: '<video><source onerror="alert(1)"></video>' },
  { name: 'audio src onerror', html: '<audio src=x onerror=alert(1)></audio>' },
  { name: 'table background onerror-ish', html: '<table><tr><td onmouseover=alert(1)>c</td></tr></table>' },
  { name: 'handler in unknown element', html: '<x onclick=alert(1)>custom</x>' },
  { name: 'custom element handler', html: '<my-widget onclick=alert(1)>w</my-widget>' },

  // --- javascript: URLs -------------------------------------------------------------------------
  { name: 'a href javascript:', html: '<a href="javascript:alert(1)">x</a>' },
  { name: 'a href mixed case with leading spaces', html: '<a href="  JaVaScRiPt:alert(1)">x</a>' },
  { name: 'a href tab inside scheme', html: '<a href="java\tscript:alert(1)">x</a>' },
  { name: 'a href newline inside scheme', html: '<a href="java\nscript:alert(1)">x</a>' },
  { name: 'a href decimal entity j', html: '<a href="&#106;avascript:alert(1)">x</a>' },
  { name: 'a href hex entity j', html: '<a href="&#x6A;avascript:alert(1)">x</a>' },
  { name: 'a href entity tab inside scheme', html: '<a href="jav&#x09;ascript:alert(1)">x</a>' },
  {
    name: 'a href fully entity-encoded',
    html: '<a href="&#x6a;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3a;alert(1)">x</a>',
  },
  { name: 'a href entity colon no semicolon', html: '<a href="javascript&colon;alert(1)">x</a>' },
  { name: 'a href leading control char', html: '<a href="\x01javascript:alert(1)">x</a>' },
  { name: 'a href leading NBSP entity', html: '<a href="&nbsp;javascript:alert(1)">x</a>' },
  { name: 'a href vbscript:', html: '<a href="vbscript:msgbox(1)">x</a>' },
  { name: 'a href data:text/html', html: '<a href="data:text/html,<script>alert(1)</script>">x</a>' },
  { name: 'a href data:text/html base64', html: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>' },
  { name: 'a href blob:', html: '<a href="blob:https://example.com/0000">x</a>' },
  { name: 'a href file:', html: '<a href="file:///etc/passwd">x</a>' },
  { name: 'a href protocol-relative', html: '<a href="//example.com/">x</a>' },
  { name: 'a href with style', html: '<a href="#" style="position:fixed;top:0;left:0;width:100%;height:100%">overlay</a>' },
  { name: 'img src javascript:', html: '<img src="javascript:alert(1)">' },
  { name: 'img src data:image/svg+xml', html: '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">' },
  {
    name: 'img src data:image/png',
    html: '<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==" alt="dot">',
  },
  {
    name: 'img srcset javascript:',
    html: '<img src="https://example.com/a.jpg" srcset="javascript:alert(1) 1x, https://example.com/b.jpg 2x">',
  },
  { name: 'iframe src javascript:', html: '<iframe src="javascript:alert(1)"></iframe>' },
  { name: 'iframe srcdoc', html: '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>' },
  { name: 'iframe srcdoc entity-encoded', html: '<iframe srcdoc="&lt;img src=x onerror=parent.alert(1)&gt;"></iframe>' },
  { name: 'form action javascript:', html: '<form action="javascript:alert(1)"><input type=submit></form>' },
  { name: 'button formaction', html: '<form><button formaction="javascript:alert(1)">go</button></form>' },
  { name: 'input type=image formaction', html: '<form><input type=image src=x formaction="javascript:alert(1)"></form>' },
  { name: 'video poster javascript:', html: '<video poster="javascript:alert(1)"></video>' },
  { name: 'object data javascript:', html: '<object data="javascript:alert(1)"></object>' },
  { name: 'object data data:text/html', html: '<object data="data:text/html,<script>alert(1)</script>"></object>' },
  { name: 'embed src', html: '<embed src="data:image/svg+xml,<svg onload=alert(1)>">' },
  { name: 'applet', html: '<applet code="x" onload=alert(1)></applet>' },
  { name: 'base href javascript:', html: '<base href="javascript:alert(1)//"><a href="/x">x</a>' },
  { name: 'meta refresh javascript:', html: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
  { name: 'meta refresh data:', html: '<meta http-equiv="refresh" content="0;url=data:text/html,<script>alert(1)</script>">' },
  { name: 'link rel=import', html: '<link rel="import" href="data:text/html,<script>alert(1)</script>">' },
  { name: 'link rel=stylesheet', html: '<link rel="stylesheet" href="javascript:alert(1)">' },
  { name: 'blockquote cite javascript:', html: '<blockquote cite="javascript:alert(1)">q</blockquote>' },
  { name: 'area href javascript:', html: '<map name=m><area shape=rect coords=0,0,9,9 href="javascript:alert(1)"></map>' },

  // --- SVG --------------------------------------------------------------------------------------
  { name: 'svg script', html: '<svg><script>alert(1)</script></svg>' },
  { name: 'svg script xlink:href', html: '<svg><script xlink:href="data:,alert(1)"></script></svg>' },
  { name: 'svg a xlink:href javascript:', html: '<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>x</text></a></svg>' },
  { name: 'svg a href javascript:', html: '<svg><a href="javascript:alert(1)"><rect width=100 height=100 /></a></svg>' },
  { name: 'svg foreignObject', html: '<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>' },
  {
    name: 'svg use data:',
    html: '<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=1 onerror=alert(1) /></svg>#x"></use></svg>',
  },
  {
    name: 'svg animate href to javascript:',
    html: '<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>x</text></a></svg>',
  },
  { name: 'svg style breakout', html: '<svg><style><img src=x onerror=alert(1)></style></svg>' },
  { name: 'svg title breakout', html: '<svg><title><img src=x onerror=alert(1)></title></svg>' },
  { name: 'svg desc mXSS', html: '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">' },

  // --- MathML / namespace confusion mXSS ------------------------------------------------------------
  { name: 'math mtext table mglyph style', html: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>' },
  {
    name: 'math mtext mglyph style (closing)',
    html: '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">',
  },
  {
    name: 'math mi mglyph svg mtext textarea path',
    html: '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">',
  },
  {
    name: 'form math mtext form mglyph style',
    html: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  },
  {
    name: 'math mtext h1 mglyph svg style',
    html: '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=alert(1)>"></style></h1>',
  },
  { name: 'svg p style namespace confusion', html: '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">' },
  {
    name: 'math annotation-xml encoding html',
    html: '<math><annotation-xml encoding="text/html"><style><img src=x onerror=alert(1)></style></annotation-xml></math>',
  },
  { name: 'math href javascript:', html: '<math href="javascript:alert(1)">click</math>' },
  {
    name: 'math maction xlink',
    html: '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
  },
  { name: 'noscript title breakout', html: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>' },
  { name: 'noembed breakout', html: '<noembed><img title="</noembed><img src=x onerror=alert(1)>"></noembed>' },
  { name: 'xmp breakout', html: '<xmp><p title="</xmp><img src=x onerror=alert(1)>"></xmp>' },
  { name: 'textarea breakout', html: '<textarea><p title="</textarea><img src=x onerror=alert(1)>"></textarea>' },
  { name: 'title breakout', html: '<title><p title="</title><img src=x onerror=alert(1)>"></title>' },
  { name: 'template content', html: '<template><img src=x onerror=alert(1)><script>alert(1)</script></template>' },
  {
    name: 'nested template shadowroot',
    html: '<div><template shadowrootmode="open"><img src=x onerror=alert(1)></template></div>',
  },

  // --- style / CSS ------------------------------------------------------------------------------
  { name: 'style url javascript:', html: '<style>body{background:url("javascript:alert(1)")}</style><p>x</p>' },
  { name: 'style expression()', html: '<style>p{width:expression(alert(1))}</style><p>x</p>' },
  { name: 'style @import', html: '<style>@import "data:text/css,*{x:expression(alert(1))}";</style>' },
  { name: 'style breakout img', html: '<style></style><img src=x onerror=alert(1)></style>' },
  { name: 'inline style url javascript:', html: '<div style="background:url(javascript:alert(1))">x</div>' },
  { name: 'inline style expression', html: '<p style="width:expression(alert(1))">x</p>' },
  { name: 'class attribute', html: '<p class="modal-overlay fixed">x</p>' },

  // --- DOM clobbering ---------------------------------------------------------------------------
  { name: 'img name=getElementById', html: '<img name=getElementById src="https://example.com/a.jpg">' },
  { name: 'form id with input name=attributes', html: '<form id=x><input name=attributes></form>' },
  { name: 'a id=cookie', html: '<a id=cookie href="https://example.com/">c</a>' },
  { name: 'p id=location', html: '<p id="location">x</p>' },
  { name: 'id not ours', html: '<h2 id="top">Heading</h2>' },
  { name: 'double id clobber window', html: '<a id=CONFIG></a><a id=CONFIG name=url href="javascript:alert(1)"></a>' },

  // --- parser oddities --------------------------------------------------------------------------
  { name: 'image element (img alias)', html: '<image src=x onerror=alert(1)>' },
  { name: 'isindex', html: '<isindex type=image src=1 onerror=alert(1)>' },
  { name: 'isindex action', html: '<isindex action="javascript:alert(1)" type=submit>' },
  { name: 'comment breakout', html: '<!--><img src=x onerror=alert(1)>-->' },
  { name: 'comment with markup', html: '<!-- <img src=x onerror=alert(1)> -->' },
  { name: 'conditional comment', html: '<!--[if gte IE 4]><script>alert(1)</script><![endif]-->' },
  { name: 'CDATA', html: '<![CDATA[<img src=x onerror=alert(1)>]]>' },
  { name: 'svg CDATA', html: '<svg><![CDATA[><img src=x onerror=alert(1)>]]></svg>' },
  { name: 'processing instruction', html: '<?xml-stylesheet href="javascript:alert(1)"?><p>x</p>' },
  { name: 'unclosed tag', html: '<img src=x onerror=alert(1)//' },
  { name: 'unclosed attribute quote', html: '<p title="<img src=x onerror=alert(1)>x</p>' },
  { name: 'split script tag', html: '<scr<script>ipt>alert(1)</scr</script>ipt>' },
  { name: 'script with nested comment', html: '<script><!--<script>alert(1)</script>--></script>' },
  { name: 'plaintext', html: '<plaintext><img src=x onerror=alert(1)>' },
  { name: 'script in table', html: '<table><script>alert(1)</script><tr><td>x</td></tr></table>' },
  { name: 'select breakout', html: '<select><option><img src=x onerror=alert(1)></option></select>' },
  { name: 'dialog open', html: '<dialog open onclose=alert(1)><p>modal</p></dialog>' },
  { name: 'portal', html: '<portal src="javascript:alert(1)"></portal>' },
  { name: 'canvas fallback', html: '<canvas><img src=x onerror=alert(1)></canvas>' },
  { name: 'frameset', html: '<frameset onload=alert(1)><frame src="javascript:alert(1)"></frameset>' },
  { name: 'attribute value with closing tag (mXSS probe)', html: '<p title="</p><img src=x onerror=alert(1)>">x</p>' },
  { name: 'target and rel supplied by page', html: '<a href="https://example.com/" target="_self" rel="opener">x</a>' },
  { name: 'data attribute (not ours)', html: '<p data-src="javascript:alert(1)" data-onload="alert(1)">x</p>' },
  { name: 'data-dc attribute with hostile value', html: '<p data-dc-kind="&quot;><img src=x onerror=alert(1)>">x</p>' },
  { name: 'aria attribute', html: '<p aria-label="x" role="button">x</p>' },
  { name: 'img loading eager with handler', html: '<img src="https://example.com/a.jpg" loading="eager" onload=alert(1)>' },
  { name: 'a ping', html: '<a href="https://example.com/" ping="https://example.com/track">x</a>' },
  { name: 'javascript in mailto lookalike', html: '<a href="mailto:x@example.com?body=%3Cscript%3E" onclick=alert(1)>m</a>' },
];
