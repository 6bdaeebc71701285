/**
 * The in-page reader: the same ArticleView and Outline as the popup, with a sidebar that follows the
 * section being read (or read aloud), copy buttons, read aloud, removing blocks by hand, the print
 * view, typography settings and "what was removed". Esc closes (or first closes an open side
 * panel); Tab stays inside the dialog; P / S / , / . drive reading aloud; Ctrl+P opens the print view.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ArticleView } from '@/components/ArticleView';
import { CopyMenu } from '@/components/CopyMenu';
import { blockLabel, EditableBody } from '@/components/EditableBody';
import { Outline } from '@/components/Outline';
import { ReaderControls } from '@/components/ReaderControls';
import { RemovedPanel, RestoredBlocks } from '@/components/RemovedPanel';
import { SPEECH_KEYS, SpeechBar } from '@/components/SpeechBar';
import { SpeechControls } from '@/components/SpeechControls';
import { SpeechHighlight } from '@/components/SpeechHighlight';
import { StatusLine, useTransientStatus } from '@/components/StatusLine';
import { useBlockEdits } from '@/components/use-block-edits';
import { scrollToSection, useCurrentSection } from '@/components/use-current-section';
import { useNarrator } from '@/components/use-narrator';
import { useReadingPosition } from '@/components/use-reading-position';
import { useSettings } from '@/components/use-settings';
import type { Article, ExtractResult } from '@/utils/article';
import { t, uiLanguage } from '@/utils/i18n';
import type { ReaderSource } from '@/utils/reader/reader-app-api';
import { typographyStyle } from '@/utils/settings';
import { articleLanguage } from '@/utils/speech/article-language';
import { ReaderPanel, type PanelKind } from './ReaderPanel';
import { trapTab } from './trap-tab';

export interface ReaderAppProps {
  result: ExtractResult;
  /** The page read by the pipeline, or the user's selection. */
  source?: ReaderSource;
  onClose: () => void;
  /** "Try anyway" for a page the pipeline did not take for an article. */
  onForce: () => void;
  /** Opens the print view with the article as shown (blocks removed by hand stay out). */
  onPrint?: (article: Article) => Promise<void>;
}

/** Keys typed into a control are the control's, not the reader's shortcuts. */
const isTyping = (target: EventTarget | null) => target instanceof Element && target.closest('input, select, textarea') !== null;

