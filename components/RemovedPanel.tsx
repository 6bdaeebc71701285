/**
 * "What was removed": every block the pipeline stripped, grouped by reason, each one showable back
 * in the reader. Blocks are plain text (never HTML): they come from the page's clutter.
 */
import type { RemovedBlock } from '@/utils/article';
import { t, type MessageKey } from '@/utils/i18n';

/** Reasons the pipeline records (utils/site-rules); unknown ones are shown as they are. */
const REASON_LABELS: Readonly<Record<string, MessageKey>> = {
  ad: 'reasonAd',
  'app-banner': 'reasonAppBanner',
  breadcrumb: 'reasonBreadcrumb',
  comments: 'reasonComments',
  copyright: 'reasonCopyright',
  follow: 'reasonFollow',
  footer: 'reasonFooter',
  'full-menu': 'reasonMenu',
  'legacy-junk': 'reasonJunk',
  likes: 'reasonLikes',
  menu: 'reasonMenu',
  'most-viewed': 'reasonMostViewed',
  newsletter: 'reasonNewsletter',
  popup: 'reasonPopup',
  'print-code': 'reasonJunk',
  promo: 'reasonPromo',
  related: 'reasonRelated',
  'reporter-box': 'reasonReporterBox',
  search: 'reasonSearch',
  'share-tools': 'reasonShareTools',
  'sign-off': 'reasonSignOff',
  tags: 'reasonTags',
  'ui-label': 'reasonUiLabel',
};

export function reasonLabel(reason: string): string {
  const key = REASON_LABELS[reason];
  return key ? t(key) : reason;
}

/** The text to show back: the full block when the pipeline kept it, else its preview. */
export function removedText(block: RemovedBlock): string {
  return block.detail ?? block.text;
}

function groupByReason(removed: readonly RemovedBlock[]): [string, number[]][] {
  const groups = new Map<string, number[]>();
  removed.forEach((block, index) => {
    const list = groups.get(block.reason) ?? [];
    list.push(index);
    groups.set(block.reason, list);
  });
  return Array.from(groups);
}

/** A block the user took out of the reader by hand: its index among the body blocks and a label. */
export interface HandRemoved {
  index: number;
  label: string;
}

export interface RemovedPanelProps {
  removed: readonly RemovedBlock[];
  /** Indexes into `removed` currently shown back in the article. */
  shown: ReadonlySet<number>;
  onToggle: (index: number) => void;
  /** Blocks the user removed in the reader, each with an undo. */
  byHand?: readonly HandRemoved[];
  onRestore?: (index: number) => void;
}

function ByHandGroup({ blocks, onRestore }: { blocks: readonly HandRemoved[]; onRestore: (index: number) => void }) {
  return (
    <section class="dc-removed__group" aria-label={t('removedByHand')} data-testid="removed-by-hand">
      <h3 class="dc-removed__reason">
        {t('removedByHand')} <span class="dc-removed__count">{blocks.length}</span>
      </h3>
      <ul class="dc-removed__list">
        {blocks.map((block) => (
          <li key={block.index} class="dc-removed__item">
            <span class="dc-removed__text">{block.label}</span>
            <button
              type="button"
              class="dc-button dc-button--small"
              aria-label={t('blockRestoreNamed', block.label)}
              onClick={() => onRestore(block.index)}
            >
              {t('blockRestore')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RemovedPanel({ removed, shown, onToggle, byHand = [], onRestore }: RemovedPanelProps) {
  const hand = byHand.length > 0 && onRestore ? <ByHandGroup blocks={byHand} onRestore={onRestore} /> : null;
  if (removed.length === 0) {
    return (
      <div class="dc-removed">
        {hand}
        {!hand && <p class="dc-removed__empty">{t('removedNone')}</p>}
      </div>
    );
  }
  return (
    <div class="dc-removed">
      {hand}
      <p class="dc-removed__intro">{t('removedIntro', String(removed.length))}</p>
      {groupByReason(removed).map(([reason, indexes]) => (
        <section key={reason} class="dc-removed__group" aria-label={reasonLabel(reason)}>
          <h3 class="dc-removed__reason">
            {reasonLabel(reason)} <span class="dc-removed__count">{indexes.length}</span>
          </h3>
          <ul class="dc-removed__list">
            {indexes.map((index) => {
              const block = removed[index]!;
              const isShown = shown.has(index);
              return (
                <li key={index} class="dc-removed__item" data-shown={isShown ? 'true' : undefined}>
                  <span class="dc-removed__text" title={block.rule}>
                    {block.text || t('removedEmptyText')}
                  </span>
                  <button
                    type="button"
                    class="dc-button dc-button--small"
                    aria-pressed={isShown ? 'true' : 'false'}
                    onClick={() => onToggle(index)}
                  >
                    {isShown ? t('removedHide') : t('removedShow')}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

export interface RestoredBlocksProps {
  removed: readonly RemovedBlock[];
  shown: ReadonlySet<number>;
}

/** The blocks shown back, at the end of the article, marked as removed content. */
export function RestoredBlocks({ removed, shown }: RestoredBlocksProps) {
  const indexes = Array.from(shown)
    .sort((a, b) => a - b)
    .filter((index) => removed[index]);
  if (indexes.length === 0) return null;
  return (
    <section class="dc-restored" aria-label={t('restoredTitle')}>
      <h2 class="dc-restored__title">{t('restoredTitle')}</h2>
      {indexes.map((index) => (
        <blockquote key={index} class="dc-restored__block" data-reason={removed[index]!.reason}>
          <span class="dc-restored__reason">{reasonLabel(removed[index]!.reason)}</span>
          <p>{removedText(removed[index]!)}</p>
        </blockquote>
      ))}
    </section>
  );
}
