// @vitest-environment jsdom
// The popup renders the article through SafeHtml, so it runs under jsdom (DOMPurify).
/**
 * The popup's page actions: "always open this site in reader mode" (the permission asked in the
 * click itself, every outcome told), "read the selection" when the page has one, the print view
 * and the Markdown file.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/entrypoints/popup/Popup';
import type { ArticleAnswer } from '@/utils/messaging';
import { sendMessage } from '@/utils/messaging';
import type { ReaderSiteStatus } from '@/utils/reader-sites/site-status';
import { askTab } from '@/utils/tabs/tab-reader';
import { byTestId, flush, ko, makeArticle, mount, useKoreanMessages, type Mounted } from '../../support/helpers';

vi.mock('@/utils/tabs/tab-reader', () => ({ askTab: vi.fn() }));
vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn() }));
const ask = vi.mocked(askTab);
const send = vi.mocked(sendMessage);

const SITE = 'https://www.example-news.co.kr';
const URL_ = `${SITE}/news/articleView.html?idxno=12345`;
let view: Mounted | undefined;
let request: ReturnType<typeof vi.fn>;

function background(status: ReaderSiteStatus, added: unknown = 'added') {
  send.mockImplementation((async (type: string) => {
    if (type === 'readerSiteStatus') return status;
    if (type === 'addReaderSite') return added;
    return undefined;
  }) as never);
}

async function showPopup(answer: ArticleAnswer, selection = false): Promise<HTMLElement> {
  await fakeBrowser.tabs.create({ url: URL_, active: true });
  ask.mockImplementation((async (_tab: number, type: string) => {
    if (type === 'getArticle') return answer;
    if (type === 'readerState') return { open: false, url: URL_ };
    if (type === 'hasSelection') return selection;
    if (type === 'readSelection') return { open: true, url: URL_ };
    throw new Error(type);
  }) as never);
  history.replaceState(null, '', '/popup.html');
  view = await mount(<Popup />);
  await flush(8);
  return view.container;
}

beforeEach(async () => {
  fakeBrowser.reset();
  useKoreanMessages();
  ask.mockReset();
  send.mockReset();
  request = vi.fn(async () => true);
  (fakeBrowser.permissions as unknown as { request: unknown }).request = request;
  await fakeBrowser.windows.create({ focused: true });
});
afterEach(() => view?.unmount());

const article = makeArticle({ url: URL_, site: null });

describe('"always open this site in reader mode"', () => {
  it('hands turning it on to the options page, which asks for the origin and stays to tell the outcome', async () => {
    background({ origin: SITE, state: 'off' });
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    const root = await showPopup({ status: 'ok', article });
    expect(send).toHaveBeenCalledWith('readerSiteStatus', { url: URL_ });
    const toggle = byTestId(root, 'site-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.click();
    await flush();
    // Chromium closes the popup as soon as the permission prompt opens: nothing is asked from here.
    expect(request).not.toHaveBeenCalled();
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.at(-1)?.url).toBe(`chrome-extension://${fakeBrowser.runtime.id}/options.html#add=${encodeURIComponent(SITE)}`);
    expect(close).toHaveBeenCalledOnce();
  });

  it('turns a site off again (the background gives the permission back)', async () => {
    background({ origin: SITE, state: 'on' });
    const root = await showPopup({ status: 'ok', article });
    byTestId(root, 'site-toggle')!.click();
    await flush();
    expect(request).not.toHaveBeenCalled();
    expect(send).toHaveBeenCalledWith('removeReaderSite', { origin: SITE });
    expect(byTestId(root, 'site-toggle')?.getAttribute('aria-pressed')).toBe('false');
    expect(byTestId(root, 'status')?.textContent).toBe(ko('siteRemoved', 'www.example-news.co.kr'));
  });

  it('explains a built-in site and a page that cannot have it, without asking for anything', async () => {
    background({ origin: 'https://www.sedaily.com', state: 'built-in' });
    let root = await showPopup({ status: 'ok', article });
    byTestId(root, 'site-toggle')!.click();
    await flush();
    expect(byTestId(root, 'status')?.textContent).toBe(ko('siteBuiltIn', 'www.sedaily.com'));
    view?.unmount();
    background({ origin: null, state: 'unavailable' });
    root = await showPopup({ status: 'not-article', reason: 'x' });
    byTestId(root, 'site-toggle')!.click();
    await flush();
    expect(byTestId(root, 'status')?.textContent).toBe(ko('siteUnavailable'));
    expect(request).not.toHaveBeenCalled();
  });
});

describe('the other page actions', () => {
  it('offers "read the selection" only when the page has one', async () => {
    background({ origin: SITE, state: 'off' });
    let root = await showPopup({ status: 'ok', article });
    expect(byTestId(root, 'read-selection')).toBeNull();
    view?.unmount();
    root = await showPopup({ status: 'not-article', reason: 'a list' }, true);
    byTestId(root, 'read-selection')!.click();
    await flush();
    expect(ask).toHaveBeenCalledWith(expect.any(Number), 'readSelection', undefined);
    expect(byTestId(root, 'status')?.textContent).toBe(ko('readerOpened'));
  });

  it('opens the print view and saves a Markdown file named after the title', async () => {
    background({ origin: SITE, state: 'off' });
    const created = vi.fn(() => 'blob:popup/1');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const root = await showPopup({ status: 'ok', article });
    byTestId(root, 'print-open')!.click();
    expect(send).toHaveBeenCalledWith('openPrintView', { article });
    byTestId(root, 'save-markdown')!.click();
    await flush();
    expect(clicked.map((link) => [link.download, link.href])).toEqual([[`${article.title}.md`, 'blob:popup/1']]);
    expect(clicked[0]!.isConnected).toBe(false);
    expect(byTestId(root, 'status')?.textContent).toBe(ko('markdownSaved', `${article.title}.md`));
    const blob = (created.mock.calls[0] as unknown as [Blob])[0];
    expect(await blob.text()).toContain(`URL: <${URL_}>`);
    vi.restoreAllMocks();
  });
});
