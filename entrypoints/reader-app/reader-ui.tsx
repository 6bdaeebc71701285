/**
 * The reader overlay: a `<declutter-reader>` element with a shadow root (createShadowRootUi),
 * mounted at the end of <html> only while open. That element is the only thing we add to the page;
 * everything else the reader changes (scroll lock, scroll position, paused media, focus) is undone
 * by freezePage's restore on close. CSS is passed inline: no fetch, no web-accessible resource, so
 * it works the same after on-demand injection into any site.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import TOKENS_CSS from '@/components/tokens.css?inline';
import COMPONENTS_CSS from '@/components/components.css?inline';
import CONTROLS_CSS from '@/components/controls.css?inline';
import REMOVED_CSS from '@/components/removed.css?inline';
import SPEECH_CSS from '@/components/speech.css?inline';
import EDIT_CSS from '@/components/edit.css?inline';
import { scrollToSection } from '@/components/use-current-section';
import type { ExtractResult } from '@/utils/article';
import { sendMessage } from '@/utils/messaging';
import { freezePage } from '@/utils/reader/freeze-page';
import type { ReaderSource, ReaderUi, ReaderUiHandlers } from '@/utils/reader/reader-app-api';
import { READER_TAG } from '@/utils/reader/reader-tag';
import READER_CSS from './reader.css?inline';
import { ReaderApp } from './ReaderApp';

export { READER_TAG };

/**
 * How often an open reader checks that its extension still exists. Reloaded or updated, the
 * extension leaves this script orphaned: nothing tells it, and its storage and i18n calls fail.
 * Checking `ctx.isInvalid` notices (runtime.id is gone) and invalidates the context, which closes
 * the reader and restores the page. Only while open: a closed reader costs the page nothing.
 */
export const ALIVE_CHECK_MS = 1000;

export function createReaderUi(ctx: ContentScriptContext, handlers: ReaderUiHandlers): ReaderUi {
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  let current: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let result: ExtractResult | null = null;
  let source: ReaderSource = 'page';
  let restorePage: (() => void) | null = null;
  let aliveCheck: ReturnType<typeof setInterval> | undefined;

  const draw = (container: HTMLElement) => {
    if (!result) return;
    render(
      <ReaderApp
        result={result}
        source={source}
        onClose={close}
        onForce={handlers.onForce}
        onPrint={(article) => sendMessage('openPrintView', { article })}
      />,
      container,
    );
  };

  /** Esc while focus is somehow outside the reader (inside it, ReaderApp handles keys). */
  const onWindowKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && event.target !== current?.shadowHost) {
      event.preventDefault();
      close();
    }
  };

  const createUi = () =>
    createShadowRootUi(ctx, {
      name: READER_TAG,
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      css: [TOKENS_CSS, COMPONENTS_CSS, CONTROLS_CSS, REMOVED_CSS, SPEECH_CSS, EDIT_CSS, READER_CSS].join('\n'),
      // The page's keyboard shortcuts must not fire while the user types or scrolls in the reader.
      isolateEvents: true,
      onMount: (container) => {
        draw(container);
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });

  async function open(next: ExtractResult, from: ReaderSource = 'page'): Promise<void> {
    result = next;
    source = from;
    ui ??= createUi();
    const instance = await ui;
    current = instance;
    if (restorePage) {
      draw(instance.uiContainer);
      return;
    }
    if (ctx.isInvalid) return;
    restorePage = freezePage(window);
    instance.mount();
    window.addEventListener('keydown', onWindowKey, true);
    // isInvalid invalidates the context when the extension is gone; onInvalidated(close) runs.
    aliveCheck = setInterval(() => void ctx.isInvalid, ALIVE_CHECK_MS);
  }

  function close(): void {
    if (!restorePage) return;
    clearInterval(aliveCheck);
    window.removeEventListener('keydown', onWindowKey, true);
    const restore = restorePage;
    restorePage = null;
    // The page comes back as it was even if taking the overlay down fails.
    try {
      current?.remove();
    } finally {
      restore();
    }
  }

  // An invalidated script (extension reloaded, or a newer injection took over) leaves the page as found.
  ctx.onInvalidated(close);

  return {
    get isOpen() {
      return restorePage !== null;
    },
    open,
    close,
    scrollTo(id) {
      const scroller = current?.shadow.querySelector<HTMLElement>('.dc-reader__scroller') ?? null;
      return restorePage !== null && scrollToSection(scroller, id);
    },
  };
}
