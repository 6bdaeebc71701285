/**
 * The popup's "always open this site in reader mode" switch: the site's state from the background
 * (asked once the popup knows its tab's address), turning it off (the permission is given back),
 * and turning it on, which hands over to the options page: Chromium closes a toolbar popup as
 * soon as the browser's permission prompt opens, so the answer (and any "declined" message) would
 * be lost with it. The options tab asks for the one origin on the user's click there and stays to
 * say what came of it.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { siteOutcomeStatus } from '@/components/site-outcome';
import type { StatusMessage } from '@/components/StatusLine';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging';
import { addSiteUrl } from '@/utils/reader-sites/add-site-url';
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
    browser.tabs.create({ url: browser.runtime.getURL(addSiteUrl(origin)) }).then(
      () => window.close(),
      (error: unknown) => onStatus(siteOutcomeStatus({ error: String(error) }, origin)),
    );
  }, [status, onStatus]);

  return { status, toggle };
}
