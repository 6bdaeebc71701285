/**
 * Where the reader was left in each article, so reopening it returns there. Kept in
 * storage.local (on this machine only, removed with the extension's data), for the most recently
 * read MAX_POSITIONS articles. A position is a block of the body and how far into it, not pixels:
 * it survives another window size, font size or line height.
 */
import { defineLocalItem } from '../local-item';

export const MAX_POSITIONS = 200;

export interface ReadingPosition {
  /** Index of the body block at the top of the view. */
  block: number;
  /** How far that block is scrolled past the top, 0–1. */
  offset: number;
  /** When it was saved (ms since the epoch), for keeping the most recent ones. */
  at: number;
}

type Positions = Record<string, ReadingPosition>;

export const positionsItem = defineLocalItem<Positions>('readingPositions', () => ({}));

/** The article's key: its URL without the fragment (an in-page anchor is the same article). */
export function positionKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}

function isPosition(value: unknown): value is ReadingPosition {
  const v = value as ReadingPosition;
  return (
    !!v &&
    typeof v === 'object' &&
    Number.isInteger(v.block) &&
    v.block >= 0 &&
    typeof v.offset === 'number' &&
    v.offset >= 0 &&
    v.offset <= 1 &&
    typeof v.at === 'number'
  );
}

export async function loadPosition(url: string): Promise<ReadingPosition | null> {
  try {
    const stored = (await positionsItem.getValue())[positionKey(url)];
    return isPosition(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** Stores `position` for `url`; the oldest entries beyond MAX_POSITIONS go. The top of an article is no position. */
export async function savePosition(url: string, position: Omit<ReadingPosition, 'at'>, now = Date.now()): Promise<void> {
  const all = await positionsItem.getValue();
  const entries = Object.entries(all).filter(([key, value]) => key !== positionKey(url) && isPosition(value));
  if (position.block > 0 || position.offset > 0) entries.push([positionKey(url), { ...position, at: now }]);
  entries.sort((a, b) => b[1].at - a[1].at);
  await positionsItem.setValue(Object.fromEntries(entries.slice(0, MAX_POSITIONS)));
}
