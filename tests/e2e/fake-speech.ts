/**
 * A speech engine for the extension's isolated world, where the reader looks up `speechSynthesis`
 * and `SpeechSynthesisUtterance`: defining them there changes nothing for the page, whose world
 * has its own. It records what the reader asks (`globalThis.__fakeSpeech.calls`) and `end()` ends
 * the utterance being spoken, as an engine would. Used by reading-features.test.ts and
 * scripts/screenshots.ts. Evaluate the returned expression with ExtensionWorld.evaluate.
 */
export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
}

/** A network Korean voice (the browser's default), a local Korean one and a local English one. */
export const FAKE_VOICES: readonly FakeVoice[] = [
  { name: 'Google 한국의', lang: 'ko-KR', localService: false, default: true },
  { name: 'Yuna', lang: 'ko-KR', localService: true },
  { name: 'Samantha', lang: 'en-US', localService: true },
];

export function fakeSpeechScript(voices: readonly FakeVoice[] = FAKE_VOICES): string {
  return `(() => {
    const voices = ${JSON.stringify(voices)}.map((voice) => ({ default: false, ...voice, voiceURI: voice.name }));
    // The engine's own properties, kept once so that REMOVE_FAKE_SPEECH can put them back.
    globalThis.__realSpeech ??= ['speechSynthesis', 'SpeechSynthesisUtterance'].map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]);
    const state = (globalThis.__fakeSpeech = { calls: [], current: null });
    state.end = () => { const u = state.current; state.current = null; if (u && u.onend) u.onend({}); };
    const engine = {
      getVoices: () => voices,
      speak(u) { state.current = u; state.calls.push({ type: 'speak', text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null, rate: u.rate }); },
      cancel() { state.calls.push({ type: 'cancel' }); const u = state.current; state.current = null; if (u && u.onerror) u.onerror({ error: 'interrupted' }); },
      addEventListener() {}, removeEventListener() {},
    };
    class Utterance { constructor(text) { this.text = text; this.lang = ''; this.rate = 1; this.voice = null; this.onend = null; this.onerror = null; } }
    Object.defineProperty(globalThis, 'speechSynthesis', { configurable: true, get: () => engine });
    Object.defineProperty(globalThis, 'SpeechSynthesisUtterance', { configurable: true, value: Utterance });
    return true;
  })()`;
}

export const REMOVE_FAKE_SPEECH = `((globalThis.__realSpeech ?? []).forEach(([name, descriptor]) => Object.defineProperty(globalThis, name, descriptor)), delete globalThis.__fakeSpeech, true)`;
