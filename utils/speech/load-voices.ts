/**
 * The device's voices. Chromium fills the list asynchronously: the first getVoices() may be empty
 * until `voiceschanged`; waiting a moment tells "not loaded yet" from "there are none".
 */
export interface VoiceSource {
  getVoices(): SpeechSynthesisVoice[];
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

export const VOICES_WAIT_MS = 1500;

export function loadVoices(synth: VoiceSource, waitMs = VOICES_WAIT_MS): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, waitMs);
    synth.addEventListener('voiceschanged', done);
  });
}

/** The page's speech engine as seen from this world, or null where there is none. */
export function speechEngine(win: Window = window): (SpeechSynthesis & VoiceSource) | null {
  try {
    const synth = (win as Window & { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
    const Utterance = (win as Window & { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance;
    return synth && typeof Utterance === 'function' ? synth : null;
  } catch {
    return null;
  }
}
