/**
 * Read aloud, without a browser engine: sentences, the voice for a language, and the narrator
 * driving a fake `speechSynthesis` (one utterance per sentence; ends, skips, pause, stop, errors).
 */
import { describe, expect, it, vi } from 'vitest';
import { articleLanguage } from '@/utils/speech/article-language';
import { loadVoices } from '@/utils/speech/load-voices';
import { createNarrator, type NarratorState } from '@/utils/speech/narrator';
import { collectReadingUnits, sentenceRange, sentenceText } from '@/utils/speech/reading-units';
import { MAX_SENTENCE_LENGTH, splitSentences } from '@/utils/speech/sentences';
import { missingVoiceReason, pickVoice, primaryLanguage, voicesForLanguage, type VoiceLike } from '@/utils/speech/voices';

const sentences = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('ends a Korean sentence at 다. / 요? / !, keeping closing quotes, not at decimals or hosts', () => {
    expect(sentences('매출은 3.5% 늘었다. “정말인가요?” 그는 물었다! www.sedaily.com 참고')).toEqual([
      '매출은 3.5% 늘었다.',
      '“정말인가요?”',
      '그는 물었다!',
      'www.sedaily.com 참고',
    ]);
    expect(sentences('  \n ')).toEqual([]);
    expect(sentences('끝…  다음 문장。')).toEqual(['끝…', '다음 문장。']);
  });

  it('cuts a very long sentence after a comma or a space, never losing text', () => {
    const long = `${'가나다라, '.repeat(60)}끝.`;
    const parts = sentences(long);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((part) => part.length <= MAX_SENTENCE_LENGTH)).toBe(true);
    expect(parts.join(' ').replace(/\s+/g, '')).toBe(long.replace(/\s+/g, ''));
  });
});

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({
  name,
  lang,
  voiceURI: name,
  localService,
  default: isDefault,
});
const VOICES = [
  voice('Google US English', 'en-US', false, true),
  voice('Google 한국의', 'ko-KR', false),
  voice('Yuna', 'ko-KR'),
  voice('Korean (North)', 'ko-KP'),
  voice('Samantha', 'en-US'),
];

describe('the voice for an article', () => {
  it('is a local voice of the article language, its main region first; network voices only when allowed', () => {
    expect(primaryLanguage('ko-KR')).toBe('ko');
    expect(primaryLanguage('und')).toBe('');
    expect(pickVoice(VOICES, 'ko', { allowNetwork: false })?.name).toBe('Yuna');
    expect(voicesForLanguage(VOICES, 'ko-KR', false).map((v) => v.name)).toEqual(['Yuna', 'Korean (North)']);
    expect(voicesForLanguage(VOICES, 'ko', true).map((v) => v.name)).toEqual(['Yuna', 'Google 한국의', 'Korean (North)']);
    expect(pickVoice(VOICES, 'en', { allowNetwork: false })?.name).toBe('Samantha');
  });

  it("takes the user's voice for the language while it is allowed", () => {
    expect(pickVoice(VOICES, 'ko', { preferred: 'Korean (North)', allowNetwork: false })?.name).toBe('Korean (North)');
    expect(pickVoice(VOICES, 'ko', { preferred: 'Google 한국의', allowNetwork: false })?.name).toBe('Yuna');
    expect(pickVoice(VOICES, 'ko', { preferred: 'Google 한국의', allowNetwork: true })?.name).toBe('Google 한국의');
    expect(pickVoice(VOICES, 'ko', { preferred: 'Samantha', allowNetwork: true })?.name).toBe('Yuna');
  });

  it('says why there is none: no voice at all, or only network voices', () => {
    expect(pickVoice(VOICES, 'ja', { allowNetwork: true })).toBeNull();
    expect(missingVoiceReason(VOICES, 'ja')).toBe('none');
    const online = [voice('Google 日本語', 'ja-JP', false)];
    expect(pickVoice(online, 'ja', { allowNetwork: false })).toBeNull();
    expect(missingVoiceReason(online, 'ja')).toBe('network-only');
    expect(pickVoice(VOICES, 'und', { allowNetwork: true })).toBeNull();
  });

  it('reads an article without a language as Korean when it is mostly Hangul', () => {
    expect(articleLanguage({ lang: 'ko-KR', text: 'English' }, 'en')).toBe('ko-KR');
    expect(articleLanguage({ lang: 'und', text: '한국어 기사 본문입니다.' }, 'en')).toBe('ko');
    expect(articleLanguage({ lang: '', text: 'An English story.' }, 'en')).toBe('en');
  });

  it('waits for the voice list when the engine fills it late, and not forever', async () => {
    let list: SpeechSynthesisVoice[] = [];
    const listeners = new Set<() => void>();
    const synth = {
      getVoices: () => list,
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    };
    const waiting = loadVoices(synth, 1000);
    list = [VOICES[2] as unknown as SpeechSynthesisVoice];
    listeners.forEach((listener) => listener());
    expect(await waiting).toHaveLength(1);
    expect(listeners.size).toBe(0);
    list = [];
    expect(await loadVoices(synth, 10)).toEqual([]);
  });
});

