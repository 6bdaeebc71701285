/**
 * The reading features in real Chromium with the built extension, on a saved sedaily article:
 *  - read aloud: a fake speech engine in the extension's isolated world (what the content script
 *    sees as `speechSynthesis`) records the calls; the voice is the device's Korean one, the sentence
 *    being read is marked over its own text and kept in view, the outline follows, keys work,
 *    closing stops it; without a Korean voice the reader says so; the browser's real engine too;
 *  - blocks removed by hand: only the reader's copy changes, copy and the print view follow;
 *  - read the selection: the popup offers it when the page has one, the reader shows exactly it;
 *  - reading position: reopening (and after a reload) returns to the same block;
 *  - the print view and the Markdown file: only the article, its source; requests only photos.
 * The page is the same after every close (DOM, scroll, history, URL).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { markdownFileName } from '../../utils/print/markdown-file';
import { squash } from './article-checks';
import { watchExtensionWorld, type ExtensionWorld } from './chromium/extension-world';
import { launchWithExtension, type Launched } from './chromium/launch';
import { watchExtensionRequests, type ChromiumRequestWatch as RequestWatch } from './chromium/request-watch';
import { askContentScript, findTabId, openPopup } from './chromium/tabs';
import { enMessage } from './en-message';
import { pickFixture } from './fixtures';
import { startSiteServer, type SiteServer } from './site-server';
import { until } from './until';
import { fakeSpeechScript, REMOVE_FAKE_SPEECH, type FakeVoice } from './fake-speech';
import { expectUntouched, pageSnapshot } from './page-checks';

declare const chrome: typeof import('wxt/browser').browser;

const fixture = pickFixture();
const blocks = fixture.text!.split('\n\n').slice(1);
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
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
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

describe('fixing the article by hand', () => {
  it('removes a paragraph from the reader only: the page stays, copy and the panel follow, undo puts it back', async () => {
    const before = await pageSnapshot(page);
    await openReader();
    await inReader('[data-testid="edit-toggle"]').click();
    // The second body block: the first paragraph after the photo.
    const paragraph = inReader('[data-block="1"]');
    const text = squash(await paragraph.locator('.dc-block__content').innerText());
    expect(blocks.map(squash)).toContain(text);
    await paragraph.locator('[data-testid="block-remove"]').click();
    await inReader('[data-block="1"][data-removed="true"]').waitFor();
    await inReader('[data-testid="edit-toggle"]').click();
    expect(await inReader('[data-block="1"]').count()).toBe(0);
    // The page has not changed while the reader is open.
    expect(await page.evaluate(() => document.body.innerText.includes('올해 7월 중국의 소셜미디어'))).toBe(true);

    await page.evaluate(() => navigator.clipboard.writeText(''));
    await inReader('[data-testid="copy-text"]').click();
    await inReader('[data-testid="status"][data-kind="success"]').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe([fixture.text!.split('\n\n')[0], ...blocks.filter((block) => squash(block) !== text)].join('\n\n'));

    await inReader('[data-testid="removed-toggle"]').click();
    const byHand = inReader('[data-testid="removed-by-hand"]');
    expect(squash((await byHand.textContent()) ?? '')).toContain(text.slice(0, 20));
    await byHand.locator('button').click();
    await inReader('[data-block="1"]').waitFor();
    await inReader('[data-testid="copy-text"]').click();
    await until(
      async () => (await page.evaluate(() => navigator.clipboard.readText())) === fixture.text,
      'copy has the paragraph again',
    );
    await page.keyboard.press('Escape');
    await closeReader();
    await expectUntouched(page, before);
  });
});

describe('reading position', () => {
  /** The index of the body block at the top of the reader's view. */
  const topBlock = () =>
    page.evaluate(() => {
      const root = document.querySelector('declutter-reader')!.shadowRoot!;
      const top = root.querySelector('.dc-reader__scroller')!.getBoundingClientRect().top;
      const block = Array.from(root.querySelectorAll<HTMLElement>('[data-testid="article-body"] > [data-block]')).find(
        (el) => el.getBoundingClientRect().bottom > top,
      );
      return Number(block?.dataset.block ?? -1);
    });

  it('reopening the reader returns to where it was left, and so does a reload', async () => {
    await openReader();
    // Photos first (lazy ones load as they come near and would push the text down meanwhile).
    await page.evaluate(() =>
      Promise.all(
        Array.from(document.querySelector('declutter-reader')!.shadowRoot!.querySelectorAll('img')).map((img) => {
          img.loading = 'eager';
          return img.decode().catch(() => {});
        }),
      ),
    );
    await page.evaluate(() => {
      const root = document.querySelector('declutter-reader')!.shadowRoot!;
      const scroller = root.querySelector<HTMLElement>('.dc-reader__scroller')!;
      const block = root.querySelector<HTMLElement>('[data-block="3"]')!;
      scroller.scrollTo({
        top: scroller.scrollTop + block.getBoundingClientRect().top - scroller.getBoundingClientRect().top + 5,
        behavior: 'instant',
      });
    });
    expect(await topBlock()).toBe(3);
    await until(async () => {
      const stored = await browser.worker.evaluate(() => chrome.storage.local.get('readingPositions'));
      return (stored.readingPositions as Record<string, { block: number }> | undefined)?.[fixture.url]?.block === 3;
    }, 'the position is saved');
    await page.keyboard.press('Escape');
    await page.locator('declutter-reader').waitFor({ state: 'detached' });
    await openReader();
    await until(async () => (await topBlock()) === 3, 'the reader is back at block 3');
    await closeReader();

    await page.reload({ waitUntil: 'load' });
    await until(async () => (await askContentScript(browser.worker, tabId)) !== null, 'the content script is back');
    await openReader();
    await until(async () => (await topBlock()) === 3, 'back at block 3 after a reload');
    await closeReader();
  });
});

