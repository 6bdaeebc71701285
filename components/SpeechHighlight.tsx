/**
 * Boxes behind the sentence being read aloud. Drawn as our own elements over the article's
 * column (positions from the sentence's Range), so the article's DOM stays exactly as rendered
 * and nothing is registered with the page (the CSS Highlight registry is the page's document's).
 */
import type { MarkRect } from './use-narrator';

export interface SpeechHighlightProps {
  marks: readonly MarkRect[];
  sentence: string | null;
}

export function SpeechHighlight({ marks, sentence }: SpeechHighlightProps) {
  if (marks.length === 0) return null;
  return (
    <div class="dc-speech-marks" aria-hidden="true" data-testid="speech-marks" data-sentence={sentence ?? ''}>
      {marks.map((mark, index) => (
        <span
          key={index}
          class="dc-speech-mark"
          style={{ left: `${mark.left}px`, top: `${mark.top}px`, width: `${mark.width}px`, height: `${mark.height}px` }}
        />
      ))}
    </div>
  );
}
