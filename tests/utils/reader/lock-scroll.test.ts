import { afterEach, describe, expect, it } from 'vitest';
import { lockScroll } from '@/utils/reader/lock-scroll';

afterEach(() => document.documentElement.removeAttribute('style'));

describe('lockScroll', () => {
  it('restores an absent style attribute as absent (not style="")', () => {
    const html = document.documentElement;
    expect(html.hasAttribute('style')).toBe(false);
    const restore = lockScroll(html);
    expect(html.style.getPropertyValue('overflow')).toBe('hidden');
    expect(html.style.getPropertyPriority('overflow')).toBe('important');
    restore();
    expect(html.hasAttribute('style')).toBe(false);
  });

  it('restores an empty style attribute as exactly empty', () => {
    const html = document.documentElement;
    html.setAttribute('style', '');
    const restore = lockScroll(html);
    restore();
    expect(html.getAttribute('style')).toBe('');
  });

  it("restores the exact previous string, including the page's own overflow and odd spacing", () => {
    const html = document.documentElement;
    const previous = 'overflow:scroll;  --page-var: 3px ;scroll-behavior:smooth';
    html.setAttribute('style', previous);
    const restore = lockScroll(html);
    expect(html.style.getPropertyValue('overflow')).toBe('hidden');
    restore();
    expect(html.getAttribute('style')).toBe(previous);
  });

  it('is idempotent: a second restore does not clobber later page changes', () => {
    const html = document.documentElement;
    const restore = lockScroll(html);
    restore();
    html.setAttribute('style', 'color: red');
    restore();
    expect(html.getAttribute('style')).toBe('color: red');
  });
});
