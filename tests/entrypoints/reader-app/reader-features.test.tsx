// @vitest-environment jsdom
// The reader renders the article through SafeHtml (DOMPurify), so this runs under jsdom.
/**
 * The reader's new controls, in its real overlay: read aloud with a fake speech engine (the calls,
 * the keys, the voice, the messages, stopping on close), removing blocks by hand (what copy and the
 * print view get, the "what was removed" panel), and the print view's message.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createReaderUi, READER_TAG } from '@/entrypoints/reader-app/reader-ui';
import type { Article } from '@/utils/article';
import { sendMessage } from '@/utils/messaging';
import type { ReaderUi } from '@/utils/reader/reader-app-api';
import { flush, ko, makeArticle, useKoreanMessages } from '../../support/helpers';

vi.mock('@/utils/messaging', () => ({
  sendMessage: vi.fn(async () => undefined),
  onMessage: vi.fn(),
  removeAllListeners: vi.fn(),
}));

interface FakeUtterance {
  text: string;
  lang: string;
  rate: number;
  voice: { name: string } | null;
  onend: (() => void) | null;
  onerror: ((event: { error: string }) => void) | null;
}

/** A speech engine with the voices given: records calls, ends the current utterance on demand. */
function installSpeech(voices: { name: string; lang: string; localService: boolean }[]) {
  const calls: string[] = [];
  let current: FakeUtterance | null = null;
  const engine = {
    getVoices: () => voices.map((voice) => ({ ...voice, voiceURI: voice.name, default: false })),
    speak: (utterance: FakeUtterance) => {
      current = utterance;
      calls.push(`speak ${utterance.voice?.name} ${utterance.lang}: ${utterance.text}`);
    },
    cancel: () => {
      calls.push('cancel');
      const cancelled = current;
      current = null;
      cancelled?.onerror?.({ error: 'canceled' });
    },
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  class Utterance {
    lang = '';
    rate = 1;
    voice = null;
    onend = null;
    onerror = null;
    constructor(readonly text: string) {}
  }
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: engine });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, value: Utterance });
  return {
    calls,
    end: () => {
      const ended = current;
      current = null;
      ended?.onend?.();
    },
  };
}

const KOREAN = [
  { name: 'Google 한국의', lang: 'ko-KR', localService: false },
  { name: 'Yuna', lang: 'ko-KR', localService: true },
  { name: 'Samantha', lang: 'en-US', localService: true },
];

let ctx: ContentScriptContext;
let reader: ReaderUi;
const host = () => document.querySelector(READER_TAG);
const inShadow = (selector: string) => host()?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const allInShadow = (selector: string) => Array.from(host()?.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []);
const status = () => inShadow('[data-testid="status"]')?.textContent ?? '';
function press(code: string, options: KeyboardEventInit = {}) {
  inShadow('.dc-reader__scroller')!.dispatchEvent(
    new KeyboardEvent('keydown', { code, key: code, bubbles: true, composed: true, cancelable: true, ...options }),
  );
}

async function openReader(article: Article = makeArticle()) {
  await reader.open({ status: 'ok', article });
  await flush();
}

