/** Photo wrappers become <figure> + <figcaption>, so captions stay captions in every output. */
import { describe, expect, it } from 'vitest';
import { normalizeFigures } from '../../../utils/extract/figures';

function normalize(html: string) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  normalizeFigures(doc);
  return doc.body;
}

describe('normalizeFigures', () => {
  it('turns a photo wrapper with a caption class into a figure', () => {
    const body = normalize('<div class="img_area"><img src="https://e.example/a.jpg"><p class="img_desc">서호의 마윈.</p></div>');
    expect(body.innerHTML).toBe('<figure><img src="https://e.example/a.jpg"><figcaption>서호의 마윈.</figcaption></figure>');
  });

  it('turns a (nested) layout table of one photo and its caption into one figure', () => {
    // The photo box newspapers send to Naver News (tests/pages/naver-pc-2022-edaily).
    const body = normalize(
      '<p>앞 문단.</p><table class="nbd_table"><tr><td><table class="nbd_table"><tr><td><span class="end_photo_org"><img src="https://e.example/a.jpg"></span></td></tr>' +
        '<tr><td>법원에 들어서며 질문에 답하고 있다.(사진=국회사진취재단)</td></tr></table></td></tr></table><p>뒤 문단.</p>',
    );
    expect(body.querySelectorAll('table')).toHaveLength(0);
    expect(body.innerHTML).toBe(
      '<p>앞 문단.</p><figure><img src="https://e.example/a.jpg"><figcaption>법원에 들어서며 질문에 답하고 있다.(사진=국회사진취재단)</figcaption></figure><p>뒤 문단.</p>',
    );
  });

  it('leaves tables of data, of several photos or of long text alone', () => {
    const data = '<table><tr><th>구분</th><th>2024</th></tr><tr><td>매출</td><td>100</td></tr></table>';
    const two =
      '<table><tr><td><img src="https://e.example/a.jpg"></td><td><img src="https://e.example/b.jpg"></td></tr></table>';
    const long = `<table><tr><td><img src="https://e.example/a.jpg"></td><td>${'긴 본문 문장입니다. '.repeat(50)}</td></tr></table>`;
    for (const html of [data, two, long]) expect(normalize(html).querySelectorAll('table').length).toBeGreaterThan(0);
  });
});
