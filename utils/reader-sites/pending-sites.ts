/**
 * Sites the user asked for whose permission prompt is still open. The page that asked may close
 * before the user answers (a toolbar popup loses focus to the prompt), so the background keeps the
 * request and completes it when the permission arrives. Kept in storage.session: a service worker
 * stopped while the prompt is open still finds it; nothing of it outlives the browser session.
 */
import { browser } from 'wxt/browser';

const KEY = 'readerSitesPending';
/** A prompt left open longer than this is not an answer to this request any more. */
export const PENDING_MS = 10 * 60_000;

type Pending = Record<string, number>;

async function read(): Promise<Pending> {
  const stored: unknown = (await browser.storage.session.get(KEY))[KEY];
  return stored && typeof stored === 'object' ? (stored as Pending) : {};
}

export async function expectSite(origin: string, now = Date.now()): Promise<void> {
  const pending = await read();
  await browser.storage.session.set({ [KEY]: { ...pending, [origin]: now + PENDING_MS } });
}

/** The pending origins among `origins` (match patterns or origins), removed from the list. */
export async function takePendingSites(patterns: readonly string[], now = Date.now()): Promise<string[]> {
  const pending = await read();
  const granted = new Set(patterns.map((pattern) => pattern.replace(/\/\*$/, '')));
  const taken = Object.keys(pending).filter((origin) => granted.has(origin) && pending[origin]! > now);
  const left = Object.fromEntries(Object.entries(pending).filter(([origin, until]) => !taken.includes(origin) && until > now));
  await browser.storage.session.set({ [KEY]: left });
  return taken;
}
