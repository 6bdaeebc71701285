// @vitest-environment jsdom
// The popup renders the article through SafeHtml, so it runs under jsdom (DOMPurify).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/entrypoints/popup/Popup';
import { askTab } from '@/utils/tabs/tab-reader';
import type { ArticleAnswer } from '@/utils/messaging';
import { byTestId, flush, ko, makeArticle, mount, useKoreanMessages, type Mounted } from '../../support/helpers';

vi.mock('@/utils/tabs/tab-reader', () => ({ askTab: vi.fn() }));
const ask = vi.mocked(askTab);

let view: Mounted | undefined;

async function openTab(url: string, active = true): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url, active });
  return tab.id!;
}

/** The content script's answers, per message type. */
function answer(result: ArticleAnswer | Error, open = false) {
  ask.mockImplementation(async (_tabId, type, data) => {
    if (result instanceof Error) throw result;
    if (type === 'getArticle') return result;
    if (type === 'readerState') return { open, url: 'https://www.sedaily.com/NewsView/2H1C4KQZ7M' };
    if (type === 'toggleReader') return { open: !open, url: '' };
    if (type === 'scrollTo') return (data as { id: string }).id === 'dc-s-1';
    throw new Error(`unexpected ${String(type)}`);
  });
}

async function showPopup(search = ''): Promise<HTMLElement> {
  history.replaceState(null, '', `/popup.html${search}`);
  view = await mount(<Popup />);
  await flush(6);
  return view.container;
}

beforeEach(async () => {
  fakeBrowser.reset();
  useKoreanMessages();
  ask.mockReset();
  await fakeBrowser.windows.create({ focused: true });
});
afterEach(() => view?.unmount());

describe('Popup', () => {
  it('shows the article, its outline, and the reader state, and toggles the reader', async () => {
    const article = makeArticle();
    await openTab(article.url);
    answer({ status: 'ok', article });
    const root = await showPopup();
    expect(byTestId(root, 'article-title')?.textContent).toBe(article.title);
    expect(byTestId(root, 'article-deck')?.textContent).toContain(article.deck[0]);
    expect(byTestId(root, 'article-body')?.querySelector('figcaption')).not.toBeNull();
    expect(byTestId(root, 'outline')?.querySelectorAll('li')).toHaveLength(2);
    const toggle = byTestId(root, 'reader-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.click();
    await flush();
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.dataset.state).toBe('on');
    expect(byTestId(root, 'status')?.textContent).toBe(ko('readerOpened'));
  });

  it('prefers ?tabId=N over the active tab', async () => {
    await openTab('https://example.com/active');
    const other = await openTab('https://www.sedaily.com/NewsView/2H1C4KQZ7M', false);
    answer({ status: 'ok', article: makeArticle() });
    await showPopup(`?tabId=${other}`);
    expect(ask.mock.calls[0]?.slice(0, 2)).toEqual([other, 'getArticle']);
  });

  it('jumps to a section in the page and reports when it is not found', async () => {
    await openTab('https://www.sedaily.com/NewsView/2H1C4KQZ7M');
    answer({ status: 'ok', article: makeArticle() });
    const root = await showPopup();
    const jumps = root.querySelectorAll<HTMLButtonElement>('.dc-outline__jump');
    jumps[0]!.click();
    await flush();
    expect(ask).toHaveBeenCalledWith(expect.any(Number), 'scrollTo', { id: 'dc-s-1', text: '클라우드·AI로 업무혁신 지원' });
    expect(byTestId(root, 'status')?.textContent).toBe(ko('jumpedInPage'));
    jumps[1]!.click();
    await flush();
    expect(byTestId(root, 'status')?.dataset.kind).toBe('error');
    expect(byTestId(root, 'status')?.textContent).toBe(ko('jumpNotFound'));
  });

  it('explains a non-article with its reason and offers "try anyway"', async () => {
    await openTab('https://www.sedaily.com/v/NewsMain/GA');
    answer({ status: 'not-article', reason: 'This 서울경제 page is not an article.' });
    const root = await showPopup();
    expect(root.textContent).toContain(ko('notArticleTitle'));
    expect(root.textContent).toContain('This 서울경제 page is not an article.');
    expect(byTestId(root, 'status')?.textContent).toBe(ko('notArticleTitle'));
    expect((byTestId(root, 'reader-toggle') as HTMLButtonElement).disabled).toBe(true);
    answer({ status: 'ok', article: makeArticle() });
    Array.from(root.querySelectorAll('button'))
      .find((b) => b.textContent === ko('tryAnyway'))!
      .click();
    await flush(6);
    expect(ask).toHaveBeenCalledWith(expect.any(Number), 'getArticle', { force: true });
    expect(byTestId(root, 'article-title')).not.toBeNull();
  });

  it.each([
    ['chrome://extensions/', 'restrictedBrowser'],
    ['https://chromewebstore.google.com/detail/abc', 'restrictedStore'],
    ['https://addons.mozilla.org/ko/firefox/', 'restrictedStore'],
  ] as const)('shows %s as restricted without trying', async (url, key) => {
    await openTab(url);
    const root = await showPopup();
    expect(root.textContent).toContain(ko('restrictedTitle'));
    expect(root.textContent).toContain(ko(key));
    expect(ask).not.toHaveBeenCalled();
  });

  it("shows the browser's reason when the page cannot be scripted", async () => {
    await openTab('https://example.com/');
    answer(new Error('Frame with ID 0 is showing error page'));
    const root = await showPopup();
    expect(root.textContent).toContain(ko('errorTitle'));
    expect(root.textContent).toContain(ko('errorDetail', 'Frame with ID 0 is showing error page'));
  });

  it.each([
    ['about:blank', 'restrictedClosed'],
    ['https://www.example.com/download?id=7', 'restrictedPdf'],
  ] as const)('explains %s as restricted: a blank tab, a PDF the URL does not give away', async (url, key) => {
    await openTab(url);
    // about:blank is told apart before asking; the PDF viewer by its content script's answer.
    answer({ status: 'restricted', restricted: 'pdf' });
    const root = await showPopup();
    expect(root.textContent).toContain(ko('restrictedTitle'));
    expect(root.textContent).toContain(ko(key));
    expect(byTestId(root, 'reader-toggle')).toHaveProperty('disabled', true);
  });

  it.each([
    [true, 'restrictedClosed'],
    [false, 'restrictedClosedOrFile'],
  ] as const)('calls a tab the browser refuses without naming it closed (file access %s: %s)', async (fileAccess, key) => {
    const tabId = await openTab('https://example.com/');
    // What the popup is told without a grant: no URL.
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: tabId } as never);
    vi.spyOn(fakeBrowser.extension, 'isAllowedFileSchemeAccess').mockResolvedValue(fileAccess as never);
    answer(
      new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'),
    );
    const root = await showPopup(`?tabId=${tabId}`);
    expect(root.textContent).toContain(ko('restrictedTitle'));
    expect(root.textContent).toContain(ko(key));
  });

  it('shows a loading message first', async () => {
    await openTab('https://www.sedaily.com/NewsView/2H1C4KQZ7M');
    ask.mockImplementation(() => new Promise(() => {}));
    const root = await showPopup();
    expect(byTestId(root, 'status')?.textContent).toBe(ko('loading'));
    expect(root.querySelector('[aria-busy="true"]')).not.toBeNull();
  });
});
