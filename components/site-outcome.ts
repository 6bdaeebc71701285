/** What each outcome of adding or removing a reader site tells the user (popup and options page). */
import { t } from '@/utils/i18n';
import type { RequestSiteOutcome } from '@/utils/reader-sites/request-site';
import type { StatusMessage } from './StatusLine';

export type SiteOutcome = RequestSiteOutcome | 'removed' | 'unavailable' | 'invalid';

/** `www.example.com` for display. */
export function siteHost(origin: string | null): string {
  if (!origin) return '';
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

export function siteOutcomeStatus(outcome: SiteOutcome, origin: string | null): StatusMessage {
  const host = siteHost(origin);
  if (typeof outcome === 'object') return { kind: 'error', text: t('siteFailed', outcome.error) };
  switch (outcome) {
    case 'added':
      return { kind: 'success', text: t('siteAdded', host) };
    case 'already':
      return { kind: 'info', text: t('siteAlready', host) };
    case 'removed':
      return { kind: 'success', text: t('siteRemoved', host) };
    case 'declined':
      return { kind: 'error', text: t('siteDeclined', host) };
    case 'built-in':
      return { kind: 'info', text: t('siteBuiltIn', host) };
    case 'no-permission':
      return { kind: 'error', text: t('siteNoPermission', host) };
    case 'unavailable':
      return { kind: 'error', text: t('siteUnavailable') };
    case 'invalid':
      return { kind: 'error', text: t('siteInvalid') };
  }
}