/** A fake engine: records what is spoken and lets the test end or fail the current utterance. */
function fakeEngine() {
  let current: (SpeechSynthesisUtterance & { text: string }) | null = null;
  const spoken: { text: string; lang: string; rate: number; voice: string | undefined }[] = [];
  const synth = {
    speak: vi.fn((utterance: SpeechSynthesisUtterance) => {
      current = utterance as SpeechSynthesisUtterance & { text: string };
      spoken.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate, voice: utterance.voice?.name });
    }),
    cancel: vi.fn(() => {
      const cancelled = current;
      current = null;
      // Engines report a cancelled utterance as an error (Chromium) or an end (others).
      cancelled?.onerror?.call(cancelled, { error: 'interrupted' } as SpeechSynthesisErrorEvent);
      cancelled?.onend?.call(cancelled, {} as SpeechSynthesisEvent);
    }),
  };
  const createUtterance = (text: string) =>
    ({ text, lang: '', rate: 1, voice: null, onend: null, onerror: null }) as unknown as SpeechSynthesisUtterance;
  return {
    synth,
    createUtterance,
    spoken,
    end: () => {
      const ended = current;
      current = null;
      ended?.onend?.call(ended, {} as SpeechSynthesisEvent);
    },
    fail: (error: string) => current?.onerror?.call(current, { error } as SpeechSynthesisErrorEvent),
  };
}

const PARAGRAPHS = [['제목입니다.'], ['첫 문장.', '둘째 문장.'], [], ['셋째 문단.']];

function narrate(engine = fakeEngine()) {
  const states: NarratorState[] = [];
  const onError = vi.fn();
  const onFinish = vi.fn();
  const narrator = createNarrator(PARAGRAPHS, {
    synth: engine.synth,
    createUtterance: engine.createUtterance,
    voice: { name: 'Yuna', lang: 'ko-KR' } as SpeechSynthesisVoice,
    lang: 'ko',
    rate: 1.2,
    onChange: (state) => states.push(state),
    onError,
    onFinish,
  });
  return { narrator, engine, states, onError, onFinish };
}

