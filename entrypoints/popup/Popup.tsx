/**
 * The popup: the tab's article with its outline, or a clear message for each other state
 * (loading, restricted page, not an article with "try anyway", error). Fits 800×600.
 */
import { useMemo, useState } from 'preact/hooks';
import { ArticleView } from '@/components/ArticleView';
import { Outline } from '@/components/Outline';
import { StatusLine, useTransientStatus, type StatusMessage } from '@/components/StatusLine';
import { scrollToSection, useCurrentSection } from '@/components/use-current-section';
import { useSettings } from '@/components/use-settings';
import { errorMessage } from '@/utils/error-message';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { downloadMarkdown, markdownFileName, markdownFileText } from '@/utils/print/markdown-file';
import { typographyStyle } from '@/utils/settings';
import type { RestrictedKind } from '@/utils/tabs/restricted-url';
import { PageActions } from './PageActions';
import { Toolbar } from './Toolbar';
import { useReaderSite } from './use-reader-site';
import { useTabArticle, type TabArticleState } from './use-tab-article';

const RESTRICTED_TEXT: Readonly<Record<RestrictedKind, MessageKey>> = {
  browser: 'restrictedBrowser',
  store: 'restrictedStore',
  file: 'restrictedFile',
  pdf: 'restrictedPdf',
  closed: 'restrictedClosed',
  'closed-or-file': 'restrictedClosedOrFile',
};

/** The live-region text for states that are not an article on screen. */
function stateStatus(state: TabArticleState): StatusMessage | null {
  switch (state.kind) {
    case 'loading':
      return { kind: 'info', text: t('loading') };
    case 'restricted':
      return { kind: 'info', text: t('restrictedTitle') };
    case 'not-article':
      return { kind: 'info', text: t('notArticleTitle') };
    case 'error':
      return { kind: 'error', text: t('errorTitle') };
    case 'ok':
      return null;
  }
}

interface MessagePanelProps {
  state: Exclude<TabArticleState, { kind: 'ok' }>;
  onRetry: (force: boolean) => void;
}

function MessagePanel({ state, onRetry }: MessagePanelProps) {
  if (state.kind === 'loading') {
    return (
      <div class="popup__message" data-kind="loading" aria-busy="true">
        <span class="popup__spinner" aria-hidden="true" />
        <p>{t('loading')}</p>
      </div>
    );
  }
  const [title, detail, action] =
    state.kind === 'restricted'
      ? [t('restrictedTitle'), t(RESTRICTED_TEXT[state.restricted]), null]
      : state.kind === 'not-article'
        ? [
            t('notArticleTitle'),
            state.reason,
            <button type="button" class="dc-button" data-primary="true" onClick={() => onRetry(true)}>
              {t('tryAnyway')}
            </button>,
          ]
        : [
            t('errorTitle'),
            t('errorDetail', state.message),
            <button type="button" class="dc-button" onClick={() => onRetry(false)}>
              {t('retry')}
            </button>,
          ];
  return (
    <div class="popup__message" data-kind={state.kind}>
      <h1 class="popup__message-title">{title}</h1>
      <p class="popup__message-detail">{detail}</p>
      {action}
    </div>
  );
}

export function Popup() {
  const { settings } = useSettings();
  const tab = useTabArticle();
  const [status, setStatus] = useTransientStatus();
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const article = tab.state.kind === 'ok' ? tab.state.article : null;
  const outline = useMemo(() => article?.outline ?? [], [article]);
  const current = useCurrentSection(scroller, outline);
  const site = useReaderSite(tab.state.kind === 'loading' ? null : (tab.url ?? ''), setStatus);

  const readSelection = () => {
    tab.readSelection().then(
      () => setStatus({ kind: 'success', text: t('readerOpened') }),
      (error: unknown) => setStatus({ kind: 'error', text: t('readerFailed', errorMessage(error)) }),
    );
  };
  const print = () => {
    if (!article) return;
    sendMessage('openPrintView', { article }).catch((error: unknown) =>
      setStatus({ kind: 'error', text: t('printFailed', errorMessage(error)) }),
    );
  };
  const saveMarkdown = () => {
    if (!article) return;
    try {
      const name = markdownFileName(article.title);
      downloadMarkdown(document, name, markdownFileText(article, { url: t('citeUrl'), source: t('citeSource') }));
      setStatus({ kind: 'success', text: t('markdownSaved', name) });
    } catch (error) {
      setStatus({ kind: 'error', text: t('markdownFailed', errorMessage(error)) });
    }
  };

  const toggleReader = () => {
    tab.toggleReader().then(
      (next) => setStatus({ kind: 'success', text: next.open ? t('readerOpened') : t('readerClosed') }),
      (error: unknown) => setStatus({ kind: 'error', text: t('readerFailed', errorMessage(error)) }),
    );
  };
  const jump = (item: { id: string; text: string }) => {
    tab.jumpTo({ id: item.id, text: item.text }).then(
      (found) => setStatus(found ? { kind: 'success', text: t('jumpedInPage') } : { kind: 'error', text: t('jumpNotFound') }),
      (error: unknown) => setStatus({ kind: 'error', text: t('jumpFailed', errorMessage(error)) }),
    );
  };

  return (
    <div
      class="dc-root popup"
      data-theme={settings.theme}
      data-state={tab.state.kind}
      data-toast={status ? 'true' : undefined}
      lang={uiLanguage()}
      style={typographyStyle(settings)}
    >
      <Toolbar article={article} reader={tab.reader} settings={settings} onToggleReader={toggleReader} onStatus={setStatus} />
      {tab.state.kind !== 'loading' && (
        <PageActions
          site={site}
          article={article}
          hasSelection={tab.hasSelection}
          onReadSelection={readSelection}
          onPrint={print}
          onSaveMarkdown={saveMarkdown}
          onStatus={setStatus}
        />
      )}
      <StatusLine status={status ?? stateStatus(tab.state)} />
      {article ? (
        <main class="popup__main">
          <aside class="popup__outline">
            <Outline items={outline} current={current} onSelect={(item) => scrollToSection(scroller, item.id)} onJump={jump} />
          </aside>
          <div class="popup__scroller dc-scroll-region" ref={setScroller} tabIndex={0} aria-label={t('articleRegion')}>
            <ArticleView article={article} />
          </div>
        </main>
      ) : (
        <main class="popup__main popup__main--message">
          <MessagePanel state={tab.state as Exclude<TabArticleState, { kind: 'ok' }>} onRetry={tab.load} />
        </main>
      )}
    </div>
  );
}
