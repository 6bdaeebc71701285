/**
 * The options page: the reader's typography (same controls as in the reader, with a live preview),
 * auto-open on rule articles, the sites always opened in reader mode, read aloud, and copy
 * preferences. Every change is saved at once and applied live
 * in open popups and readers.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ReaderControls } from '@/components/ReaderControls';
import { SpeechControls } from '@/components/SpeechControls';
import { useSettings } from '@/components/use-settings';
import { t, type MessageKey } from '@/utils/i18n';
import { COPY_FORMATS, typographyStyle, type CopyFormat } from '@/utils/settings';
import { ReaderSites } from './ReaderSites';

const FORMAT_LABELS: Readonly<Record<CopyFormat, MessageKey>> = {
  text: 'copyText',
  markdown: 'copyMarkdown',
  citation: 'copyCitation',
};

/** The shortcut the user actually has (they may have changed or removed it in the browser). */
function useShortcut(): string | null {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((command) => command.name === 'toggle-reader')?.shortcut || null))
      .catch(() => setShortcut(null));
  }, []);
  return shortcut;
}

export function Options() {
  const { settings, loaded, update } = useSettings();
  const shortcut = useShortcut();
  return (
    <div
      class="dc-root options"
      data-theme={settings.theme}
      style={typographyStyle(settings)}
      aria-busy={loaded ? undefined : 'true'}
    >
      <header class="options__head">
        <h1>{t('optionsTitle')}</h1>
        <p>{t('optionsIntro')}</p>
      </header>
      <section class="options__section" aria-labelledby="reading">
        <h2 id="reading">{t('optionsReading')}</h2>
        <div class="options__reading">
          <ReaderControls settings={settings} onChange={update} />
          <figure class="options__preview" aria-label={t('optionsPreview')}>
            <div class="dc-article" lang="ko">
              <p class="dc-title">{t('previewTitle')}</p>
              <div class="dc-body">
                <p>{t('previewBody')}</p>
              </div>
            </div>
          </figure>
        </div>
      </section>
      <section class="options__section" aria-labelledby="auto">
        <h2 id="auto">{t('optionsAuto')}</h2>
        <label class="options__check">
          <input
            type="checkbox"
            checked={settings.autoOpen}
            onChange={(event) => update({ autoOpen: event.currentTarget.checked })}
          />
          <span>{t('autoOpenLabel')}</span>
        </label>
        <p class="options__hint">{shortcut ? t('shortcutHint', shortcut) : t('shortcutNone')}</p>
      </section>
      <ReaderSites hash={location.hash} />
      <section class="options__section" aria-labelledby="speech">
        <h2 id="speech">{t('speechTitle')}</h2>
        <p class="options__hint options__hint--top">{t('optionsSpeechIntro')}</p>
        <div class="options__speech">
          <SpeechControls settings={settings} lang="ko" onChange={update} />
        </div>
      </section>
      <section class="options__section" aria-labelledby="copy">
        <h2 id="copy">{t('optionsCopy')}</h2>
        <fieldset class="options__fieldset">
          <legend>{t('copyFormatLabel')}</legend>
          {COPY_FORMATS.map((format) => (
            <label key={format} class="options__check">
              <input
                type="radio"
                name="copyFormat"
                value={format}
                checked={settings.copyFormat === format}
                onChange={() => update({ copyFormat: format })}
              />
              <span>{t(FORMAT_LABELS[format])}</span>
            </label>
          ))}
        </fieldset>
        <label class="options__check">
          <input
            type="checkbox"
            checked={settings.copyCaptions}
            onChange={(event) => update({ copyCaptions: event.currentTarget.checked })}
          />
          <span>{t('copyCaptionsLabel')}</span>
        </label>
      </section>
      <p class="options__hint">{t('optionsSavedHint')}</p>
    </div>
  );
}
