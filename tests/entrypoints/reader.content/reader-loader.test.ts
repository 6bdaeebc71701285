/**
 * The content script as a loader: it answers what it can by itself (reader state, jumping in the
 * page) and loads the reader app only for the article, the reader, or auto-open.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import definition from '@/entrypoints/reader.content/index';
import type { ExtractResult } from '@/utils/article';
import { onMessage, sendMessage } from '@/utils/messaging';
import { registerReaderApp, type ReaderAppApi, type ReaderUi } from '@/utils/reader/reader-app-api';
import { updateSettings } from '@/utils/settings';
import { shouldAutoOpen } from '@/utils/tabs/should-auto-open';
import { flush, makeArticle } from '../../support/helpers';

vi.mock('@/utils/messaging', () => ({ onMessage: vi.fn(), sendMessage: vi.fn(), removeAllListeners: vi.fn() }));

const ARTICLE_URL = 'https://www.sedaily.com/NewsView/2H1C4KQZ7M';
const OK: ExtractResult = { status: 'ok', article: makeArticle() };

type Handler = (message: { data: unknown }) => unknown;
let handlers: Map<string, Handler>;
let ctx: ContentScriptContext;
let extractPage: Mock<ReaderAppApi['extractPage']>;
let extractSelection: Mock<ReaderAppApi['extractSelection']>;
let reader: ReaderUi & { open: Mock<ReaderUi['open']> };
let createReaderUi: Mock<ReaderAppApi['createReaderUi']>;

/** Sends `type` to the content script as the popup would. */
const ask = async (type: string, data?: unknown) => handlers.get(type)!({ data });

function startLoader(url: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  // As WXT's entrypoint wrapper does: the definition's options (minus main) configure the context.
  const { main, ...options } = definition;
  ctx = new ContentScriptContext('reader', options);
  void main(ctx);
}

beforeEach(() => {
  fakeBrowser.reset();
  handlers = new Map();
  vi.mocked(onMessage).mockImplementation(((type: string, handler: Handler) => {
    handlers.set(type, handler);
    return () => {};
  }) as never);
  let open = false;
  reader = {
    get isOpen() {
      return open;
    },
    open: vi.fn<ReaderUi['open']>(async () => void (open = true)),
    close: vi.fn(() => void (open = false)),
    scrollTo: vi.fn(() => true),
  };
  extractPage = vi.fn<ReaderAppApi['extractPage']>(async () => OK);
  extractSelection = vi.fn<ReaderAppApi['extractSelection']>(() => OK);
  createReaderUi = vi.fn<ReaderAppApi['createReaderUi']>(() => reader);
  // The background's answers in this world: auto-open from the real module, and an injection
  // that amounts to reader-app.js registering itself.
  vi.mocked(sendMessage)
    .mockReset()
    .mockImplementation((async (type: string, data: { url: string }) =>
      type === 'shouldAutoOpen'
        ? shouldAutoOpen(data.url)
        : registerReaderApp({ extractPage, extractSelection, createReaderUi })) as never);
});
afterEach(() => {
  ctx.abort();
  delete globalThis.__declutterApp;
});

