/**
 * The reading features that need Chromium's DevTools protocol, in real Chromium with the built
 * extension, on a saved sedaily article:
 *  - read aloud: a fake speech engine in the extension's isolated world (what the content script
 *    sees as `speechSynthesis`) records the calls; the voice is the device's Korean one, the sentence
 *    being read is marked over its own text and kept in view, the outline follows, keys work,
 *    closing stops it; without a Korean voice the reader says so; the browser's real engine too;
 *  - the print view's print styles (emulated print media) and its requests (only photos).
 * The page is the same after every close (DOM, scroll, history, URL). Fixing the article by hand,
 * reading position, read the selection, the print view's content and the Markdown files run in
 * both browsers: reading-features.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { squash } from './article-checks';
import { watchExtensionWorld, type ExtensionWorld } from './chromium/extension-world';
import { launchWithExtension, type Launched } from './chromium/launch';
import { watchExtensionRequests, type ChromiumRequestWatch as RequestWatch } from './chromium/request-watch';
import { findTabId, openPopup } from './chromium/tabs';
import { enMessage } from './en-message';
import { pickFixture } from './fixtures';
import { startSiteServer, type SiteServer } from './site-server';
import { until } from './until';
import { fakeSpeechScript, REMOVE_FAKE_SPEECH, type FakeVoice } from './fake-speech';
import { expectUntouched, pageSnapshot } from './page-checks';

const fixture = pickFixture();
const inReader = (selector: string) => page.locator(`declutter-reader ${selector}`);

let server: SiteServer;
let browser: Launched;
let page: Page;
let tabId: number;
let world: ExtensionWorld;
let requests: RequestWatch;

/** A fake speech engine in the isolated world (fake-speech.ts); `voices` replaces its default voices. */
const installSpeech = (voices?: FakeVoice[]) => world.evaluate(fakeSpeechScript(voices));
/** Puts the browser's own engine back. */
const removeSpeech = () => world.evaluate(REMOVE_FAKE_SPEECH);

type Call = { type: 'speak' | 'cancel'; text?: string; lang?: string; voice?: string | null; rate?: number };
const speechCalls = () => world.evaluate<Call[]>('globalThis.__fakeSpeech.calls');
const lastSpoken = async () => (await speechCalls()).filter((call) => call.type === 'speak').at(-1);

async function openReader(): Promise<void> {
  const popup = await openPopup(browser, tabId);
  await popup.getByTestId('reader-toggle').click();
  await inReader('[data-testid="article-title"]').waitFor({ timeout: 15_000 });
  await popup.close();
  await page.bringToFront();
}

async function closeReader(): Promise<void> {
  await inReader('.dc-reader__close').click();
  await page.locator('declutter-reader').waitFor({ state: 'detached', timeout: 10_000 });
}

const status = () => inReader('[data-testid="status"]').textContent();

/** The marks' box and the box of the text they claim to mark, in viewport coordinates. */
function markedBoxes() {
  return page.evaluate(() => {
    const root = document.querySelector('declutter-reader')!.shadowRoot!;
    const marks = Array.from(root.querySelectorAll('.dc-speech-mark')).map((mark) => mark.getBoundingClientRect());
    const scroller = root.querySelector('.dc-reader__scroller')!.getBoundingClientRect();
    const union = (rects: DOMRect[]) => ({
      top: Math.min(...rects.map((r) => r.top)),
      bottom: Math.max(...rects.map((r) => r.bottom)),
      left: Math.min(...rects.map((r) => r.left)),
      right: Math.max(...rects.map((r) => r.right)),
    });
    const sentence = (root.querySelector('[data-testid="speech-marks"]') as HTMLElement | null)?.dataset.sentence ?? '';
    return {
      count: marks.length,
      marks: marks.length ? union(marks) : null,
      scroller: { top: scroller.top, bottom: scroller.bottom },
      sentence,
    };
  });
}

