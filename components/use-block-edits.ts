/**
 * Blocks the user took out of the reader by hand, and the article as shown after that (what
 * copy, Markdown and the print view use). A new article starts with nothing removed.
 */
import { useCallback, useMemo, useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import { splitArticleBlocks, type ArticleBlock } from '@/utils/reader/article-blocks';
import { editedArticle } from '@/utils/reader/edited-article';

export interface BlockEdits {
  blocks: ArticleBlock[];
  removed: ReadonlySet<number>;
  toggle: (index: number) => void;
  /** The article as shown: without the removed blocks (the article itself while none is). */
  shown: Article | null;
}

export function useBlockEdits(article: Article | null): BlockEdits {
  const blocks = useMemo(
    () => (article ? splitArticleBlocks(article.html, typeof window === 'undefined' ? null : window) : []),
    [article],
  );
  const [edits, setEdits] = useState<{ article: Article | null; removed: ReadonlySet<number> }>({ article, removed: new Set() });
  // Edits belong to one article: another one (SPA navigation, the selection) starts clean.
  const removed = edits.article === article ? edits.removed : new Set<number>();
  const toggle = useCallback(
    (index: number) =>
      setEdits((previous) => {
        const next = new Set(previous.article === article ? previous.removed : []);
        if (!next.delete(index)) next.add(index);
        return { article, removed: next };
      }),
    [article],
  );
  const shown = useMemo(() => (article ? editedArticle(article, blocks, removed) : null), [article, blocks, removed]);
  return { blocks, removed, toggle, shown };
}
