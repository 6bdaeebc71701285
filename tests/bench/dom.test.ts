// @vitest-environment node
/** The benchmark's linkedom parse must give the tree a browser builds, or a page reads as empty. */
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../../scripts/bench/dom';

const STORY = '<p>' + 'The river rose two metres overnight and the town closed its old bridge. '.repeat(12) + '</p>';

describe('parseDocument (linkedom)', () => {
  it('puts a script between </head> and <body> into the head, so document.body is the real body', () => {
    const page = parseDocument(
      `<!doctype html><html><head><title>t</title></head><script>x=1</script><body><article>${STORY}</article></body></html>`,
      'https://example.org/',
    );
    expect(Array.from(page.document.documentElement.children, (kid) => kid.tagName)).toEqual(['HEAD', 'BODY']);
    expect(page.document.head.querySelector('script')).not.toBeNull();
    expect(new Readability(page.document).parse()?.textContent).toContain('The river rose');
  });

  it('puts other elements before the body at its start, and elements after it at its end', () => {
    const page = parseDocument(
      '<html><head></head><div id="a">a</div><body><p>b</p></body><p id="c">c</p></html>',
      'https://example.org/',
    );
    expect(Array.from(page.document.body.children, (kid) => kid.id || kid.tagName)).toEqual(['a', 'P', 'c']);
  });
});
