/**
 * The popup's "always open this site in reader mode" switch: the site's state from the background
 * (asked once the popup knows its tab's address), and turning it on (permission for that one
 * origin, asked in the click) or off (the permission is given back).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { siteOutcomeStatus } from '@/components/site-outcome';
import type { StatusMessage } from '@/components/StatusLine';
import { sendMessage } from '@/utils/messaging';
import { requestReaderSite } from '@/utils/reader-sites/request-site';
import type { ReaderSiteStatus } from '@/utils/reader-sites/site-status';

export interface ReaderSiteSwitch {
  status: ReaderSiteStatus | null;
  toggle: () => void;
}

export function useReaderSite(url: string | null, onStatus: (status: StatusMessage) => void): ReaderSiteSwitch {
  const [status, setStatus] = useState<ReaderSiteStatus | null>(null);
  useEffect(() => {
    if (!url) return setStatus(url === null ? null : { origin: null, state: 'unavailable' });
    sendMessage('readerSiteStatus', { url }).then(setStatus, () => setStatus({ origin: null, state: 'unavailable' }));
  }, [url]);

  const toggle = useCallback(() => {
    if (!status?.origin || status.state === 'unavailable') return onStatus(siteOutcomeStatus('unavailable', null));
    const { origin } = status;
    if (status.state === 'built-in') return onStatus(siteOutcomeStatus('built-in', origin));
    if (status.state === 'on') {
      sendMessage('removeReaderSite', { origin }).then(
        () => {
          setStatus({ origin, state: 'off' });
          onStatus(siteOutcomeStatus('removed', origin));
        },
        (error: unknown) => onStatus(siteOutcomeStatus({ error: String(error) }, origin)),
      );
      return;
    }
    // Nothing may come before the request: it needs this click's user gesture.
    void requestReaderSite(origin).then((outcome) => {
      if (outcome === 'added' || outcome === 'already') setStatus({ origin, state: 'on' });
      onStatus(siteOutcomeStatus(outcome, origin));
    });
  }, [status, onStatus]);

  return { status, toggle };
}