export function ReaderApp({ result, source = 'page', onClose, onForce, onPrint }: ReaderAppProps) {
  const { settings, update } = useSettings();
  const [panel, setPanel] = useState<PanelKind | null>(null);
  const [status, setStatus] = useTransientStatus();
  const [shown, setShown] = useState<ReadonlySet<number>>(new Set());
  const [editing, setEditing] = useState(false);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [column, setColumn] = useState<HTMLElement | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const article = result.status === 'ok' ? result.article : null;
  const edits = useBlockEdits(article);
  const visible = edits.shown ?? article;
  const outline = useMemo(() => visible?.outline ?? [], [visible]);
  const scrolled = useCurrentSection(scroller, outline);
  const speech = useNarrator({ column, scroller, article, outline, settings, bodyKey: edits.removed, onStatus: setStatus });
  const current = speech.section ?? scrolled;
  useReadingPosition(scroller, article && source === 'page' ? article.url : null);

  // A new article (SPA navigation, the selection) starts at the top with nothing shown back.
  useEffect(() => {
    setShown(new Set());
    setEditing(false);
    if (scroller) scroller.scrollTop = 0;
  }, [article, scroller]);
  // Keyboard focus moves into the reader, so keys scroll it and not the page behind. No focus ring
  // for this programmatic focus (`focusVisible`, not yet in TS's DOM types); Tab shows it as usual.
  useEffect(() => {
    const target = scroller ?? root.current?.querySelector<HTMLElement>('.dc-reader__close');
    target?.focus({ preventScroll: true, focusVisible: false } as FocusOptions);
  }, [scroller]);

  const print = () => {
    if (!visible || !onPrint) return;
    onPrint(visible).then(
      () => setStatus({ kind: 'success', text: t('printOpened') }),
      (error: unknown) => setStatus({ kind: 'error', text: t('printFailed', String(error)) }),
    );
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (panel) setPanel(null);
      else onClose();
    } else if (event.key === 'Tab' && root.current) {
      trapTab(event, root.current);
    } else if ((event.ctrlKey || event.metaKey) && !event.altKey && event.code === 'KeyP' && visible) {
      // The browser would print the page behind the overlay: print the article instead.
      event.preventDefault();
      print();
    } else if (
      article &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey &&
      !event.shiftKey &&
      !isTyping(event.target) &&
      SPEECH_KEYS[event.code]
    ) {
      event.preventDefault();
      speech[SPEECH_KEYS[event.code]!]();
    }
  };
  const toggleShown = (index: number) =>
    setShown((previous) => {
      const next = new Set(previous);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  const togglePanel = (kind: PanelKind) => setPanel((open) => (open === kind ? null : kind));
  const byHand = Array.from(edits.removed)
    .sort((a, b) => a - b)
    .filter((index) => edits.blocks[index])
    .map((index) => ({ index, label: blockLabel(edits.blocks[index]!) }));
  const removedCount = (article?.removed.length ?? 0) + byHand.length;

  return (
    <div
      ref={root}
      class="dc-root dc-reader"
      data-theme={settings.theme}
      data-panel={panel ?? undefined}
      data-source={source}
      lang={uiLanguage()}
      style={typographyStyle(settings)}
      role="dialog"
      aria-modal="true"
      aria-label={article ? t('readerLabelNamed', article.title) : t('readerLabel')}
      onKeyDown={onKeyDown}
    >
      <header class="dc-reader__bar">
        <span class="dc-reader__brand">{t('extShortName')}</span>
        {source === 'selection' && <span class="dc-reader__badge">{t('selectionBadge')}</span>}
        <StatusLine status={status} />
        <div class="dc-reader__actions">
          {visible && (
            <CopyMenu article={visible} settings={settings} onStatus={setStatus} fallbackContainer={() => root.current} />
          )}
          {article && (
            <SpeechBar
              status={speech.status}
              onToggle={speech.toggle}
              onStop={speech.stop}
              onPrevious={speech.previous}
              onNext={speech.next}
            />
          )}
          {article && (
            <button
              type="button"
              class="dc-button"
              data-testid="edit-toggle"
              aria-pressed={editing ? 'true' : 'false'}
              onClick={() => setEditing((on) => !on)}
            >
              {t('editBlocks')}
            </button>
          )}
          {article && onPrint && (
            <button
              type="button"
              class="dc-button"
              data-testid="print-open"
              title={`${t('printOpen')} (Ctrl+P)`}
              aria-keyshortcuts="Control+P"
              onClick={print}
            >
              {t('printOpen')}
            </button>
          )}
          <button type="button" class="dc-button" aria-expanded={panel === 'settings'} onClick={() => togglePanel('settings')}>
            {t('settingsButton')}
          </button>
          {article && (
            <button
              type="button"
              class="dc-button"
              data-testid="removed-toggle"
              aria-expanded={panel === 'removed'}
              onClick={() => togglePanel('removed')}
            >
              {t('removedButton', String(removedCount))}
            </button>
          )}
          <button
            type="button"
            class="dc-button dc-reader__close"
            aria-label={t('closeReader')}
            title={t('closeReader')}
            onClick={onClose}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      </header>
      <div class="dc-reader__layout">
        {article && (
          <aside class="dc-reader__sidebar">
            <Outline items={outline} current={current} onSelect={(item) => scrollToSection(scroller, item.id)} />
          </aside>
        )}
        <div class="dc-reader__scroller dc-scroll-region" ref={setScroller} tabIndex={0} aria-label={t('articleRegion')}>
          {article ? (
            <div class="dc-reader__column" ref={setColumn}>
              <SpeechHighlight marks={speech.marks} sentence={speech.sentence} />
              <ArticleView
                article={article}
                body={
                  edits.blocks.length > 0 ? (
                    <EditableBody blocks={edits.blocks} removed={edits.removed} editing={editing} onToggle={edits.toggle} />
                  ) : undefined
                }
              >
                <RestoredBlocks removed={article.removed} shown={shown} />
              </ArticleView>
            </div>
          ) : (
            <div class="dc-reader__message">
              <h1>{t('notArticleTitle')}</h1>
              <p>{result.status === 'not-article' ? result.reason : ''}</p>
              <button type="button" class="dc-button" data-primary="true" onClick={onForce}>
                {t('tryAnyway')}
              </button>
            </div>
          )}
        </div>
        {panel && (
          <ReaderPanel kind={panel} onClose={() => setPanel(null)}>
            {panel === 'settings' ? (
              <>
                <ReaderControls settings={settings} onChange={update} />
                <h3 class="dc-reader__panel-sub">{t('speechTitle')}</h3>
                <SpeechControls
                  settings={settings}
                  lang={article ? articleLanguage(article, uiLanguage()) : uiLanguage()}
                  onChange={update}
                />
              </>
            ) : (
              <RemovedPanel
                removed={article?.removed ?? []}
                shown={shown}
                onToggle={toggleShown}
                byHand={byHand}
                onRestore={edits.toggle}
              />
            )}
          </ReaderPanel>
        )}
      </div>
    </div>
  );
}
