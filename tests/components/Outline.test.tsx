import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Outline } from '@/components/Outline';
import type { OutlineItem } from '@/utils/article';
import { byTestId, ko, mount, useKoreanMessages, type Mounted } from '../support/helpers';

const ITEMS: OutlineItem[] = [
  { id: 'dc-s-1', level: 2, text: '클라우드·AI로 업무혁신 지원' },
  { id: 'dc-s-2', level: 3, text: '77조 투자' },
  { id: 'dc-p-3', level: 2, text: '사진 설명 구간', derived: true },
];

let view: Mounted | undefined;
beforeEach(useKoreanMessages);
afterEach(() => view?.unmount());

describe('Outline', () => {
  it('lists items in order with their level and marks the current one', async () => {
    view = await mount(<Outline items={ITEMS} current="dc-s-2" onSelect={() => {}} />);
    const nav = byTestId(view.container, 'outline')!;
    expect(nav.getAttribute('aria-label')).toBe(ko('outlineLabel'));
    const rows = Array.from(nav.querySelectorAll<HTMLElement>('.dc-outline__row'));
    expect(rows.map((row) => row.dataset.level)).toEqual(['2', '3', '2']);
    expect(rows.map((row) => row.textContent)).toEqual(ITEMS.map((item) => item.text));
    expect(rows[1]?.dataset.current).toBe('true');
    expect(rows[1]?.querySelector('button')?.getAttribute('aria-current')).toBe('location');
    expect(rows[0]?.querySelector('button')?.hasAttribute('aria-current')).toBe(false);
    expect(rows[2]?.dataset.derived).toBe('true');
  });

  it('selects with the item button and jumps in the page with the second control', async () => {
    const onSelect = vi.fn();
    const onJump = vi.fn();
    view = await mount(<Outline items={ITEMS} current={null} onSelect={onSelect} onJump={onJump} />);
    const first = view.container.querySelectorAll('.dc-outline__row')[0]!;
    first.querySelector<HTMLButtonElement>('.dc-outline__item')!.click();
    expect(onSelect).toHaveBeenCalledWith(ITEMS[0]);
    const jump = first.querySelector<HTMLButtonElement>('.dc-outline__jump')!;
    expect(jump.getAttribute('aria-label')).toBe(ko('jumpInPageNamed', ITEMS[0]!.text));
    jump.click();
    expect(onJump).toHaveBeenCalledWith(ITEMS[0]);
  });

  it("nests subheads in their section's list, so screen readers announce the structure", async () => {
    view = await mount(<Outline items={ITEMS} current={null} onSelect={() => {}} />);
    const top = view.container.querySelector('nav > ol')!;
    const sections = Array.from(top.children);
    expect(sections.map((li) => li.tagName)).toEqual(['LI', 'LI']);
    const nested = sections[0]!.querySelector(':scope > ol');
    expect(Array.from(nested!.children, (li) => li.querySelector('.dc-outline__item')!.textContent)).toEqual(['77조 투자']);
    expect(sections[1]!.querySelector('ol')).toBeNull();
  });

  it('has no jump control without onJump (the reader sidebar)', async () => {
    view = await mount(<Outline items={ITEMS} current={null} onSelect={() => {}} />);
    expect(view.container.querySelector('.dc-outline__jump')).toBeNull();
  });

  it('says so when there is no outline', async () => {
    view = await mount(<Outline items={[]} current={null} onSelect={() => {}} />);
    expect(byTestId(view.container, 'outline')?.textContent).toContain(ko('outlineEmpty'));
  });
});
