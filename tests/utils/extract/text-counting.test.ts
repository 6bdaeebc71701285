/**
 * The counting helpers of text.ts replace regex one-liners on the pipeline's hot path. Each must
 * give exactly what the regex gives; the regexes below are those definitions, kept here as the
 * reference (INVISIBLE is the output contract's statement of text.ts's character set).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collapsedLengthAtLeast,
  collapseRuns,
  collapseSpace,
  countText,
  hasAtLeast,
  isHangulSyllable,
  isSpaceCode,
  shortText,
} from '../../../utils/extract/text';
import { INVISIBLE } from '../../support/output-contract';

const INVISIBLE_RUNS = new RegExp(INVISIBLE.source, 'g');
const referenceCollapse = (text: string) => text.replace(INVISIBLE_RUNS, '').replace(/\s+/g, ' ').trim();

/** Strings dense in the characters the helpers treat specially. */
const tricky = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    '7',
    '가',
    '힣',
    '本',
    ' ',
    '  ',
    '\t',
    '\n',
    '\r',
    '\u000b',
    '\u000c',
    '\u00a0',
    '\u3000',
    '\u2028',
    '\u2009',
    '\u200b',
    '\u200d',
    '\u2060',
    '\ufeff',
    '\u00ad',
    '\u0007',
    '\u0085',
    '\u009f',
    '\u1680',
    '\u202f',
  ),
  maxLength: 60,
});
const anyText = fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 60 }));

/** A text node with this content, for the Node-taking helpers. */
const node = (text: string) => ({ textContent: text }) as Node;

describe('text counting helpers agree with their regex definitions', () => {
  it('isSpaceCode is /\\s/ on every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      expect(isSpaceCode(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)));
    }
  });

  it('isHangulSyllable is /[가-힣]/ on every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      expect(isHangulSyllable(code), code.toString(16)).toBe(/[가-힣]/.test(String.fromCharCode(code)));
    }
  });

  it('collapseRuns is replace(/\\s+/g, " ") and collapseSpace the full definition', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(collapseRuns(text)).toBe(text.replace(/\s+/g, ' '));
        expect(collapseSpace(text)).toBe(referenceCollapse(text));
      }),
      { seed: 20261128, numRuns: 3000 },
    );
  });

  it('countText counts non-space characters and words as replace/split do', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(countText(text)).toEqual({
          characters: text.replace(/\s+/g, '').length,
          words: text.split(/\s+/).filter(Boolean).length,
        });
      }),
      { seed: 20261128, numRuns: 3000 },
    );
  });

  it('collapsedLengthAtLeast(text, end, n) is collapseSpace(text.slice(0, end)).length >= n', () => {
    fc.assert(
      fc.property(anyText, fc.nat(70), fc.integer({ min: -1, max: 70 }), (text, end, count) => {
        expect(collapsedLengthAtLeast(text, end, count)).toBe(referenceCollapse(text.slice(0, end)).length >= count);
      }),
      { seed: 20261128, numRuns: 5000 },
    );
  });

  it('shortText is the collapsed text when at most maxLength long, else null', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 40 }), (text, max) => {
        const collapsed = referenceCollapse(text);
        expect(shortText(node(text), max)).toBe(collapsed.length <= max && text.length <= max * 10 ? collapsed : null);
      }),
      { seed: 20261128, numRuns: 3000 },
    );
  });

  it('hasAtLeast looks at a generous prefix: the collapsed length of its first 50 × count characters', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 40 }), (text, count) => {
        expect(hasAtLeast(node(text), count)).toBe(referenceCollapse(text.slice(0, count * 50)).length >= count);
      }),
      { seed: 20261128, numRuns: 3000 },
    );
  });
});