describe('reader content script (loader)', () => {
  it('answers reader state and jumps in the page without loading the app', async () => {
    startLoader('https://example.com/news/1');
    await flush();
    expect(await ask('readerState')).toEqual({ open: false, url: 'https://example.com/news/1' });
    expect(await ask('scrollTo', { id: 'dc-s-1', text: 'not on this page' })).toBe(false);
    expect(await ask('toggleReader', { open: false })).toEqual({ open: false, url: 'https://example.com/news/1' });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('loads the app on the first getArticle, once, and extracts once per URL', async () => {
    startLoader(ARTICLE_URL);
    expect(await ask('getArticle', {})).toBe(OK);
    expect(await ask('getArticle', {})).toBe(OK);
    expect(sendMessage).toHaveBeenCalledOnce();
    expect(sendMessage).toHaveBeenCalledWith('loadReaderApp', undefined);
    expect(extractPage).toHaveBeenCalledOnce();
    expect(extractPage).toHaveBeenCalledWith(document, ARTICLE_URL, { force: false, window });
  });

  it('opens the reader with the extracted article, binding the app to this context', async () => {
    startLoader(ARTICLE_URL);
    expect(await ask('toggleReader', {})).toEqual({ open: true, url: ARTICLE_URL });
    expect(createReaderUi).toHaveBeenCalledWith(ctx, expect.objectContaining({ onForce: expect.any(Function) }));
    expect(reader.open).toHaveBeenCalledWith(OK);
    expect(await ask('scrollTo', { id: 'dc-s-1', text: '' })).toBe(true);
    expect(reader.scrollTo).toHaveBeenCalledWith('dc-s-1');
    expect(await ask('toggleReader', {})).toEqual({ open: false, url: ARTICLE_URL });
  });

  it("passes a refused injection to the asker with the browser's reason", async () => {
    vi.mocked(sendMessage).mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    startLoader(ARTICLE_URL);
    await expect(ask('getArticle', {})).rejects.toThrow('Cannot access contents of the page.');
    expect(await ask('getArticle', {})).toBe(OK);
  });

  it('auto-opens on a rule article only when the setting is on; no message at all while it is off', async () => {
    startLoader(ARTICLE_URL);
    await flush();
    expect(sendMessage).not.toHaveBeenCalled();
    ctx.abort();

    await updateSettings({ autoOpen: true });
    startLoader('https://www.sedaily.com/v/NewsMain/GA');
    await vi.waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith('shouldAutoOpen', { url: 'https://www.sedaily.com/v/NewsMain/GA' }),
    );
    await flush();
    expect(sendMessage).toHaveBeenCalledOnce(); // a section front: the app is never loaded
    ctx.abort();
    vi.mocked(sendMessage).mockClear();

    startLoader(ARTICLE_URL);
    await vi.waitFor(() => expect(reader.open).toHaveBeenCalledWith(OK));
    expect(vi.mocked(sendMessage).mock.calls.map(([type]) => type)).toEqual(['shouldAutoOpen', 'loadReaderApp']);
  });

  it('auto-opens on a site the user added (setting off), asking the background; on other sites it sends nothing', async () => {
    await fakeBrowser.storage.local.set({ readerSites: ['https://www.example-news.co.kr'] });
    startLoader('https://www.other.example/news/1');
    await flush();
    expect(sendMessage).not.toHaveBeenCalled();
    ctx.abort();

    const url = 'https://www.example-news.co.kr/news/articleView.html?idxno=12345';
    startLoader(url);
    await vi.waitFor(() => expect(reader.open).toHaveBeenCalledWith(OK));
    expect(vi.mocked(sendMessage).mock.calls.map(([type]) => type)).toEqual(['shouldAutoOpen', 'loadReaderApp']);
    ctx.abort();
    vi.mocked(sendMessage).mockClear();
    reader.open.mockClear();

    // Not an article there (the pipeline says so): the page stays as it is.
    extractPage.mockResolvedValueOnce({ status: 'not-article', reason: 'a list' });
    startLoader('https://www.example-news.co.kr/news/articleList.html');
    await vi.waitFor(() => expect(extractPage).toHaveBeenCalledTimes(2));
    await flush();
    expect(reader.open).not.toHaveBeenCalled();
  });

  it('reads the selection: the selected ranges go to extractSelection, and the reader opens with them', async () => {
    document.body.innerHTML = '<p id="a">첫 문장입니다. 둘째 문장입니다.</p><p id="b">셋째 문단입니다.</p>';
    startLoader(ARTICLE_URL);
    await flush();
    expect(await ask('hasSelection')).toBe(false);
    const range = document.createRange();
    range.setStart(document.getElementById('a')!.firstChild!, 8);
    range.setEnd(document.getElementById('b')!.firstChild!, 3);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    expect(await ask('hasSelection')).toBe(true);
    expect(await ask('readSelection')).toEqual({ open: true, url: ARTICLE_URL });
    expect(extractSelection).toHaveBeenCalledOnce();
    const [doc, url, ranges] = extractSelection.mock.calls[0]!;
    expect([doc, url, ranges.length]).toEqual([document, ARTICLE_URL, 1]);
    expect(ranges[0]!.startOffset).toBe(8);
    expect(reader.open).toHaveBeenCalledWith(OK, 'selection');
    expect(extractPage).not.toHaveBeenCalled();
    window.getSelection()!.removeAllRanges();
    document.body.innerHTML = '';
  });

  it('answers "restricted: pdf" in the browser\'s PDF viewer, and never loads the app or opens there', async () => {
    vi.spyOn(document, 'contentType', 'get').mockReturnValue('application/pdf');
    await updateSettings({ autoOpen: true });
    startLoader(ARTICLE_URL);
    await flush();
    expect(await ask('getArticle', {})).toEqual({ status: 'restricted', restricted: 'pdf' });
    expect(await ask('toggleReader', {})).toEqual({ open: false, url: ARTICLE_URL });
    expect(sendMessage).not.toHaveBeenCalled();
    expect(reader.open).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('tells page scripts nothing when it starts (no window message carrying the extension id)', async () => {
    const messages: unknown[] = [];
    const listener = (event: MessageEvent) => messages.push(event.data);
    window.addEventListener('message', listener);
    startLoader(ARTICLE_URL);
    await flush();
    await new Promise((done) => setTimeout(done, 10));
    window.removeEventListener('message', listener);
    expect(messages).toEqual([]);
  });
});
