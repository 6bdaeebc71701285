/**
 * Read-aloud preferences: the voice for a language (the device's voices; network voices only once
 * the user allows them, with a plain warning), and the speed. In the reader's settings panel (for
 * the article's language) and on the options page. The voice list is read only while this is shown.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '@/utils/i18n';
import { LIMITS, type Settings } from '@/utils/settings';
import { languageName } from '@/utils/speech/article-language';
import { speechEngine } from '@/utils/speech/load-voices';
import { primaryLanguage, voicesForLanguage } from '@/utils/speech/voices';
import { Stepper } from './ReaderControls';

function useVoices(): SpeechSynthesisVoice[] | null {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[] | null>(null);
  useEffect(() => {
    const synth = speechEngine();
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}

export interface SpeechControlsProps {
  settings: Settings;
  /** The language whose voice is chosen (the article's, or Korean on the options page). */
  lang: string;
  onChange: (patch: Partial<Settings>) => void;
}

export function SpeechControls({ settings, lang, onChange }: SpeechControlsProps) {
  const voices = useVoices();
  const primary = primaryLanguage(lang) || 'ko';
  const name = languageName(primary, uiLanguage());
  const candidates = voicesForLanguage(voices ?? [], primary, settings.speechNetwork);
  const chosen = settings.speechVoices[primary] ?? '';
  const pick = (voiceURI: string) => {
    const next = { ...settings.speechVoices };
    if (voiceURI) next[primary] = voiceURI;
    else delete next[primary];
    onChange({ speechVoices: next });
  };
  return (
    <div class="dc-controls dc-speech-controls" data-testid="speech-controls">
      <label class="dc-control">
        <span class="dc-control__label">{t('speechVoiceFor', name)}</span>
        <select
          class="dc-select"
          value={candidates.some((voice) => voice.voiceURI === chosen) ? chosen : ''}
          onChange={(event) => pick(event.currentTarget.value)}
        >
          <option value="">{t('speechVoiceAuto')}</option>
          {candidates.map((voice) => (
            <option key={voice.voiceURI} value={voice.voiceURI}>
              {voice.localService ? voice.name : `${voice.name} (${t('speechVoiceOnline')})`}
            </option>
          ))}
        </select>
        {voices !== null && candidates.length === 0 && <span class="dc-control__note">{t('speechNoVoice', name)}</span>}
      </label>
      <Stepper
        label={t('speechRate')}
        value={settings.speechRate}
        range={LIMITS.speechRate}
        format={(value) => `${value.toFixed(1)}×`}
        lessLabel={t('speechRateLess')}
        moreLabel={t('speechRateMore')}
        onStep={(speechRate) => onChange({ speechRate })}
      />
      <label class="dc-check">
        <input
          type="checkbox"
          checked={settings.speechNetwork}
          onChange={(event) => onChange({ speechNetwork: event.currentTarget.checked })}
        />
        <span>{t('speechNetworkLabel')}</span>
      </label>
      <p class="dc-control__note" data-kind="warning">
        {t('speechNetworkWarning')}
      </p>
    </div>
  );
}
