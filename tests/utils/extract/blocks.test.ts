import { describe, expect, it } from 'vitest';
import { collectBlocks, escapeMarkdown, type Block } from '../../../utils/extract/blocks';

function blocks(html: string): Block[] {
  const doc = new DOMParser().parseFromString(`<html><body><div id="content">${html}</div></body></html>`, 'text/html');
  return collectBlocks(doc.querySelector('#content')!);
}

describe('collectBlocks: block kinds', () => {
  it.each<[string, string, Block[]]>([
    [
      'paragraphs',
      '<p>첫 문단.</p><p>둘째 문단.</p>',
      [
        { kind: 'paragraph', text: '첫 문단.', markdown: '첫 문단.' },
        { kind: 'paragraph', text: '둘째 문단.', markdown: '둘째 문단.' },
      ],
    ],
    [
      'headings keep their level; h1 counts as level 2',
      '<h1>큰 제목</h1><h2>소제목</h2><h3>작은 소제목</h3><h4>더 작은</h4>',
      [
        { kind: 'heading', level: 2, text: '큰 제목', markdown: '큰 제목' },
        { kind: 'heading', level: 2, text: '소제목', markdown: '소제목' },
        { kind: 'heading', level: 3, text: '작은 소제목', markdown: '작은 소제목' },
        { kind: 'heading', level: 4, text: '더 작은', markdown: '더 작은' },
      ],
    ],
    [
      'figure → image then caption',
      '<figure><img src="https://img.test/a.jpg" alt=" 마윈  "><figcaption>알리바바 본사. 사진=김광수 특파원</figcaption></figure>',
      [
        { kind: 'image', src: 'https://img.test/a.jpg', alt: '마윈' },
        { kind: 'caption', text: '알리바바 본사. 사진=김광수 특파원', markdown: '알리바바 본사. 사진=김광수 특파원' },
      ],
    ],
    [
      'a figure that wraps a table (WordPress table block): the table, then its caption',
      '<figure class="wp-block-table"><table><tr><td>Rank</td><td>Insurer</td></tr><tr><td>1</td><td>State Mutual</td></tr></table><figcaption>Source: annual filings</figcaption></figure>',
      [
        {
          kind: 'table',
          rows: [
            ['Rank', 'Insurer'],
            ['1', 'State Mutual'],
          ],
        },
        { kind: 'caption', text: 'Source: annual filings', markdown: 'Source: annual filings' },
      ],
    ],
    ['a figure that wraps code', '<figure class="wp-block-code"><pre>npm ci</pre></figure>', [{ kind: 'code', text: 'npm ci' }]],
    [
      'a bare image between paragraphs',
      '<p>앞.</p><img src="https://img.test/b.jpg"><p>뒤.</p>',
      [
        { kind: 'paragraph', text: '앞.', markdown: '앞.' },
        { kind: 'image', src: 'https://img.test/b.jpg', alt: '' },
        { kind: 'paragraph', text: '뒤.', markdown: '뒤.' },
      ],
    ],
    [
      'an image inside a paragraph splits its text',
      '<p>앞 글<img src="https://img.test/c.jpg">뒤 글</p>',
      [
        { kind: 'paragraph', text: '앞 글', markdown: '앞 글' },
        { kind: 'image', src: 'https://img.test/c.jpg', alt: '' },
        { kind: 'paragraph', text: '뒤 글', markdown: '뒤 글' },
      ],
    ],
    [
      'unordered and ordered lists',
      '<ul><li>하나</li><li> 둘 </li><li> </li></ul><ol><li>첫째</li><li><b>둘째</b></li></ol>',
      [
        {
          kind: 'list',
          ordered: false,
          items: [
            { text: '하나', markdown: '하나' },
            { text: '둘', markdown: '둘' },
          ],
        },
        {
          kind: 'list',
          ordered: true,
          items: [
            { text: '첫째', markdown: '첫째' },
            { text: '둘째', markdown: '**둘째**' },
          ],
        },
      ],
    ],
    [
      'blockquote paragraphs become lines',
      '<blockquote><p>첫 줄</p><p>둘째 줄</p></blockquote>',
      [{ kind: 'quote', text: '첫 줄\n둘째 줄', markdown: '첫 줄\\\n둘째 줄' }],
    ],
    ['pre keeps its whitespace', '<pre>line 1\n  line 2\n\n</pre>', [{ kind: 'code', text: 'line 1\n  line 2' }]],
    [
      'a data table',
      '<table><tr><th>구분</th><th>2025</th></tr><tr><td>매출</td><td> 3,800 </td></tr><tr><td></td><td></td></tr></table>',
      [
        {
          kind: 'table',
          rows: [
            ['구분', '2025'],
            ['매출', '3,800'],
          ],
        },
      ],
    ],
    [
      'a layout table is walked as a container',
      '<table><tr><td><p>표 안의 문단.</p></td></tr></table>',
      [{ kind: 'paragraph', text: '표 안의 문단.', markdown: '표 안의 문단.' }],
    ],
    [
      'loose text and inline elements in a container form one paragraph',
      '<div>그는 <b>강조</b>하며 <span>말했다</span>.</div>',
      [{ kind: 'paragraph', text: '그는 강조하며 말했다.', markdown: '그는 **강조**하며 말했다.' }],
    ],
    [
      '<br> is a line break inside a paragraph',
      '<p>첫 줄<br>둘째 줄<br><br>셋째 줄</p>',
      [{ kind: 'paragraph', text: '첫 줄\n둘째 줄\n셋째 줄', markdown: '첫 줄\\\n둘째 줄\\\n셋째 줄' }],
    ],
    [
      'whitespace, NBSP and ideographic spaces collapse',
      '<p>  가\u00a0\u00a0나\u3000다 \n 라  </p>',
      [{ kind: 'paragraph', text: '가 나 다 라', markdown: '가 나 다 라' }],
    ],
    [
      'empty paragraphs, hr and images without src are skipped',
      '<p> </p><hr><img alt="x"><p>글</p>',
      [{ kind: 'paragraph', text: '글', markdown: '글' }],
    ],
  ])('%s', (_name, html, expected) => {
    expect(blocks(html)).toEqual(expected);
  });

  it('walks nested containers in document order', () => {
    const result = blocks('<section><div><p>A</p><div><h2>B</h2><p>C</p></div></div></section><p>D</p>');
    expect(result.map((block) => ('text' in block ? block.text : block.kind))).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('collectBlocks: inline markdown', () => {
  it.each([
    ['bold and strong', '<p><b>굵게</b> 그리고 <strong>강하게</strong></p>', '**굵게** 그리고 **강하게**'],
    ['italic and em', '<p><i>기울임</i>과 <em>강조</em></p>', '*기울임*과 *강조*'],
    ['bold keeps outer spaces outside the markers', '<p>앞<b> 굵게 </b>뒤</p>', '앞 **굵게** 뒤'],
    ['empty bold adds nothing', '<p>앞<b> </b>뒤</p>', '앞 뒤'],
    [
      'absolute link',
      '<p><a href="https://www.sedaily.com/article/20008365">기사</a> 참고</p>',
      '[기사](https://www.sedaily.com/article/20008365) 참고',
    ],
    ['mailto link', '<p><a href="mailto:ksk@sedaily.com">메일</a></p>', '[메일](mailto:ksk@sedaily.com)'],
    // An unbalanced "(" would end the link destination early: parentheses and spaces are percent-encoded.
    [
      'link with an unbalanced parenthesis and a space in its URL',
      '<p><a href="https://x.test/a_(b c">링크</a></p>',
      '[링크](https://x.test/a_%28b%20c)',
    ],
    ['relative link is plain text', '<p><a href="/NewsView/1">상대</a></p>', '상대'],
    ['javascript: link is plain text', '<p><a href="javascript:alert(1)">위험</a></p>', '위험'],
    ['link without href is plain text', '<p><a>이름</a></p>', '이름'],
    ['inline code', '<p>명령 <code>npm test</code> 실행</p>', '명령 `npm test` 실행'],
    ['bold link', '<p><b><a href="https://x.test/">굵은 링크</a></b></p>', '**[굵은 링크](https://x.test/)**'],
  ])('%s', (_name, html, markdown) => {
    const [block] = blocks(html);
    expect(block?.kind).toBe('paragraph');
    expect(block && 'markdown' in block ? block.markdown : null).toBe(markdown);
  });

  it('keeps the text of formatted runs plain', () => {
    const [block] = blocks('<p><b>굵게</b> <a href="https://x.test/">링크</a> <code>a*b</code></p>');
    expect(block).toMatchObject({ kind: 'paragraph', text: '굵게 링크 a*b' });
  });
});

describe('Markdown escaping', () => {
  it.each([
    ['*별표*', '\\*별표\\*'],
    ['snake_case_name', 'snake\\_case\\_name'],
    ['[속보] 코스피', '\\[속보\\] 코스피'],
    ['a\\b', 'a\\\\b'],
    ['`tick`', '\\`tick\\`'],
    ['<script>', '\\<script>'],
    ['평범한 문장', '평범한 문장'],
  ])('escapeMarkdown(%j) → %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it.each([
    ['# 해시로 시작', '\\# 해시로 시작'],
    ['## 두 개', '\\## 두 개'],
    ['> 인용처럼', '\\> 인용처럼'],
    ['- 목록처럼', '\\- 목록처럼'],
    ['+ 더하기', '\\+ 더하기'],
    ['1. 번호처럼', '1\\. 번호처럼'],
    ['2025) 괄호 번호', '2025\\) 괄호 번호'],
    ['#해시태그', '#해시태그'],
    ['-5% 하락', '-5% 하락'],
    ['3.5% 상승', '3.5% 상승'],
  ])('line start %j → %j', (text, expected) => {
    const [block] = blocks(`<p>${text}</p>`);
    expect(block && 'markdown' in block ? block.markdown : null).toBe(expected);
    expect(block && 'text' in block ? block.text : null).toBe(text);
  });

  it('escapes the start of every line of a multi-line paragraph', () => {
    const [block] = blocks('<p>첫 줄<br>- 둘째 줄<br>1. 셋째 줄</p>');
    expect(block && 'markdown' in block ? block.markdown : null).toBe('첫 줄\\\n\\- 둘째 줄\\\n1\\. 셋째 줄');
  });

  it('does not let Korean range tildes become strikethrough (GFM)', () => {
    const [block] = blocks('<p>기온은 10~15도, 습도는 40~60%로 예상된다.</p>');
    const markdown = block && 'markdown' in block ? block.markdown : '';
    expect(markdown.replace(/\\~/g, '')).not.toContain('~');
  });
});
