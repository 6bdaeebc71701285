/**
 * The in-page reader: the same ArticleView and Outline as the popup, with a sidebar that follows the
 * section being read, copy buttons, typography settings and "what was removed". Esc closes (or
 * first closes an open side panel); Tab stays inside the dialog.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ArticleView } from '@/components/ArticleView';
import { CopyMenu } from '@/components/CopyMenu';
import { Outline } from '@/components/Outline';
import { ReaderControls } from '@/components/ReaderControls';
import { RemovedPanel, RestoredBlocks } from '@/components/RemovedPanel';
import { StatusLine, useTransientStatus, type StatusMessage } from '@/components/StatusLine';
import { scrollToSection, useCurrentSection } from '@/components/use-current-section';
import { useSettings } from '@/components/use-settings';
import type { ExtractResult } from '@/utils/article';
import { t, uiLanguage } from '@/utils/i18n';
import { typographyStyle } from '@/utils/settings';
import { ReaderPanel, type PanelKind } from './ReaderPanel';
import { trapTab } from './trap-tab';

export interface ReaderAppProps {
  result: ExtractResult;
  onClose: () => void;
  /** "Try anyway" for a page the pipeline did not take for an article. */
  onForce: () => void;
}

export function ReaderApp({ result, onClose, onForce }: ReaderAppProps) {
  const { settings, update } = useSettings();
  const [panel, setPanel] = useState<PanelKind | null>(null);
  const [status, setStatus] = useTransientStatus();
  const [shown, setShown] = useState<ReadonlySet<number>>(new Set());
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const article = result.status === 'ok' ? result.article : null;
  const outline = useMemo(() => article?.outline ?? [], [article]);
  const current = useCurrentSection(scroller, outline);

  // A new article (SPA navigation) starts at the top with nothing shown back.
  useEffect(() => {
    setShown(new Set());
    if (scroller) scroller.scrollTop = 0;
  }, [article, scroller]);
  // Keyboard focus moves into the reader, so keys scroll it and not the page behind. No focus ring
  // for this programmatic focus (`focusVisible`, not yet in TS's DOM types); Tab shows it as usual.
  useEffect(() => {
    const target = scroller ?? root.current?.querySelector<HTMLElement>('.dc-reader__close');
    target?.focus({ preventScroll: true, focusVisible: false } as FocusOptions);
  }, [scroller]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (panel) setPanel(null);
      else onClose();
    } else if (event.key === 'Tab' && root.current) {
      trapTab(event, root.current);
    }
  };
  const toggleShown = (index: number) =>
    setShown((previous) => {
      const next = new Set(previous);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  const togglePanel = (kind: PanelKind) => setPanel((open) => (open === kind ? null : kind));

  return (
    <div
      ref={root}
      class="dc-root dc-reader"
      data-theme={settings.theme}
      data-panel={panel ?? undefined}
      lang={uiLanguage()}
      style={typographyStyle(settings)}
      role="dialog"
      aria-modal="true"
      aria-label={article ? t('readerLabelNamed', article.title) : t('readerLabel')}
      onKeyDown={onKeyDown}
    >
      <header class="dc-reader__bar">
        <span class="dc-reader__brand">{t('extShortName')}</span>
        <StatusLine status={status} />
        <div class="dc-reader__actions">
          {article && (
            <CopyMenu article={article} settings={settings} onStatus={setStatus} fallbackContainer={() => root.current} />
          )}
          <button type="button" class="dc-button" aria-expanded={panel === 'settings'} onClick={() => togglePanel('settings')}>
            {t('settingsButton')}
          </button>
          {article && (
            <button type="button" class="dc-button" aria-expanded={panel === 'removed'} onClick={() => togglePanel('removed')}>
              {t('removedButton', String(article.removed.length))}
            </button>
          )}
          <button type="button" class="dc-button dc-reader__close" aria-label={t('closeReader')} title={t('closeReader')} onClick={onClose}>
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
            <div class="dc-reader__column">
              <ArticleView article={article}>
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
              <ReaderControls settings={settings} onChange={update} />
            ) : (
              <RemovedPanel removed={article?.removed ?? []} shown={shown} onToggle={toggleShown} />
            )}
          </ReaderPanel>
        )}
      </div>
    </div>
  );
}
