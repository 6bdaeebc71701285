/** The reader's side panel frame (settings, or what was removed), with its own close button. */
import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';

export type PanelKind = 'settings' | 'removed';

export interface ReaderPanelProps {
  kind: PanelKind;
  onClose: () => void;
  children: ComponentChildren;
}

export function ReaderPanel({ kind, onClose, children }: ReaderPanelProps) {
  const title = kind === 'settings' ? t('settingsTitle') : t('removedTitle');
  return (
    <aside class="dc-reader__panel" data-kind={kind} aria-label={title}>
      <div class="dc-reader__panel-head">
        <h2>{title}</h2>
        <button type="button" class="dc-button dc-button--small" aria-label={t('closePanel')} onClick={onClose}>
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      {children}
    </aside>
  );
}
