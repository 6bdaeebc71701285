/** The popup's action row: reader mode (with its on/off state), the copy buttons, settings. */
import { browser } from 'wxt/browser';
import { CopyMenu } from '@/components/CopyMenu';
import type { StatusMessage } from '@/components/StatusLine';
import type { Article } from '@/utils/article';
import { t } from '@/utils/i18n';
import type { ReaderState } from '@/utils/messaging';
import type { Settings } from '@/utils/settings';

export interface ToolbarProps {
  article: Article | null;
  reader: ReaderState | null;
  settings: Settings;
  onToggleReader: () => void;
  onStatus: (status: StatusMessage) => void;
}

export function Toolbar({ article, reader, settings, onToggleReader, onStatus }: ToolbarProps) {
  const open = reader?.open === true;
  return (
    <header class="popup__toolbar">
      <button
        type="button"
        class="dc-button popup__reader"
        data-testid="reader-toggle"
        data-state={open ? 'on' : 'off'}
        aria-pressed={open ? 'true' : 'false'}
        disabled={!article}
        onClick={onToggleReader}
      >
        <span class="popup__reader-label">{t('readerMode')}</span>
        <span class="popup__pill" aria-hidden="true">
          {open ? t('stateOn') : t('stateOff')}
        </span>
      </button>
      {article ? <CopyMenu article={article} settings={settings} onStatus={onStatus} /> : <span class="popup__spacer" />}
      <button
        type="button"
        class="dc-button popup__options"
        aria-label={t('openOptions')}
        title={t('openOptions')}
        onClick={() => void browser.runtime.openOptionsPage()}
      >
        <span aria-hidden="true">⚙</span>
      </button>
    </header>
  );
}
