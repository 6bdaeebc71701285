import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderControls } from '@/components/ReaderControls';
import { DEFAULT_SETTINGS, LIMITS } from '@/utils/settings';
import { ko, mount, useKoreanMessages, type Mounted } from '../support/helpers';

let view: Mounted | undefined;
beforeEach(useKoreanMessages);
afterEach(() => view?.unmount());

const button = (root: HTMLElement, label: string) =>
  Array.from(root.querySelectorAll('button')).find((b) => b.textContent === label || b.getAttribute('aria-label') === label)!;

describe('ReaderControls', () => {
  it('shows the current theme and font as pressed and changes them', async () => {
    const onChange = vi.fn();
    view = await mount(<ReaderControls settings={{ ...DEFAULT_SETTINGS }} onChange={onChange} />);
    const root = view.container;
    expect(button(root, ko('themeAuto')).getAttribute('aria-pressed')).toBe('true');
    expect(button(root, ko('themeDark')).getAttribute('aria-pressed')).toBe('false');
    expect(button(root, ko('fontSans')).getAttribute('aria-pressed')).toBe('true');
    button(root, ko('themeSepia')).click();
    button(root, ko('fontSerif')).click();
    expect(onChange.mock.calls).toEqual([[{ theme: 'sepia' }], [{ font: 'serif' }]]);
  });

  it('steps size, line height and width without float drift', async () => {
    const onChange = vi.fn();
    view = await mount(<ReaderControls settings={{ ...DEFAULT_SETTINGS }} onChange={onChange} />);
    const root = view.container;
    button(root, ko('fontSizeMore')).click();
    button(root, ko('lineHeightMore')).click();
    button(root, ko('lineHeightLess')).click();
    button(root, ko('widthLess')).click();
    expect(onChange.mock.calls).toEqual([[{ fontSize: 19 }], [{ lineHeight: 1.8 }], [{ lineHeight: 1.6 }], [{ width: 640 }]]);
    expect(root.textContent).toContain('18px');
    expect(root.textContent).toContain('1.7');
  });

  it('disables a step at its limit and labels every group', async () => {
    view = await mount(<ReaderControls settings={{ ...DEFAULT_SETTINGS, fontSize: LIMITS.fontSize.max }} onChange={() => {}} />);
    const root = view.container;
    expect(button(root, ko('fontSizeMore')).disabled).toBe(true);
    expect(button(root, ko('fontSizeLess')).disabled).toBe(false);
    const labels = Array.from(root.querySelectorAll('[role="group"]'), (group) => group.getAttribute('aria-label'));
    expect(labels).toEqual([ko('theme'), ko('font'), ko('fontSize'), ko('lineHeight'), ko('width')]);
  });
});
