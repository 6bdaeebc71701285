/**
 * The reader's article body as separate blocks, each one removable by hand ("fix it by hand",
 * docs/peers.md §3.4), and put back: in edit mode every block has a remove button and a removed block
 * stays as a one-line placeholder with an undo button (the button comes first, so it reads before
 * the block it acts on); outside edit mode removed blocks are gone
 * (and listed in "what was removed"). Only the reader's own copy changes, never the page.
 */
import { t } from '@/utils/i18n';
import type { ArticleBlock } from '@/utils/reader/article-blocks';
import { preview } from '@/utils/extract/text';
import { followFragmentLink } from './ArticleView';
import { SafeHtml } from './SafeHtml';

export interface EditableBodyProps {
  blocks: readonly ArticleBlock[];
  removed: ReadonlySet<number>;
  editing: boolean;
  onToggle: (index: number) => void;
}

/** A short label for a block: its text, or "photo" for a block that is only an image. */
export function blockLabel(block: ArticleBlock): string {
  return block.text ? preview(block.text, 40) : t('blockPhoto');
}

export function EditableBody({ blocks, removed, editing, onToggle }: EditableBodyProps) {
  return (
    <div class="dc-body" data-testid="article-body" data-editing={editing ? 'true' : undefined} onClick={followFragmentLink}>
      {blocks.map((block, index) => {
        const isRemoved = removed.has(index);
        if (isRemoved && !editing) return null;
        const label = blockLabel(block);
        return (
          <div key={index} class="dc-block" data-block={String(index)} data-removed={isRemoved ? 'true' : undefined}>
            {editing && (
              <button
                type="button"
                class="dc-button dc-button--small dc-block__toggle"
                data-testid={isRemoved ? 'block-restore' : 'block-remove'}
                aria-label={isRemoved ? t('blockRestoreNamed', label) : t('blockRemoveNamed', label)}
                onClick={() => onToggle(index)}
              >
                {isRemoved ? t('blockRestore') : t('blockRemove')}
              </button>
            )}
            {isRemoved ? (
              <p class="dc-block__placeholder">{t('blockRemovedPlaceholder', label)}</p>
            ) : (
              <SafeHtml class="dc-block__content" html={block.html} />
            )}
          </div>
        );
      })}
    </div>
  );
}
