/**
 * The user's "always reader mode" sites: origins in storage.local (removed with the extension's
 * data), in the order they were added. The background owns the list (it registers the content
 * script for it); pages read and watch it to show it.
 */
import { defineLocalItem } from '../local-item';

/** Far more than anyone adds by hand; keeps a corrupted or hostile value from growing without end. */
export const MAX_READER_SITES = 500;

const ORIGIN = /^https?:\/\/[a-z0-9.-]+$/;

export const readerSitesItem = defineLocalItem<string[]>('readerSites', () => []);

/** Any stored value → unique, valid origins, at most MAX_READER_SITES. */
export function normalizeReaderSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const sites = value.filter((entry): entry is string => typeof entry === 'string' && ORIGIN.test(entry));
  return [...new Set(sites)].slice(0, MAX_READER_SITES);
}

export async function loadReaderSites(): Promise<string[]> {
  try {
    return normalizeReaderSites(await readerSitesItem.getValue());
  } catch {
    return [];
  }
}

export async function saveReaderSites(sites: readonly string[]): Promise<void> {
  await readerSitesItem.setValue(normalizeReaderSites(sites));
}

export function watchReaderSites(callback: (sites: string[]) => void): () => void {
  return readerSitesItem.watch((value) => callback(normalizeReaderSites(value)));
}
