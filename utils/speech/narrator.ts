/**
 * Reading aloud, as a small state machine over paragraphs of sentences: one utterance per
 * sentence, queued one after another (the next is spoken when the last ends), so the position is
 * always exact. Pause cancels and remembers the sentence, and play starts that sentence again:
 * `speechSynthesis.pause()` is unreliable across engines (some ignore it, some stop for good). Events
 * of an utterance that was cancelled (stop, skip, pause) are ignored by their generation number.
 * No DOM here: the reader maps positions to its text (utils/speech/reading-units.ts).
 */

/** The part of `speechSynthesis` used here (a fake in tests). */
export interface SpeechApi {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
}

export type NarratorStatus = 'idle' | 'playing' | 'paused';

export interface NarratorPosition {
  paragraph: number;
  sentence: number;
}

export interface NarratorState {
  status: NarratorStatus;
  /** The sentence being read (or paused on); null when idle. */
  position: NarratorPosition | null;
}

export interface NarratorOptions {
  synth: SpeechApi;
  /** `new SpeechSynthesisUtterance(text)`, injectable. */
  createUtterance: (text: string) => SpeechSynthesisUtterance;
  voice: SpeechSynthesisVoice | null;
  lang: string;
  rate: number;
  onChange: (state: NarratorState) => void;
  /** The engine failed (`synthesis-failed`, `not-allowed`, …); reading has stopped. */
  onError: (error: string) => void;
  /** The last sentence was read. */
  onFinish?: () => void;
}

export interface Narrator {
  readonly state: NarratorState;
  /** Starts at `from` (default: where it was paused, else the first paragraph). */
  play(from?: number): void;
  pause(): void;
  toggle(from?: number): void;
  stop(): void;
  next(): void;
  previous(): void;
  /** Takes effect from the next sentence. */
  setRate(rate: number): void;
  setVoice(voice: SpeechSynthesisVoice | null): void;
}

/** Errors of a cancelled utterance: our own stop, skip or pause. */
const CANCELLED = new Set(['interrupted', 'canceled']);

export function createNarrator(paragraphs: readonly (readonly string[])[], options: NarratorOptions): Narrator {
  let state: NarratorState = { status: 'idle', position: null };
  let generation = 0;
  let { rate, voice } = options;

  const set = (next: NarratorState) => {
    state = next;
    options.onChange(state);
  };
  /** The first sentence at or after `position`, skipping empty paragraphs; null past the end. */
  const settle = (position: NarratorPosition): NarratorPosition | null => {
    let { paragraph, sentence } = position;
    while (paragraph < paragraphs.length && sentence >= (paragraphs[paragraph]?.length ?? 0)) {
      paragraph++;
      sentence = 0;
    }
    return paragraph < paragraphs.length && paragraph >= 0 ? { paragraph, sentence } : null;
  };
  const silence = () => {
    generation++;
    options.synth.cancel();
  };

  const speak = (position: NarratorPosition) => {
    const ticket = ++generation;
    const utterance = options.createUtterance(paragraphs[position.paragraph]![position.sentence]!);
    utterance.lang = voice?.lang || options.lang;
    if (voice) utterance.voice = voice;
    utterance.rate = rate;
    utterance.onend = () => {
      if (ticket !== generation) return;
      const next = settle({ paragraph: position.paragraph, sentence: position.sentence + 1 });
      if (next) speak(next);
      else {
        set({ status: 'idle', position: null });
        options.onFinish?.();
      }
    };
    utterance.onerror = (event) => {
      if (ticket !== generation || CANCELLED.has(event.error)) return;
      generation++;
      set({ status: 'idle', position: null });
      options.onError(event.error);
    };
    set({ status: 'playing', position });
    options.synth.speak(utterance);
  };

  /** Moves to the start of the next non-empty paragraph from `index` in `direction`, reading on if it was reading. */
  const jump = (index: number, direction: 1 | -1) => {
    if (!state.position) return;
    let paragraph = index;
    while (paragraph >= 0 && paragraph < paragraphs.length && (paragraphs[paragraph]?.length ?? 0) === 0) paragraph += direction;
    if (paragraph < 0 || paragraph >= paragraphs.length) paragraph = direction === -1 ? 0 : state.position.paragraph;
    const target = settle({ paragraph, sentence: 0 });
    if (!target) return;
    if (state.status === 'playing') {
      silence();
      speak(target);
    } else set({ status: state.status, position: target });
  };

  const narrator: Narrator = {
    get state() {
      return state;
    },
    play(from) {
      const start = from !== undefined ? { paragraph: from, sentence: 0 } : (state.position ?? { paragraph: 0, sentence: 0 });
      const position = settle(start);
      if (!position) return;
      silence();
      speak(position);
    },
    pause() {
      if (state.status !== 'playing') return;
      silence();
      set({ status: 'paused', position: state.position });
    },
    toggle(from) {
      if (state.status === 'playing') narrator.pause();
      else narrator.play(state.status === 'paused' ? undefined : from);
    },
    stop() {
      if (state.status === 'idle') return;
      silence();
      set({ status: 'idle', position: null });
    },
    next: () => jump((state.position?.paragraph ?? -1) + 1, 1),
    previous: () => jump((state.position?.paragraph ?? 1) - 1, -1),
    setRate(value) {
      rate = value;
    },
    setVoice(value) {
      voice = value;
    },
  };
  return narrator;
}
