/**
 * The cleaned article: title, deck lines, the outlet, `byline · date`, reading time and (on a
 * portal's copy) a link to the original story, then the body through
 * SafeHtml. Shared by the popup and the reader so both show exactly the same thing.
 */
import type { ComponentChildren } from 'preact';
import type { Article } from '@/utils/article';
import { bylineLine } from '@/utils/extract/to-text';
import { t } from '@/utils/i18n';
import { SafeHtml } from './SafeHtml';

/**
 * In-article `#dc-…` links would change the page's URL hash (a history entry, in the reader's
 * case on the host page). Scroll inside the view instead.
 */
export function followFragmentLink(event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
  if (!target) return;
  event.preventDefault();
  const id = decodeURIComponent(target.getAttribute('href')!.slice(1));
  const root = target.getRootNode() as Document | ShadowRoot;
  root.getElementById?.(id)?.scrollIntoView({ block: 'start' });
}

export interface ArticleViewProps {
  article: Article;
  /** Replaces the body (the reader's editable blocks); default: the body HTML through SafeHtml. */
  body?: ComponentChildren;
  /** Rendered after the body (the reader puts blocks the user chose to show back here). */
  children?: ComponentChildren;
}

export function ArticleView({ article, body, children }: ArticleViewProps) {
  const meta = bylineLine(article);
  const lang = article.lang && article.lang !== 'und' ? article.lang : undefined;
  return (
    <article class="dc-article" lang={lang} dir={article.dir}>
      <header class="dc-article__head">
        <h1 class="dc-title" data-testid="article-title">
          {article.title}
        </h1>
        {article.deck.length > 0 && (
          <div class="dc-deck" data-testid="article-deck">
            {article.deck.map((line, index) => (
              <p key={index}>{line}</p>
            ))}
          </div>
        )}
        <p class="dc-meta">
          {article.siteName && (
            <span class="dc-meta__outlet" data-testid="article-outlet">
              {article.siteName}
            </span>
          )}
          {meta && <span class="dc-meta__byline">{meta}</span>}
          <span class="dc-meta__time">{t('readingTime', String(Math.max(1, article.stats.readingMinutes)))}</span>
          {article.sourceUrl && (
            // The pipeline gives only http(s) URLs here; a new tab, and the portal learns nothing.
            <a
              class="dc-meta__source"
              href={article.sourceUrl}
              target="_blank"
              rel="noopener noreferrer"
              data-testid="article-source"
            >
              {t('originalArticle')}
            </a>
          )}
        </p>
      </header>
      {body ?? <SafeHtml class="dc-body" html={article.html} data-testid="article-body" onClick={followFragmentLink} />}
      {children}
    </article>
  );
}
