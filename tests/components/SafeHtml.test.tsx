// @vitest-environment jsdom
// DOMPurify only works in a spec-compliant DOM (docs/toolchain.md): SafeHtml is tested under jsdom.
import { afterEach, describe, expect, it } from 'vitest';
import { SafeHtml } from '@/components/SafeHtml';
import { mount, type Mounted } from '../support/helpers';

let view: Mounted | undefined;
afterEach(() => view?.unmount());

describe('SafeHtml', () => {
  it('sanitises again at the sink, even if the HTML claims to be clean', async () => {
    view = await mount(
      <SafeHtml
        data-testid="body"
        html={
          '<p id="dc-s-1">본문</p><img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a><iframe src="https://evil.example"></iframe>'
        }
      />,
    );
    const html = view.container.innerHTML;
    expect(view.container.querySelector('[data-testid="body"] p#dc-s-1')?.textContent).toBe('본문');
    for (const bad of ['onerror', '<script', 'javascript:', '<iframe', 'alert']) expect(html).not.toContain(bad);
  });

  it('keeps article structure, hardens external links and keeps fragment links in-page', async () => {
    view = await mount(
      <SafeHtml
        html={
          '<figure><img src="https://img.example/a.jpg" alt="사진"><figcaption>사진=연합뉴스</figcaption></figure><a href="https://example.com/">외부</a><a href="#dc-s-1">위로</a>'
        }
      />,
    );
    expect(view.container.querySelector('figcaption')?.textContent).toBe('사진=연합뉴스');
    const [external, fragment] = Array.from(view.container.querySelectorAll('a'));
    expect(external?.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(external?.getAttribute('target')).toBe('_blank');
    expect(fragment?.hasAttribute('target')).toBe(false);
  });

  it('drops page ids, classes and styles', async () => {
    view = await mount(<SafeHtml html={'<p id="getElementById" class="ad" style="color:red">텍스트</p>'} />);
    const p = view.container.querySelector('p')!;
    expect(p.hasAttribute('id')).toBe(false);
    expect(p.hasAttribute('class')).toBe(false);
    expect(p.hasAttribute('style')).toBe(false);
  });
});
