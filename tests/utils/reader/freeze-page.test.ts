import { afterEach, describe, expect, it, vi } from 'vitest';
import { freezePage } from '@/utils/reader/freeze-page';
import { saveFocus } from '@/utils/reader/save-focus';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('style');
  vi.restoreAllMocks();
});

describe('saveFocus', () => {
  it('gives focus back to the page element without scrolling', () => {
    const input = document.createElement('input');
    const other = document.createElement('button');
    document.body.append(input, other);
    input.focus();
    const restore = saveFocus(document);
    other.focus();
    const focus = vi.spyOn(input, 'focus');
    restore();
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
    expect(document.activeElement).toBe(input);
  });

  it('does nothing when nothing was focused or the element is gone', () => {
    const restoreNone = saveFocus(document);
    expect(() => restoreNone()).not.toThrow();
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    const restore = saveFocus(document);
    input.remove();
    const focus = vi.spyOn(input, 'focus');
    restore();
    expect(focus).not.toHaveBeenCalled();
  });
});

describe('freezePage', () => {
  it('locks scrolling and restores the scroll position, style attribute and focus, once', () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    Object.defineProperty(window, 'scrollX', { value: 0, configurable: true });
    Object.defineProperty(window, 'scrollY', { value: 1200, configurable: true });
    const restore = freezePage(window);
    expect(document.documentElement.style.getPropertyValue('overflow')).toBe('hidden');
    // The page "jumped" while locked (e.g. layout change): the restore must put it back.
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    document.body.focus();
    restore();
    expect(document.documentElement.hasAttribute('style')).toBe(false);
    expect(scrollTo).toHaveBeenCalledWith({ left: 0, top: 1200, behavior: 'instant' });
    expect(document.activeElement).toBe(button);
    restore();
    expect(scrollTo).toHaveBeenCalledOnce();
  });
});
