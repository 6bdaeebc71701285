/**
 * The page's text selection, for "read the selection": its ranges outside our own reader (a
 * selection inside the open reader is the reader's text, not a pick from the page). Read only.
 */
import { READER_TAG } from './reader-tag';

export function pageSelectionRanges(win: Window): Range[] {
  const selection = win.getSelection();
  if (!selection || selection.isCollapsed) return [];
  const ranges: Range[] = [];
  for (let index = 0; index < selection.rangeCount; index++) {
    const range = selection.getRangeAt(index);
    const common = range.commonAncestorContainer;
    const element = common.nodeType === 1 ? (common as Element) : common.parentElement;
    // A copy: the selection may hand out the same live Range object again once it changes.
    if (!range.collapsed && !element?.closest(READER_TAG)) ranges.push(range.cloneRange());
  }
  return ranges;
}

/** True when the page has selected text outside the reader (the popup then offers to read it). */
export function hasPageSelection(win: Window): boolean {
  return pageSelectionRanges(win).some((range) => range.toString().trim().length > 0);
}
