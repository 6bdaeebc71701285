/**
 * Which voice reads an article: one for the article's language (a Korean voice for a Korean
 * article), on the device unless the user allowed network voices (`localService` false: the
 * browser sends the text to a speech service), the user's choice for that language when it is
 * still allowed, else the best match: the language's main region (ko-KR), then the browser's
 * default voice, then the first.
 */

/** The parts of SpeechSynthesisVoice used here (a plain object in tests). */
export interface VoiceLike {
  name: string;
  lang: string;
  voiceURI: string;
  localService: boolean;
  default: boolean;
}

/** `ko-KR` → `ko`; empty for an unknown language (`und`, ''). */
export function primaryLanguage(lang: string): string {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) && primary !== 'und' ? primary : '';
}

/** The region a language is usually read in, for the tie-break between voices. */
const MAIN_REGION: Readonly<Record<string, string>> = { ko: 'kr', en: 'us', ja: 'jp', zh: 'cn', de: 'de', fr: 'fr', es: 'es' };

function rank(voice: VoiceLike, primary: string): number {
  const region = voice.lang.toLowerCase().split(/[-_]/)[1];
  return (region === MAIN_REGION[primary] ? 0 : 4) + (voice.default ? 0 : 2) + (voice.localService ? 0 : 1);
}

/** Voices for `lang`, best first; network voices only when `allowNetwork`. */
export function voicesForLanguage<V extends VoiceLike>(voices: readonly V[], lang: string, allowNetwork: boolean): V[] {
  const primary = primaryLanguage(lang);
  if (!primary) return [];
  return voices
    .filter((voice) => primaryLanguage(voice.lang) === primary && (allowNetwork || voice.localService))
    .map((voice, index) => ({ voice, index }))
    .sort((a, b) => rank(a.voice, primary) - rank(b.voice, primary) || a.index - b.index)
    .map(({ voice }) => voice);
}

export interface VoiceChoice {
  /** The voiceURI the user chose for this language, if any. */
  preferred?: string;
  allowNetwork: boolean;
}

export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string, choice: VoiceChoice): V | null {
  const candidates = voicesForLanguage(voices, lang, choice.allowNetwork);
  return candidates.find((voice) => voice.voiceURI === choice.preferred) ?? candidates[0] ?? null;
}

/** Why no voice reads `lang`: none at all, or only network voices while those are off. */
export function missingVoiceReason(voices: readonly VoiceLike[], lang: string): 'none' | 'network-only' {
  return voicesForLanguage(voices, lang, true).length > 0 ? 'network-only' : 'none';
}
