import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RemovedPanel, RestoredBlocks } from '@/components/RemovedPanel';
import { ko, makeArticle, mount, useKoreanMessages, type Mounted } from '../support/helpers';

let view: Mounted | undefined;
beforeEach(useKoreanMessages);
afterEach(() => view?.unmount());

const { removed } = makeArticle();

describe('RemovedPanel', () => {
  it('groups removed blocks by reason, in first-seen order, with localised reasons', async () => {
    view = await mount(<RemovedPanel removed={removed} shown={new Set()} onToggle={() => {}} />);
    const groups = Array.from(view.container.querySelectorAll('section'));
    expect(groups.map((group) => group.getAttribute('aria-label'))).toEqual([ko('reasonCopyright'), ko('reasonRelated')]);
    expect(groups[0]!.querySelectorAll('li')).toHaveLength(2);
    expect(view.container.textContent).toContain(ko('removedIntro', '3'));
  });

  it('toggles a block back on with a pressed button', async () => {
    const onToggle = vi.fn();
    view = await mount(<RemovedPanel removed={removed} shown={new Set([1])} onToggle={onToggle} />);
    const buttons = Array.from(view.container.querySelectorAll('button'));
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true']);
    // Second group holds index 1 (the related block); the first group holds 0 and 2.
    buttons[0]!.click();
    expect(onToggle).toHaveBeenCalledWith(0);
  });

  it('says when nothing was removed', async () => {
    view = await mount(<RemovedPanel removed={[]} shown={new Set()} onToggle={() => {}} />);
    expect(view.container.textContent).toBe(ko('removedNone'));
  });
});

describe('RestoredBlocks', () => {
  it('shows the full text (detail) when known, else the preview, always as plain text', async () => {
    view = await mount(<RestoredBlocks removed={removed} shown={new Set([2, 1])} />);
    const blocks = Array.from(view.container.querySelectorAll('blockquote p'), (p) => p.textContent);
    expect(blocks).toEqual(['관련기사 알리바바 새 모델 공개 외 3건', '<b>무단</b> 전재 금지']);
    expect(view.container.querySelector('b')).toBeNull();
  });

  it('renders nothing when no block is shown', async () => {
    view = await mount(<RestoredBlocks removed={removed} shown={new Set()} />);
    expect(view.container.innerHTML).toBe('');
  });
});
