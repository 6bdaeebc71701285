/**
 * The articles waiting for (or shown in) a print view, in storage.session: extension pages read it,
 * content scripts cannot (its default access level), and nothing of it outlives the browser
 * session. A few at a time: a print view reloaded soon after still finds its article.
 */
import { browser } from 'wxt/browser';
import type { Article } from '../article';

const PREFIX = 'print:';
/** Print views kept readable at once; the oldest goes first. */
export const MAX_PRINT_ARTICLES = 5;

interface Entry {
  article: Article;
  at: number;
}

export async function putPrintArticle(article: Article, now = Date.now()): Promise<string> {
  const all = await browser.storage.session.get(null);
  const old = Object.entries(all)
    .filter(([key]) => key.startsWith(PREFIX))
    .sort((a, b) => (a[1] as Entry).at - (b[1] as Entry).at)
    .map(([key]) => key);
  const stale = old.slice(0, Math.max(0, old.length - MAX_PRINT_ARTICLES + 1));
  if (stale.length) await browser.storage.session.remove(stale);
  const id = crypto.randomUUID();
  await browser.storage.session.set({ [PREFIX + id]: { article, at: now } satisfies Entry });
  return id;
}

export async function getPrintArticle(id: string): Promise<Article | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const entry = (await browser.storage.session.get(PREFIX + id))[PREFIX + id] as Entry | undefined;
  return entry?.article ?? null;
}
