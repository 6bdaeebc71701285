import { describe, expect, it } from 'vitest';
import { revealStreamedSegments } from '../../../utils/extract/streamed-segments';

function reveal(body: string): Document {
  const doc = new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
  revealStreamedSegments(doc);
  return doc;
}

const text = (doc: Document) => (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('revealStreamedSegments (React streaming SSR saved before its scripts ran)', () => {
  it('fills a boundary named by $RC, replacing its fallback up to the end marker', () => {
    const doc = reveal(
      '<main><!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--></main><footer>F</footer>' +
        '<div hidden id="S:0"><p>Story</p></div><script>$RC("B:0","S:0")</script>',
    );
    expect(doc.querySelector('main')?.textContent).toBe('Story');
    expect(doc.querySelector('[hidden], template')).toBeNull();
  });

  it('fills a placeholder named by $RS, and nested segments in any order', () => {
    const doc = reveal(
      '<main><template id="P:1"></template></main><div hidden id="S:2"><p>inner</p></div>' +
        '<div hidden id="S:1"><p>outer</p><template id="P:2"></template></div><script>$RS("S:2","P:2");$RS("S:1","P:1")</script>',
    );
    expect(doc.querySelector('main')?.textContent).toBe('outerinner');
  });

  it('without the scripts, pairs by number and keeps a fallback whose end marker is missing', () => {
    const doc = reveal(
      '<main><template id="B:0"></template><div>Loading paragraph...</div><template id="P:f"></template></main>' +
        '<div hidden id="S:f"><p>placeholder part</p></div><div hidden id="S:0"><p>boundary part</p></div>',
    );
    expect(text(doc)).toBe('boundary partLoading paragraph...placeholder part');
  });

  it('shows a segment with no known place where it is, and leaves other hidden elements alone', () => {
    const doc = reveal('<main>shell</main><div hidden id="S:7"><p>late</p></div><div hidden id="menu">m</div>');
    expect(doc.querySelector('[id="S:7"]')?.hasAttribute('hidden')).toBe(false);
    expect(doc.getElementById('menu')?.hasAttribute('hidden')).toBe(true);
  });
});
