/**
 * The article's outline as nested lists (subheads under their section), built from the flat
 * contract by outlineTree. The current section is marked with `aria-current` and `data-current`.
 * Each item scrolls the view it belongs to; the optional second control jumps to the same place in
 * the page or the reader.
 */
import type { OutlineItem } from '@/utils/article';
import { t } from '@/utils/i18n';
import { outlineTree, type OutlineNode } from '@/utils/outline-tree';

export interface OutlineProps {
  items: readonly OutlineItem[];
  current: string | null;
  onSelect: (item: OutlineItem) => void;
  /** "Show in page": present in the popup only. */
  onJump?: (item: OutlineItem) => void;
}

type OutlineBranchProps = Omit<OutlineProps, 'items'> & { nodes: readonly OutlineNode[]; nested?: boolean };

function OutlineBranch({ nodes, nested, current, onSelect, onJump }: OutlineBranchProps) {
  return (
    <ol class="dc-outline__list" data-nested={nested ? 'true' : undefined}>
      {nodes.map(({ item, children }) => {
        const isCurrent = item.id === current;
        return (
          <li key={item.id} class="dc-outline__node">
            <div
              class="dc-outline__row"
              data-level={String(Math.min(4, Math.max(2, item.level)))}
              data-current={isCurrent ? 'true' : undefined}
              data-derived={item.derived ? 'true' : undefined}
            >
              <button
                type="button"
                class="dc-outline__item"
                aria-current={isCurrent ? 'location' : undefined}
                onClick={() => onSelect(item)}
              >
                {item.text}
              </button>
              {onJump && (
                <button
                  type="button"
                  class="dc-outline__jump"
                  title={t('jumpInPage')}
                  aria-label={t('jumpInPageNamed', item.text)}
                  onClick={() => onJump(item)}
                >
                  <span aria-hidden="true">↗</span>
                </button>
              )}
            </div>
            {children.length > 0 && (
              <OutlineBranch nodes={children} nested current={current} onSelect={onSelect} onJump={onJump} />
            )}
          </li>
        );
      })}
    </ol>
  );
}

export function Outline({ items, current, onSelect, onJump }: OutlineProps) {
  return (
    <nav class="dc-outline" aria-label={t('outlineLabel')} data-testid="outline">
      <h2 class="dc-outline__title">{t('outlineTitle')}</h2>
      {items.length === 0 ? (
        <p class="dc-outline__empty">{t('outlineEmpty')}</p>
      ) : (
        <OutlineBranch nodes={outlineTree(items)} current={current} onSelect={onSelect} onJump={onJump} />
      )}
    </nav>
  );
}
