/**
 * The popup's second row: "always open this site in reader mode", "read the selection" (when the
 * page has one), and keeping the article: the print view and a Markdown file.
 */
import type { StatusMessage } from '@/components/StatusLine';
import type { Article } from '@/utils/article';
import { t } from '@/utils/i18n';
import type { ReaderSiteSwitch } from './use-reader-site';

export interface PageActionsProps {
  site: ReaderSiteSwitch;
  article: Article | null;
  hasSelection: boolean;
  onReadSelection: () => void;
  onPrint: () => void;
  onSaveMarkdown: () => void;
  onStatus: (status: StatusMessage) => void;
}

export function PageActions({ site, article, hasSelection, onReadSelection, onPrint, onSaveMarkdown }: PageActionsProps) {
  const state = site.status?.state;
  const on = state === 'on';
  return (
    <div class="popup__actions" role="group" aria-label={t('pageActions')}>
      <button
        type="button"
        class="dc-button popup__site"
        data-testid="site-toggle"
        data-state={state ?? 'loading'}
        aria-pressed={on ? 'true' : 'false'}
        disabled={site.status === null}
        onClick={site.toggle}
      >
        <span class="popup__check" aria-hidden="true">
          {on ? '✓' : ''}
        </span>
        {t('siteAlways')}
      </button>
      {hasSelection && (
        <button type="button" class="dc-button" data-testid="read-selection" onClick={onReadSelection}>
          {t('readSelection')}
        </button>
      )}
      <span class="popup__spacer" />
      {article && (
        <>
          <button type="button" class="dc-button" data-testid="print-open" onClick={onPrint}>
            {t('printOpen')}
          </button>
          <button type="button" class="dc-button" data-testid="save-markdown" onClick={onSaveMarkdown}>
            {t('saveMarkdown')}
          </button>
        </>
      )}
    </div>
  );
}