beforeAll(async () => {
  server = await startSiteServer();
  browser = await launchWithExtension(server);
  requests = await watchExtensionRequests(browser);
  page = await browser.context.newPage();
  world = await watchExtensionWorld(browser, page);
  await page.goto(fixture.url, { waitUntil: 'load' });
  tabId = await findTabId(browser.worker, fixture.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`read aloud (${fixture.slug})`, () => {
  it('reads with the local Korean voice, one sentence at a time, marking it over its own text', async () => {
    await installSpeech();
    const before = await pageSnapshot(page);
    await openReader();
    await inReader('[data-testid="speech-toggle"]').click();
    await until(async () => (await lastSpoken()) !== undefined, 'the first sentence is spoken');
    expect(await lastSpoken()).toEqual({ type: 'speak', text: fixture.expected.title, lang: 'ko-KR', voice: 'Yuna', rate: 1 });
    expect(await status()).toBe(enMessage('speechStarted').replace('$ARG1$', 'Yuna').replace('$ARG2$', 'Korean'));
    // The mark lies on the title's line boxes.
    await until(async () => (await markedBoxes()).count > 0, 'the sentence is marked');
    const title = await inReader('[data-testid="article-title"]').boundingBox();
    const marked = await markedBoxes();
    expect(marked.sentence).toBe(fixture.expected.title);
    expect(marked.marks!.top).toBeGreaterThanOrEqual(title!.y - 2);
    expect(marked.marks!.bottom).toBeLessThanOrEqual(title!.y + title!.height + 2);
    // The engine ends the sentence: the next one (the first deck line) is spoken and marked.
    await world.evaluate('globalThis.__fakeSpeech.end()');
    await until(async () => (await lastSpoken())?.text === fixture.expected.deck[0], 'the deck is read next');
    await until(async () => (await markedBoxes()).sentence === fixture.expected.deck[0], 'the mark moves');
    await closeReader();
    expect((await speechCalls()).at(-1)).toEqual({ type: 'cancel' });
    await expectUntouched(page, before);
  });

  it('next paragraph (.) walks the body, the mark stays in view and the outline follows; P pauses and resumes', async () => {
    await openReader();
    await page.keyboard.press('p');
    await until(async () => (await lastSpoken())?.text === fixture.expected.title, 'reading starts at the top');
    // The second outline entry points at this paragraph: go there with the key.
    const target = fixture.expected.outline[1]!;
    for (let i = 0; i < 40 && !squash((await lastSpoken())?.text ?? '').startsWith(squash(target.target!).slice(0, 12)); i++) {
      const spoken = (await speechCalls()).length;
      await page.keyboard.press('.');
      await until(async () => (await speechCalls()).length > spoken, 'the next paragraph is spoken');
    }
    expect(squash((await lastSpoken())!.text!)).toContain(squash(target.target!).slice(0, 12));
    await inReader(`.dc-outline__item[aria-current]:has-text("${target.text}")`).waitFor({ timeout: 5000 });
    await until(async () => {
      const { marks, scroller } = await markedBoxes();
      return marks !== null && marks.top >= scroller.top && marks.bottom <= scroller.bottom;
    }, 'the sentence is scrolled into view');
    const spoken = (await lastSpoken())!.text;
    await page.keyboard.press('p');
    await inReader('[data-testid="speech-bar"][data-status="paused"]').waitFor();
    expect((await speechCalls()).at(-1)).toEqual({ type: 'cancel' });
    await page.keyboard.press('p');
    await inReader('[data-testid="speech-bar"][data-status="playing"]').waitFor();
    expect((await lastSpoken())!.text).toBe(spoken);
    await page.keyboard.press('s');
    await inReader('[data-testid="speech-bar"][data-status="idle"]').waitFor();
    expect(await inReader('[data-testid="speech-marks"]').count()).toBe(0);
    await closeReader();
  });

  it('says clearly that there is no Korean voice, and never uses the network voice unasked', async () => {
    await installSpeech([
      { name: 'Google 한국의', lang: 'ko-KR', localService: false },
      { name: 'Samantha', lang: 'en-US', localService: true },
    ]);
    await openReader();
    await inReader('[data-testid="speech-toggle"]').click();
    await inReader('[data-testid="status"][data-kind="error"]').waitFor();
    expect(await status()).toBe(enMessage('speechOnlyNetwork').replaceAll('$ARG1$', 'Korean'));
    expect((await speechCalls()).filter((call) => call.type === 'speak')).toEqual([]);
    await closeReader();
  });

  it("with the browser's own engine: reads with a local Korean voice, or says why it cannot", async () => {
    await removeSpeech();
    const engine = await world.evaluate<{ voices: { lang: string; localService: boolean }[] }>(
      `new Promise((done) => { const list = () => speechSynthesis.getVoices().map((v) => ({ lang: v.lang, localService: v.localService })); if (list().length) return done({ voices: list() }); setTimeout(() => done({ voices: list() }), 1600); })`,
    );
    await openReader();
    await inReader('[data-testid="speech-toggle"]').click();
    console.info(`[speech] the browser's engine has ${engine.voices.length} voices: ${JSON.stringify(engine.voices)}`);
    const local = engine.voices.some((voice) => voice.lang.toLowerCase().startsWith('ko') && voice.localService);
    if (local) {
      await inReader('[data-testid="speech-bar"][data-status="playing"]').waitFor({ timeout: 5000 });
    } else {
      await inReader('[data-testid="status"][data-kind="error"]').waitFor({ timeout: 5000 });
      const expected = engine.voices.some((voice) => voice.lang.toLowerCase().startsWith('ko'))
        ? 'speechOnlyNetwork'
        : 'speechNoVoice';
      expect(await status()).toBe(enMessage(expected).replaceAll('$ARG1$', 'Korean'));
    }
    await closeReader();
  });
});

describe('the print view', () => {
  it('prints without its bar and its time, with its source and photos; it requests only photos', async () => {
    await openReader();
    const opened = browser.context.waitForEvent('page');
    await inReader('[data-testid="print-open"]').click();
    const print = await opened;
    await print.locator('[data-testid="article-title"]').waitFor({ timeout: 15_000 });
    await print.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      print
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).display !== 'none');
    expect(await shown('.print__bar')).toBe(false);
    expect(await shown('.dc-meta__time')).toBe(false);
    expect(await shown('[data-testid="print-source"]')).toBe(true);
    expect(await shown('[data-testid="article-body"] figure')).toBe(true);
    await print.emulateMedia({ media: 'screen' });
    // The photos are loaded by now (the source line comes after them in the document).
    await print.waitForLoadState('networkidle');
    const fromPrint = requests.requests.filter(
      (request) => request.from === 'other-extension-page' && !request.url.startsWith('chrome-extension://'),
    );
    expect(fromPrint.length).toBeGreaterThan(0);
    expect(fromPrint.filter((request) => request.method !== 'GET' || request.resourceType !== 'image')).toEqual([]);
    await print.close();
    await page.bringToFront();
    await closeReader();
  });
});
