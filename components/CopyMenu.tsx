/**
 * Copy text / Markdown / with citation. The default format (a setting) is the primary button; the
 * order never changes, so the buttons stay where the hand expects them. Results go to the caller's
 * live region.
 */
import { useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import { buildCopyText, type CitationLabels } from '@/utils/copy/copy-text';
import { writeClipboard } from '@/utils/copy/write-clipboard';
import { errorMessage } from '@/utils/error-message';
import { t, type MessageKey } from '@/utils/i18n';
import type { CopyFormat, Settings } from '@/utils/settings';
import type { StatusMessage } from './StatusLine';

const FORMATS: readonly { format: CopyFormat; label: MessageKey; done: MessageKey; testId: string }[] = [
  { format: 'text', label: 'copyText', done: 'copiedText', testId: 'copy-text' },
  { format: 'markdown', label: 'copyMarkdown', done: 'copiedMarkdown', testId: 'copy-markdown' },
  { format: 'citation', label: 'copyCitation', done: 'copiedCitation', testId: 'copy-citation' },
];

export function citationLabels(): CitationLabels {
  return {
    title: t('citeTitle'),
    outlet: t('citeOutlet'),
    author: t('citeAuthor'),
    date: t('citeDate'),
    url: t('citeUrl'),
    source: t('citeSource'),
  };
}

export interface CopyMenuProps {
  article: Article;
  settings: Settings;
  onStatus: (status: StatusMessage) => void;
  /** Where a selection-based fallback may put its temporary textarea (the reader's shadow root). */
  fallbackContainer?: () => Element | null;
}

export function CopyMenu({ article, settings, onStatus, fallbackContainer }: CopyMenuProps) {
  const [busy, setBusy] = useState<CopyFormat | null>(null);
  const copy = async (entry: (typeof FORMATS)[number]) => {
    setBusy(entry.format);
    try {
      const text = await buildCopyText(article, entry.format, { captions: settings.copyCaptions, labels: citationLabels() });
      const outcome = await writeClipboard(text, fallbackContainer?.());
      onStatus(
        outcome.ok
          ? { kind: 'success', text: t(entry.done, String(text.length)) }
          : { kind: 'error', text: t('copyFailed', outcome.reason) },
      );
    } catch (error) {
      onStatus({ kind: 'error', text: t('copyFailed', errorMessage(error)) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <div class="dc-copy" role="group" aria-label={t('copyGroup')}>
      {FORMATS.map((entry) => (
        <button
          key={entry.format}
          type="button"
          class="dc-button"
          data-testid={entry.testId}
          data-primary={entry.format === settings.copyFormat ? 'true' : undefined}
          aria-busy={busy === entry.format ? 'true' : undefined}
          onClick={() => void copy(entry)}
        >
          {t(entry.label)}
        </button>
      ))}
    </div>
  );
}
