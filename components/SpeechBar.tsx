/**
 * The reader's read-aloud buttons: previous paragraph, play / pause, stop, next paragraph. The
 * keys (P, S, comma, period; by key position, so they work with a Hangul input mode too) are
 * announced with aria-keyshortcuts and in each tooltip.
 */
import { t } from '@/utils/i18n';
import type { NarratorStatus } from '@/utils/speech/narrator';

/** Reader keys by `KeyboardEvent.code`: the same physical keys whatever the input language. */
export const SPEECH_KEYS: Readonly<Record<string, 'toggle' | 'stop' | 'previous' | 'next'>> = {
  KeyP: 'toggle',
  KeyS: 'stop',
  Comma: 'previous',
  Period: 'next',
};

/** Media-control glyphs as SVG: Hangul fonts lack ⏮ ⏹ ⏭, which would show as empty boxes. */
const ICONS = {
  previous: 'M6 5h2v14H6zM20 5v14L9 12z',
  play: 'M7 5v14l12-7z',
  pause: 'M6 5h4v14H6zM14 5h4v14h-4z',
  stop: 'M6 6h12v12H6z',
  next: 'M16 5h2v14h-2zM4 5v14l11-7z',
} as const;

function Icon({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg class="dc-speech__glyph" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={ICONS[name]} fill="currentColor" />
    </svg>
  );
}

export interface SpeechBarProps {
  status: NarratorStatus;
  onToggle: () => void;
  onStop: () => void;
  onPrevious: () => void;
  onNext: () => void;
}

export function SpeechBar({ status, onToggle, onStop, onPrevious, onNext }: SpeechBarProps) {
  const idle = status === 'idle';
  const playing = status === 'playing';
  const label = playing ? t('speechPause') : status === 'paused' ? t('speechResume') : t('speechPlay');
  return (
    <div class="dc-speech" role="group" aria-label={t('speechGroup')} data-status={status} data-testid="speech-bar">
      <button
        type="button"
        class="dc-button dc-speech__icon"
        data-testid="speech-previous"
        disabled={idle}
        aria-label={t('speechPrevious')}
        title={`${t('speechPrevious')} (,)`}
        aria-keyshortcuts=","
        onClick={onPrevious}
      >
        <Icon name="previous" />
      </button>
      <button
        type="button"
        class="dc-button dc-speech__play"
        data-testid="speech-toggle"
        aria-pressed={playing ? 'true' : 'false'}
        title={`${label} (P)`}
        aria-keyshortcuts="P"
        onClick={onToggle}
      >
        <Icon name={playing ? 'pause' : 'play'} /> {label}
      </button>
      <button
        type="button"
        class="dc-button dc-speech__icon"
        data-testid="speech-stop"
        disabled={idle}
        aria-label={t('speechStop')}
        title={`${t('speechStop')} (S)`}
        aria-keyshortcuts="S"
        onClick={onStop}
      >
        <Icon name="stop" />
      </button>
      <button
        type="button"
        class="dc-button dc-speech__icon"
        data-testid="speech-next"
        disabled={idle}
        aria-label={t('speechNext')}
        title={`${t('speechNext')} (.)`}
        aria-keyshortcuts="."
        onClick={onNext}
      >
        <Icon name="next" />
      </button>
    </div>
  );
}
