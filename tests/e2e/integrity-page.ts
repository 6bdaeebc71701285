/**
 * The integrity page: a sedaily article whose own script registers listeners and observers and
 * records every message event it receives (integrity.chromium.test.ts, page-integrity.test.ts).
 */
import type { E2ePage } from './e2e-page';
import { getArticle } from './fixtures';

export const BASE = getArticle('sedaily-desktop-2026-era3');

/** The page's own script: listeners and observers of its own, and a record of message events. */
const PAGE_SCRIPT = `<script>(() => {
  window.__messages = [];
  addEventListener('message', (event) => window.__messages.push(String(event.data && event.data.type || event.data)));
  addEventListener('scroll', () => {}, { passive: true });
  addEventListener('keydown', () => {});
  document.addEventListener('click', () => {});
  document.addEventListener('visibilitychange', () => {});
  document.documentElement.addEventListener('focusin', () => {});
  document.body.addEventListener('input', () => {});
  window.__observers = [
    new MutationObserver(() => {}),
    new ResizeObserver(() => {}),
    new IntersectionObserver(() => {}),
  ];
  window.__observers[0].observe(document.body, { childList: true, subtree: true, attributes: true });
  window.__observers[1].observe(document.body);
  window.__observers[2].observe(document.querySelector('h1.title'));
})();</script>`;

export const PAGE: E2ePage = {
  slug: 'integrity-article',
  url: 'https://www.sedaily.com/article/20012398',
  html: BASE.html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace('</body>', `${PAGE_SCRIPT}\n</body>`),
  scripts: true,
};