describe('the narrator', () => {
  it('speaks one sentence at a time with the voice, its language and the rate, to the end', () => {
    const { narrator, engine, onFinish } = narrate();
    narrator.play();
    expect(engine.spoken).toEqual([{ text: '제목입니다.', lang: 'ko-KR', rate: 1.2, voice: 'Yuna' }]);
    expect(narrator.state).toEqual({ status: 'playing', position: { paragraph: 0, sentence: 0 } });
    engine.end();
    engine.end();
    expect(narrator.state.position).toEqual({ paragraph: 1, sentence: 1 });
    engine.end(); // the empty paragraph is skipped
    expect(narrator.state.position).toEqual({ paragraph: 3, sentence: 0 });
    engine.end();
    expect(engine.spoken.map((entry) => entry.text)).toEqual(['제목입니다.', '첫 문장.', '둘째 문장.', '셋째 문단.']);
    expect(narrator.state).toEqual({ status: 'idle', position: null });
    expect(onFinish).toHaveBeenCalledOnce();
  });

  it('skips to the next and previous paragraph; events of the cancelled utterance are ignored', () => {
    const { narrator, engine } = narrate();
    narrator.play(1);
    engine.end();
    narrator.next();
    expect(narrator.state.position).toEqual({ paragraph: 3, sentence: 0 });
    narrator.next(); // at the last paragraph: it stays there
    expect(narrator.state.position).toEqual({ paragraph: 3, sentence: 0 });
    narrator.previous(); // over the empty paragraph
    expect(narrator.state.position).toEqual({ paragraph: 1, sentence: 0 });
    narrator.previous();
    narrator.previous();
    expect(narrator.state.position).toEqual({ paragraph: 0, sentence: 0 });
    expect(engine.spoken.map((entry) => entry.text)).toEqual([
      '첫 문장.',
      '둘째 문장.',
      '셋째 문단.',
      '셋째 문단.',
      '첫 문장.',
      '제목입니다.',
      '제목입니다.',
    ]);
    expect(engine.synth.cancel).toHaveBeenCalled();
    expect(narrator.state.status).toBe('playing');
  });

  it('pauses on the sentence and starts it again on play; stop ends it all', () => {
    const { narrator, engine, onError } = narrate();
    narrator.play(1);
    engine.end();
    narrator.toggle();
    expect(narrator.state).toEqual({ status: 'paused', position: { paragraph: 1, sentence: 1 } });
    const count = engine.spoken.length;
    narrator.next(); // moving while paused stays paused
    expect(narrator.state).toEqual({ status: 'paused', position: { paragraph: 3, sentence: 0 } });
    expect(engine.spoken).toHaveLength(count);
    narrator.toggle();
    expect(engine.spoken.at(-1)?.text).toBe('셋째 문단.');
    narrator.stop();
    expect(narrator.state).toEqual({ status: 'idle', position: null });
    expect(onError).not.toHaveBeenCalled();
  });

  it('reports an engine failure once and stops; rate changes apply to the next sentence', () => {
    const { narrator, engine, onError } = narrate();
    narrator.play();
    narrator.setRate(0.8);
    engine.end();
    expect(engine.spoken.at(-1)?.rate).toBe(0.8);
    engine.fail('synthesis-failed');
    expect(onError).toHaveBeenCalledWith('synthesis-failed');
    expect(narrator.state.status).toBe('idle');
  });
});

describe('reading units in the rendered article', () => {
  it('are the title, deck lines and body blocks, innermost, without captions, buttons or removed blocks', () => {
    document.body.innerHTML = `<article class="dc-article"><h1 class="dc-title">제목이다</h1><div class="dc-deck"><p>부제 하나</p></div>
      <div class="dc-body"><div class="dc-block"><figure><img src="x"><figcaption>사진=연합뉴스</figcaption></figure></div>
      <div class="dc-block"><p>첫 문장이다. 둘째 <b>문장</b>이다.</p></div>
      <div class="dc-block" data-removed="true"><p>뺀 문단이다.</p></div>
      <div class="dc-block"><blockquote><p>인용 문단이다.</p></blockquote><button>빼기</button></div>
      <ul><li>목록 하나</li></ul></div></article>`;
    const units = collectReadingUnits(document.body);
    expect(units.map((unit) => unit.element.textContent)).toEqual([
      '제목이다',
      '부제 하나',
      '첫 문장이다. 둘째 문장이다.',
      '인용 문단이다.',
      '목록 하나',
    ]);
    const paragraph = units[2]!;
    expect([sentenceText(paragraph, 0), sentenceText(paragraph, 1)]).toEqual(['첫 문장이다.', '둘째 문장이다.']);
    // The second sentence spans three text nodes ("둘째 ", <b>문장</b>, "이다."): its Range says exactly it.
    expect(sentenceRange(paragraph, 1)?.toString()).toBe('둘째 문장이다.');
    expect(sentenceRange(paragraph, 0)?.toString()).toBe('첫 문장이다.');
    paragraph.element.remove();
    expect(sentenceRange(paragraph, 0)).toBeNull();
  });
});