describe('read the selection', () => {
  it('the popup offers it when the page has a selection; the reader shows exactly the selected part', async () => {
    await page.reload({ waitUntil: 'load' });
    await until(async () => (await askContentScript(browser.worker, tabId)) !== null, 'the content script is back');
    const [second, third, fourth] = [blocks[2]!, blocks[3]!, blocks[4]!];
    await page.evaluate(
      ([from, to]) => {
        const find = (needle: string) => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode())
            if ((node.nodeValue ?? '').includes(needle)) return node;
          throw new Error(`no text ${needle}`);
        };
        const range = document.createRange();
        const start = find(from!);
        range.setStart(start, start.nodeValue!.indexOf(from!) + 5);
        const end = find(to!);
        range.setEnd(end, end.nodeValue!.indexOf(to!) + 10);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      },
      [second.slice(0, 20), third.slice(0, 20)],
    );
    const before = await pageSnapshot(page);
    const popup = await openPopup(browser, tabId);
    await popup.getByTestId('read-selection').click();
    await inReader('.dc-reader[data-source="selection"]').waitFor({ timeout: 15_000 });
    await popup.close();
    await page.bringToFront();
    const body = squash(await inReader('[data-testid="article-body"]').innerText());
    expect(body.startsWith(squash(second.slice(5)).slice(0, 30))).toBe(true);
    expect(body.endsWith(squash(third.slice(0, 10)))).toBe(true);
    expect(body).not.toContain(squash(fourth).slice(0, 20));
    expect(await inReader('[data-testid="article-title"]').textContent()).toBe(fixture.expected.title);
    await closeReader();
    await expectUntouched(page, before);
    await page.evaluate(() => getSelection()!.removeAllRanges());
  });
});

describe('print view and Markdown file', () => {
  it("prints only the article with its source; the reader's edits stay out; it requests only photos", async () => {
    await openReader();
    await inReader('[data-testid="edit-toggle"]').click();
    const removedText = squash(await inReader('[data-block="1"] .dc-block__content').innerText()).slice(0, 30);
    await inReader('[data-block="1"] [data-testid="block-remove"]').click();
    const opened = browser.context.waitForEvent('page');
    await inReader('[data-testid="print-open"]').click();
    const print = await opened;
    await print.locator('[data-testid="article-title"]').waitFor({ timeout: 15_000 });
    expect(new URL(print.url()).pathname).toBe('/print.html');
    expect(await print.title()).toBe(fixture.expected.title);
    expect(await print.locator('[data-testid="article-deck"] p').allTextContents()).toEqual(fixture.expected.deck);
    expect(await print.locator('.dc-meta__byline').textContent()).toBe(fixture.text!.split('\n\n')[0]!.split('\n').at(-1));
    expect(await print.locator('[data-testid="article-body"] figure img').count()).toBe(fixture.expected.images);
    expect(await print.locator('[data-testid="article-body"] figcaption').count()).toBeGreaterThan(0);
    expect(squash(await print.locator('[data-testid="article-body"]').innerText())).not.toContain(removedText);
    expect(await print.locator('[data-testid="print-source"]').innerText()).toContain(fixture.url);
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

    const download = print.waitForEvent('download');
    await print.getByTestId('save-markdown').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(markdownFileName(fixture.expected.title));
    const markdown = readFileSync((await file.path())!, 'utf8');
    expect(markdown.startsWith(`# ${fixture.expected.title.replace(/([\\`*_[\]<~])/g, '\\$1')}\n`)).toBe(true);
    expect(markdown).toContain(`URL: <${fixture.url}>`);
    expect(squash(markdown)).not.toContain(removedText);
    const fromPrint = requests.requests.filter(
      (request) => request.from === 'other-extension-page' && !request.url.startsWith('chrome-extension://'),
    );
    expect(fromPrint.length).toBeGreaterThan(0);
    expect(fromPrint.filter((request) => request.method !== 'GET' || request.resourceType !== 'image')).toEqual([]);
    await print.close();
    await page.bringToFront();
    await closeReader();
  });

  it('the popup saves the same Markdown file', async () => {
    const popup = await openPopup(browser, tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
    const download = popup.waitForEvent('download');
    await popup.getByTestId('save-markdown').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(markdownFileName(fixture.expected.title));
    expect(readFileSync((await file.path())!, 'utf8')).toContain(`URL: <${fixture.url}>`);
    await popup.close();
  });
});
