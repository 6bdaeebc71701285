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
import { scrollToSection } from '@/components/use-current-section';
import type { ExtractResult } from '@/utils/article';
import { freezePage } from '@/utils/reader/freeze-page';
import type { ReaderUi, ReaderUiHandlers } from '@/utils/reader/reader-app-api';
import READER_CSS from './reader.css?inline';
import { ReaderApp } from './ReaderApp';

export const READER_TAG = 'declutter-reader';

export function createReaderUi(ctx: ContentScriptContext, handlers: ReaderUiHandlers): ReaderUi {
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  let current: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let result: ExtractResult | null = null;
  let restorePage: (() => void) | null = null;

  const draw = (container: HTMLElement) => {
    if (result) render(<ReaderApp result={result} onClose={close} onForce={handlers.onForce} />, container);
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
      css: [TOKENS_CSS, COMPONENTS_CSS, CONTROLS_CSS, REMOVED_CSS, READER_CSS].join('\n'),
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

  async function open(next: ExtractResult): Promise<void> {
    result = next;
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
  }

  function close(): void {
    if (!restorePage) return;
    window.removeEventListener('keydown', onWindowKey, true);
    current?.remove();
    const restore = restorePage;
    restorePage = null;
    restore();
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
