/**
 * Read aloud in the reader: binds the narrator (utils/speech/narrator.ts) to the rendered
 * article. Nothing touches the speech engine until the user presses play: no voice list, no
 * listener. The voice comes from the article's language and the settings; the sentence being read
 * is marked by boxes drawn over its text (our own elements: the article's DOM is not changed) and
 * kept in view; the outline follows the paragraph being read. Unmounting (closing the reader), a
 * new article or an edit of its blocks stops the speech.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Article, OutlineItem } from '@/utils/article';
import { t, uiLanguage } from '@/utils/i18n';
import type { Settings } from '@/utils/settings';
import { articleLanguage, languageName } from '@/utils/speech/article-language';
import { loadVoices, speechEngine } from '@/utils/speech/load-voices';
import { createNarrator, type Narrator, type NarratorState } from '@/utils/speech/narrator';
import { collectReadingUnits, sentenceRange, sentenceText, type ReadingUnit } from '@/utils/speech/reading-units';
import { missingVoiceReason, pickVoice, primaryLanguage } from '@/utils/speech/voices';
import type { StatusMessage } from './StatusLine';

/** A highlight box, in px relative to the column the article sits in. */
export interface MarkRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface NarratorView {
  status: NarratorState['status'];
  marks: MarkRect[];
  /** The outline entry of the paragraph being read, while reading. */
  section: string | null;
  /** The sentence being read (also on the marks, for tests and debugging). */
  sentence: string | null;
  toggle: () => void;
  stop: () => void;
  next: () => void;
  previous: () => void;
}

export interface UseNarratorOptions {
  column: HTMLElement | null;
  scroller: HTMLElement | null;
  article: Article | null;
  outline: readonly OutlineItem[];
  settings: Settings;
  /** Changes whenever the rendered body changes (blocks removed or put back): reading stops. */
  bodyKey: unknown;
  onStatus: (status: StatusMessage) => void;
}

const IDLE: NarratorState = { status: 'idle', position: null };

/** The first unit whose bottom is below the top of the view: reading starts where the reader is. */
function firstVisible(units: readonly ReadingUnit[], scroller: HTMLElement | null): number {
  if (!scroller) return 0;
  const top = scroller.getBoundingClientRect().top + 8;
  const index = units.findIndex((unit) => unit.element.getBoundingClientRect().bottom > top);
  return Math.max(0, index);
}

/** The last outline target at or before `element` in the document. */
function sectionOf(element: Element, outline: readonly OutlineItem[]): string | null {
  const root = element.getRootNode() as Document | ShadowRoot;
  let current: string | null = null;
  for (const item of outline) {
    const target = root.getElementById?.(item.id);
    if (!target) continue;
    if (target === element || target.contains(element) || target.compareDocumentPosition(element) & 4 /* FOLLOWING */)
      current = item.id;
    else break;
  }
  return current;
}

function keepInView(scroller: HTMLElement, rect: DOMRect): void {
  const view = scroller.getBoundingClientRect();
  if (rect.top >= view.top + 40 && rect.bottom <= view.bottom - 60) return;
  scroller.scrollTo({ top: scroller.scrollTop + rect.top - view.top - scroller.clientHeight / 3, behavior: 'smooth' });
}

export function useNarrator({
  column,
  scroller,
  article,
  outline,
  settings,
  bodyKey,
  onStatus,
}: UseNarratorOptions): NarratorView {
  const [state, setState] = useState<NarratorState>(IDLE);
  const [marks, setMarks] = useState<MarkRect[]>([]);
  const narrator = useRef<Narrator | null>(null);
  const units = useRef<ReadingUnit[]>([]);
  const starting = useRef(false);
  const latest = useRef({ settings, onStatus, article });
  latest.current = { settings, onStatus, article };

  const stop = useCallback(() => {
    narrator.current?.stop();
    narrator.current = null;
    setState(IDLE);
  }, []);

  // Layout effect: closing the reader stops the voice during the unmount itself.
  useLayoutEffect(() => stop, [stop, article, bodyKey]);

  const start = useCallback(async () => {
    const { settings: prefs, onStatus: say, article: current } = latest.current;
    if (!current || !column || starting.current) return;
    const synth = speechEngine();
    if (!synth) return say({ kind: 'error', text: t('speechUnsupported') });
    starting.current = true;
    try {
      const lang = articleLanguage(current, uiLanguage());
      const voices = await loadVoices(synth);
      const voice = pickVoice(voices, lang, {
        preferred: prefs.speechVoices[primaryLanguage(lang)],
        allowNetwork: prefs.speechNetwork,
      });
      const name = languageName(lang, uiLanguage());
      if (!voice) {
        const reason = missingVoiceReason(voices, lang);
        return say({ kind: 'error', text: reason === 'network-only' ? t('speechOnlyNetwork', name) : t('speechNoVoice', name) });
      }
      units.current = collectReadingUnits(column);
      if (units.current.length === 0) return say({ kind: 'error', text: t('speechNothing') });
      const Utterance = (window as Window & { SpeechSynthesisUtterance: typeof SpeechSynthesisUtterance })
        .SpeechSynthesisUtterance;
      narrator.current = createNarrator(
        units.current.map((unit) => unit.sentences.map((_, index) => sentenceText(unit, index))),
        {
          synth,
          createUtterance: (text) => new Utterance(text),
          voice,
          lang,
          rate: prefs.speechRate,
          onChange: setState,
          onError: (error) => latest.current.onStatus({ kind: 'error', text: t('speechFailed', error) }),
          onFinish: () => latest.current.onStatus({ kind: 'info', text: t('speechDone') }),
        },
      );
      narrator.current.play(firstVisible(units.current, scroller));
      say({ kind: 'info', text: t('speechStarted', [voice.name, name]) });
    } finally {
      starting.current = false;
    }
  }, [column, scroller]);

  const toggle = useCallback(() => {
    if (narrator.current && narrator.current.state.status !== 'idle') narrator.current.toggle();
    else void start();
  }, [start]);
  const next = useCallback(() => narrator.current?.next(), []);
  const previous = useCallback(() => narrator.current?.previous(), []);

  // Rate and voice changes apply from the next sentence.
  useEffect(() => narrator.current?.setRate(settings.speechRate), [settings.speechRate]);

  // The marks: the sentence's line boxes, relative to the column; redrawn when the layout changes.
  const position = state.position;
  const unit = position ? units.current[position.paragraph] : undefined;
  useLayoutEffect(() => {
    if (!position || !unit || !column) {
      setMarks([]);
      return;
    }
    const draw = () => {
      const range = sentenceRange(unit, position.sentence);
      if (!range) return setMarks([]);
      const origin = column.getBoundingClientRect();
      setMarks(
        Array.from(range.getClientRects())
          .filter((rect) => rect.width > 0 && rect.height > 0)
          .map((rect) => ({ left: rect.left - origin.left, top: rect.top - origin.top, width: rect.width, height: rect.height })),
      );
      return range.getBoundingClientRect();
    };
    const box = draw();
    if (box && scroller) keepInView(scroller, box);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => void draw());
    observer?.observe(column);
    return () => observer?.disconnect();
  }, [position, unit, column, scroller]);

  return {
    status: state.status,
    marks,
    section: unit && state.status !== 'idle' ? sectionOf(unit.element, outline) : null,
    sentence: unit && position ? sentenceText(unit, position.sentence) : null,
    toggle,
    stop,
    next,
    previous,
  };
}
