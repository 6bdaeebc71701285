/**
 * The article's outline: a flat list indented by level (headings are flat in document order). The
 * current section is marked with `aria-current` and `data-current`. Each item scrolls the view it
 * belongs to; the optional second control jumps to the same place in the page or the reader.
 */
import type { OutlineItem } from '@/utils/article';
import { t } from '@/utils/i18n';

export interface OutlineProps {
  items: readonly OutlineItem[];
  current: string | null;
  onSelect: (item: OutlineItem) => void;
  /** "Show in page": present in the popup only. */
  onJump?: (item: OutlineItem) => void;
}

export function Outline({ items, current, onSelect, onJump }: OutlineProps) {
  return (
    <nav class="dc-outline" aria-label={t('outlineLabel')} data-testid="outline">
      <h2 class="dc-outline__title">{t('outlineTitle')}</h2>
      {items.length === 0 ? (
        <p class="dc-outline__empty">{t('outlineEmpty')}</p>
      ) : (
        <ol class="dc-outline__list">
          {items.map((item) => {
            const isCurrent = item.id === current;
            return (
              <li
                key={item.id}
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
              </li>
            );
          })}
        </ol>
      )}
    </nav>
  );
}
