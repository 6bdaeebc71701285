/**
 * Shared by the reading-feature tests (reading-features.test.ts in both browsers and
 * reading-features.chromium.test.ts): the reader's body blocks, where its view is, and a selection
 * in the page. Everything runs in the page through `evaluate` (the reader's shadow root is open).
 */
import type { Tab } from './driver/tab';
import type { ArticleFixture } from './fixtures';

/** expected.txt's body blocks (after the header block), in reader order. */
export const bodyBlocks = (fixture: ArticleFixture): string[] => fixture.text!.split('\n\n').slice(1);

/** The index of the body block at the top of the reader's view. */
export const topBlock = (page: Tab): Promise<number> =>
  page.evaluate(() => {
    const root = document.querySelector('declutter-reader')!.shadowRoot!;
    const top = root.querySelector('.dc-reader__scroller')!.getBoundingClientRect().top;
    const block = Array.from(root.querySelectorAll<HTMLElement>('[data-testid="article-body"] > [data-block]')).find(
      (el) => el.getBoundingClientRect().bottom > top,
    );
    return Number(block?.dataset.block ?? -1);
  });

/** Loads every photo of the reader now (lazy ones would push the text down while it is read). */
export const loadReaderPhotos = (page: Tab): Promise<unknown> =>
  page.evaluate(() =>
    Promise.all(
      Array.from(document.querySelector('declutter-reader')!.shadowRoot!.querySelectorAll('img')).map((img) => {
        img.loading = 'eager';
        return img.decode().catch(() => {});
      }),
    ),
  );

/** Scrolls the reader so that body block `index` is at the top of its view. */
export const scrollReaderToBlock = (page: Tab, index: number): Promise<unknown> =>
  page.evaluate((at) => {
    const root = document.querySelector('declutter-reader')!.shadowRoot!;
    const scroller = root.querySelector<HTMLElement>('.dc-reader__scroller')!;
    const block = root.querySelector<HTMLElement>(`[data-block="${at}"]`)!;
    scroller.scrollTo({
      top: scroller.scrollTop + block.getBoundingClientRect().top - scroller.getBoundingClientRect().top + 5,
      behavior: 'instant',
    });
  }, index);

/**
 * Selects the page's text from 5 characters into the text node containing `from` to 10 characters
 * into the one containing `to` (the page's own DOM, not the reader's).
 */
export const selectInPage = (page: Tab, from: string, to: string): Promise<unknown> =>
  page.evaluate(
    ([start, end]) => {
      const find = (needle: string) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          if ((node.nodeValue ?? '').includes(needle)) return node;
        throw new Error(`no text ${needle}`);
      };
      const range = document.createRange();
      const first = find(start!);
      range.setStart(first, first.nodeValue!.indexOf(start!) + 5);
      const last = find(end!);
      range.setEnd(last, last.nodeValue!.indexOf(end!) + 10);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [from, to],
  );
