/**
 * The print view (print.html, an extension page opened in a tab by the reader or the popup): the
 * article alone, laid out for paper (title, deck, byline and date, photos with their captions, the
 * body, and the article's address and, on a portal's copy, the original story's), with a screen-only
 * bar to print it or save it as a Markdown file.
 */
import { useEffect, useState } from 'preact/hooks';
import { ArticleView } from '@/components/ArticleView';
import { StatusLine, useTransientStatus } from '@/components/StatusLine';
import { useSettings } from '@/components/use-settings';
import type { Article } from '@/utils/article';
import { errorMessage } from '@/utils/error-message';
import { t } from '@/utils/i18n';
import { downloadMarkdown, markdownFileName, markdownFileText } from '@/utils/print/markdown-file';
import { getPrintArticle } from '@/utils/print/print-store';
import { typographyStyle } from '@/utils/settings';

export interface PrintViewProps {
  /** The print-store id from the page's fragment. */
  id: string;
}

export function PrintView({ id }: PrintViewProps) {
  const [article, setArticle] = useState<Article | null | undefined>(undefined);
  const [status, setStatus] = useTransientStatus();
  const { settings } = useSettings();
  useEffect(() => {
    getPrintArticle(id).then(
      (found) => {
        setArticle(found);
        if (found) document.title = found.title;
      },
      () => setArticle(null),
    );
  }, [id]);

  const save = () => {
    if (!article) return;
    try {
      const name = markdownFileName(article.title);
      downloadMarkdown(document, name, markdownFileText(article, { url: t('citeUrl'), source: t('citeSource') }));
      setStatus({ kind: 'success', text: t('markdownSaved', name) });
    } catch (error) {
      setStatus({ kind: 'error', text: t('markdownFailed', errorMessage(error)) });
    }
  };

  return (
    // Paper is light whatever the reader's theme; the font and size are the reader's.
    <div
      class="dc-root print"
      data-theme="light"
      style={typographyStyle(settings)}
      aria-busy={article === undefined ? 'true' : undefined}
    >
      <header class="print__bar">
        <span class="print__brand">{t('extShortName')}</span>
        <StatusLine status={status} />
        {article && (
          <div class="print__actions">
            <button type="button" class="dc-button" data-primary="true" data-testid="print-now" onClick={() => window.print()}>
              {t('printNow')}
            </button>
            <button type="button" class="dc-button" data-testid="save-markdown" onClick={save}>
              {t('saveMarkdown')}
            </button>
          </div>
        )}
      </header>
      <main class="print__page">
        {article === null && <p class="print__missing">{t('printMissing')}</p>}
        {article && (
          <ArticleView article={article}>
            <footer class="print__source" data-testid="print-source">
              <p>
                {t('citeUrl')}: <span class="print__url">{article.url}</span>
              </p>
              {article.sourceUrl && article.sourceUrl !== article.url && (
                <p>
                  {t('citeSource')}: <span class="print__url">{article.sourceUrl}</span>
                </p>
              )}
            </footer>
          </ArticleView>
        )}
      </main>
    </div>
  );
}
