import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CopyMenu } from '@/components/CopyMenu';
import { StatusLine, type StatusMessage } from '@/components/StatusLine';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { byTestId, flush, ko, makeArticle, mount, useKoreanMessages, type Mounted } from '../support/helpers';

let view: Mounted | undefined;
let writeText: ReturnType<typeof vi.fn>;
let statuses: StatusMessage[];

beforeEach(() => {
  useKoreanMessages();
  statuses = [];
  writeText = vi.fn(async () => {});
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => view?.unmount());

async function mountMenu(settings: Partial<Settings> = {}) {
  view = await mount(
    <CopyMenu
      article={makeArticle()}
      settings={{ ...DEFAULT_SETTINGS, ...settings }}
      onStatus={(status) => statuses.push(status)}
    />,
  );
  return view.container;
}

describe('CopyMenu', () => {
  it('copies article.text, article.markdown, and the citation above the text', async () => {
    const article = makeArticle();
    const root = await mountMenu();
    byTestId(root, 'copy-text')!.click();
    await flush();
    byTestId(root, 'copy-markdown')!.click();
    await flush();
    byTestId(root, 'copy-citation')!.click();
    await flush();
    expect(writeText.mock.calls.map((call) => call[0])).toEqual([
      article.text,
      article.markdown,
      [
        '제목: 마윈 움직이자 성과 내는 알리바바',
        '언론사: 서울경제',
        '기자: 김광수 특파원',
        '날짜: 2025-11-27 17:25',
        'URL: https://www.sedaily.com/NewsView/2H1C4KQZ7M',
        '',
        article.text,
      ].join('\n'),
    ]);
    expect(statuses.map((status) => status.kind)).toEqual(['success', 'success', 'success']);
    expect(statuses[0]?.text).toBe(ko('copiedText', String(article.text.length)));
  });

  it('leaves captions out when the setting is off (re-derived from the body HTML)', async () => {
    const root = await mountMenu({ copyCaptions: false });
    byTestId(root, 'copy-text')!.click();
    // The caption-free text comes from a module loaded on first use.
    await vi.waitFor(() => expect(writeText).toHaveBeenCalled());
    const copied = writeText.mock.calls[0]![0] as string;
    expect(copied).not.toContain('웨이보 캡처');
    expect(copied).toContain('첫 문단입니다.');
    expect(copied.split('\n')[0]).toBe('마윈 움직이자 성과 내는 알리바바');
  });

  it('says why copying failed', async () => {
    writeText.mockRejectedValueOnce(new DOMException('Document is not focused.', 'NotAllowedError'));
    const root = await mountMenu();
    byTestId(root, 'copy-text')!.click();
    await flush();
    expect(statuses).toEqual([{ kind: 'error', text: ko('copyFailed', 'Document is not focused.') }]);
  });

  it('marks the default copy format as the primary button and labels the group', async () => {
    const root = await mountMenu({ copyFormat: 'citation' });
    expect(byTestId(root, 'copy-citation')?.dataset.primary).toBe('true');
    expect(byTestId(root, 'copy-text')?.dataset.primary).toBeUndefined();
    expect(root.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe(ko('copyGroup'));
    expect(byTestId(root, 'copy-markdown')?.textContent).toBe(ko('copyMarkdown'));
  });
});

describe('StatusLine', () => {
  it('is a polite live region that is present even when empty', async () => {
    view = await mount(<StatusLine status={null} />);
    const region = byTestId(view.container, 'status')!;
    expect(region.getAttribute('role')).toBe('status');
    expect(region.dataset.kind).toBe('idle');
    expect(region.textContent).toBe('');
  });
});
