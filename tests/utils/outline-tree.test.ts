/** The flat outline contract as a tree: subheads under the section before them. */
import { describe, expect, it } from 'vitest';
import type { OutlineItem } from '@/utils/article';
import { outlineTree, type OutlineNode } from '@/utils/outline-tree';

const item = (id: string, level: number): OutlineItem => ({ id, level, text: id });
const shape = (nodes: OutlineNode[]): unknown[] =>
  nodes.map((node) => (node.children.length ? [node.item.id, shape(node.children)] : node.item.id));

describe('outlineTree', () => {
  it.each<[string, OutlineItem[], unknown[]]>([
    ['flat', [item('a', 2), item('b', 2)], ['a', 'b']],
    [
      'subheads under their section',
      [item('a', 2), item('a1', 3), item('a2', 3), item('b', 2), item('b1', 3)],
      [
        ['a', ['a1', 'a2']],
        ['b', ['b1']],
      ],
    ],
    ['three levels', [item('a', 2), item('a1', 3), item('a1x', 4), item('a2', 3)], [['a', [['a1', ['a1x']], 'a2']]]],
    ['a skipped level nests one step', [item('a', 2), item('a1x', 4), item('b', 2)], [['a', ['a1x']], 'b']],
    ['a deeper first item is a root', [item('x', 3), item('a', 2)], ['x', 'a']],
    ['nothing', [], []],
  ])('%s', (_name, items, expected) => {
    expect(shape(outlineTree(items))).toEqual(expected);
  });

  it('keeps document order when flattened back (the contract stays flat)', () => {
    const items = [item('a', 2), item('a1', 3), item('b', 2), item('b1', 3), item('b1x', 4), item('c', 2)];
    const flatten = (nodes: OutlineNode[]): string[] => nodes.flatMap((node) => [node.item.id, ...flatten(node.children)]);
    expect(flatten(outlineTree(items))).toEqual(items.map((entry) => entry.id));
  });
});