beforeEach(() => {
  fakeBrowser.reset();
  useKoreanMessages();
  document.body.innerHTML = '<main><p>원문 본문</p></main>';
  ctx = new ContentScriptContext('reader');
  reader = createReaderUi(ctx, { onForce: vi.fn() });
  vi.mocked(sendMessage).mockClear();
});
afterEach(() => {
  reader.close();
  ctx.abort();
  delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  delete (window as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance;
  vi.restoreAllMocks();
});
afterAll(() => new Promise<void>((done) => setTimeout(done, 50)));
// jsdom has no layout: no line boxes and no element scrolling (the highlight is checked in Chromium).
beforeAll(() => {
  Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
  Element.prototype.scrollTo ??= () => {};
});

describe('read aloud in the reader', () => {
  it('reads with the local Korean voice, sentence after sentence, and the buttons follow', async () => {
    const speech = installSpeech(KOREAN);
    await openReader();
    inShadow('[data-testid="speech-toggle"]')!.click();
    await flush();
    expect(speech.calls).toEqual(['cancel', 'speak Yuna ko-KR: 마윈 움직이자 성과 내는 알리바바']);
    expect(inShadow('[data-testid="speech-bar"]')?.dataset.status).toBe('playing');
    expect(status()).toBe(ko('speechStarted', ['Yuna', '한국어']));
    speech.end();
    await flush();
    expect(speech.calls.at(-1)).toBe('speak Yuna ko-KR: 클라우드·AI로 업무혁신 지원');
    inShadow('[data-testid="speech-next"]')!.click();
    await flush();
    expect(speech.calls.slice(-2)).toEqual(['cancel', 'speak Yuna ko-KR: 3년간 77조 투자']);
  });

  it('answers its keys (P, S, comma, period by key position) and stops when the reader closes', async () => {
    const speech = installSpeech(KOREAN);
    await openReader();
    press('KeyP');
    await flush();
    expect(speech.calls.at(-1)).toBe('speak Yuna ko-KR: 마윈 움직이자 성과 내는 알리바바');
    press('Period');
    press('Period');
    await flush();
    expect(speech.calls.at(-1)).toBe('speak Yuna ko-KR: 3년간 77조 투자');
    press('Comma');
    await flush();
    expect(speech.calls.at(-1)).toBe('speak Yuna ko-KR: 클라우드·AI로 업무혁신 지원');
    press('KeyP', { key: 'ㅔ' }); // a Hangul input mode: the same key
    await flush();
    expect(inShadow('[data-testid="speech-bar"]')?.dataset.status).toBe('paused');
    press('KeyS');
    await flush();
    expect(inShadow('[data-testid="speech-bar"]')?.dataset.status).toBe('idle');
    press('KeyP');
    await flush();
    const spoken = speech.calls.length;
    reader.close();
    expect(speech.calls.length).toBe(spoken + 1);
    expect(speech.calls.at(-1)).toBe('cancel');
  });

  it('uses a network voice only once allowed, and says so plainly when there is no local voice', async () => {
    installSpeech([{ name: 'Google 한국의', lang: 'ko-KR', localService: false }]);
    await openReader();
    inShadow('[data-testid="speech-toggle"]')!.click();
    await flush();
    expect(status()).toBe(ko('speechOnlyNetwork', '한국어'));
    expect(inShadow('[data-testid="speech-bar"]')?.dataset.status).toBe('idle');
  });

  it('says when the device has no voice for the language, or the browser no speech at all', async () => {
    installSpeech([{ name: 'Samantha', lang: 'en-US', localService: true }]);
    await openReader();
    inShadow('[data-testid="speech-toggle"]')!.click();
    await flush();
    expect(status()).toBe(ko('speechNoVoice', '한국어'));
    reader.close();
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    await openReader();
    inShadow('[data-testid="speech-toggle"]')!.click();
    await flush();
    expect(status()).toBe(ko('speechUnsupported'));
  });

  it('touches no speech engine until asked', async () => {
    const speech = installSpeech(KOREAN);
    await openReader();
    reader.close();
    expect(speech.calls).toEqual([]);
  });
});

describe('fixing the article by hand', () => {
  it("removes a block from the reader's copy only; copy, the panel and the print view follow; undo puts it back", async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    const page = document.body.outerHTML;
    await openReader();
    expect(allInShadow('[data-testid="block-remove"]')).toHaveLength(0);
    inShadow('[data-testid="edit-toggle"]')!.click();
    await flush();
    const remove = allInShadow('[data-testid="block-remove"]');
    expect(remove).toHaveLength(6);
    expect(remove[1]!.getAttribute('aria-label')).toBe(ko('blockRemoveNamed', '첫 문단입니다.'));
    remove[1]!.click();
    await flush();
    expect(inShadow('[data-block="1"]')?.dataset.removed).toBe('true');
    inShadow('[data-testid="edit-toggle"]')!.click();
    await flush();
    expect(inShadow('[data-block="1"]')).toBeNull();
    expect(inShadow('[data-testid="article-body"]')?.textContent).not.toContain('첫 문단입니다.');
    expect(document.body.outerHTML).toBe(page);

    inShadow('[data-testid="copy-text"]')!.click();
    await flush();
    expect(writeText).toHaveBeenCalledOnce();
    expect(writeText.mock.calls[0]![0]).not.toContain('첫 문단입니다.');
    expect(writeText.mock.calls[0]![0]).toContain('둘째 문단입니다.');

    inShadow('[data-testid="print-open"]')!.click();
    await flush();
    const printed = vi.mocked(sendMessage).mock.calls.find(([type]) => type === 'openPrintView')?.[1] as { article: Article };
    expect(printed.article.html).not.toContain('첫 문단입니다.');
    expect(printed.article.title).toBe(makeArticle().title);
    expect(status()).toBe(ko('printOpened'));

    inShadow('[data-testid="removed-toggle"]')!.click();
    await flush();
    expect(inShadow('[data-testid="removed-toggle"]')?.textContent).toBe(ko('removedButton', '4'));
    const byHand = inShadow('[data-testid="removed-by-hand"]')!;
    expect(byHand.textContent).toContain('첫 문단입니다.');
    byHand.querySelector('button')!.click();
    await flush();
    expect(inShadow('[data-testid="article-body"]')?.textContent).toContain('첫 문단입니다.');
    expect(inShadow('[data-testid="removed-by-hand"]')).toBeNull();
    inShadow('[data-testid="copy-text"]')!.click();
    await flush();
    expect(writeText.mock.calls[1]![0]).toBe(makeArticle().text);
    delete (navigator as { clipboard?: unknown }).clipboard;
  });

  it('Ctrl+P opens the print view with the article instead of printing the page', async () => {
    await openReader();
    press('KeyP', { ctrlKey: true });
    await flush();
    expect(sendMessage).toHaveBeenCalledWith('openPrintView', { article: makeArticle() });
  });

  it('marks a selection as such in the reader', async () => {
    await reader.open({ status: 'ok', article: makeArticle() }, 'selection');
    await flush();
    expect(inShadow('.dc-reader')?.dataset.source).toBe('selection');
    expect(inShadow('.dc-reader__badge')?.textContent).toBe(ko('selectionBadge'));
  });
});
