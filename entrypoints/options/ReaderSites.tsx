/**
 * Options: the sites that always open in reader mode. Each can be removed (its content script is
 * unregistered and its permission given back); a site is added by its address, asking the browser
 * for that one origin at that moment. The popup's "always open this site in reader mode" opens this
 * page with the site filled in (options.html#add=…): the user confirms with Add, and this tab stays
 * to tell the outcome.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { siteHost, siteOutcomeStatus } from '@/components/site-outcome';
import { StatusLine, useTransientStatus } from '@/components/StatusLine';
import { useReaderSites } from '@/components/use-reader-sites';
import { errorMessage } from '@/utils/error-message';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { originToAdd } from '@/utils/reader-sites/add-site-url';
import { requestReaderSite } from '@/utils/reader-sites/request-site';
import { isReaderSiteAllowed } from '@/utils/reader-sites/site-allowed';
import { siteOriginFromInput } from '@/utils/reader-sites/site-origin';

export interface ReaderSitesProps {
  /** The options page's fragment: `#add=<origin>` when the popup asked to add a site. */
  hash?: string;
}

export function ReaderSites({ hash = '' }: ReaderSitesProps) {
  const sites = useReaderSites();
  const asked = originToAdd(hash);
  const [input, setInput] = useState(asked ? siteHost(asked) : '');
  const [status, setStatus] = useTransientStatus();
  const addButton = useRef<HTMLButtonElement>(null);
  // Sent here by the popup: the site is filled in, the Add button waits for the user's click.
  useEffect(() => {
    if (!asked) return;
    addButton.current?.scrollIntoView({ block: 'center' });
    addButton.current?.focus();
  }, [asked]);

  const add = (event: Event) => {
    event.preventDefault();
    const origin = asked && input === siteHost(asked) ? asked : siteOriginFromInput(input);
    if (!origin) return setStatus(siteOutcomeStatus('invalid', null));
    if (!isReaderSiteAllowed(origin)) return setStatus(siteOutcomeStatus('unavailable', origin));
    if (sites?.includes(origin)) return setStatus(siteOutcomeStatus('already', origin));
    // The permission request comes first in this handler: it needs the click's gesture.
    void requestReaderSite(origin).then((outcome) => {
      setStatus(siteOutcomeStatus(outcome, origin));
      if (outcome === 'added') setInput('');
    });
  };
  const remove = (origin: string) => {
    sendMessage('removeReaderSite', { origin }).then(
      () => setStatus(siteOutcomeStatus('removed', origin)),
      (error: unknown) => setStatus(siteOutcomeStatus({ error: errorMessage(error) }, origin)),
    );
  };

  return (
    <section class="options__section" aria-labelledby="sites" data-testid="reader-sites">
      <h2 id="sites">{t('optionsSites')}</h2>
      <p class="options__hint options__hint--top">{t('optionsSitesIntro')}</p>
      {sites && sites.length > 0 ? (
        <ul class="options__sites">
          {sites.map((origin) => (
            <li key={origin} class="options__site" data-origin={origin}>
              <span class="options__site-host">{siteHost(origin)}</span>
              <span class="options__site-scheme">{new URL(origin).protocol.replace(':', '')}</span>
              <button
                type="button"
                class="dc-button dc-button--small"
                aria-label={t('siteRemoveNamed', siteHost(origin))}
                onClick={() => remove(origin)}
              >
                {t('siteRemove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="options__hint">{sites ? t('optionsSitesEmpty') : ''}</p>
      )}
      {asked && !sites?.includes(asked) && (
        <p class="options__ask" data-testid="site-asked">
          {t('siteAsk', siteHost(asked))}
        </p>
      )}
      <form class="options__add" onSubmit={add}>
        <label class="options__add-label">
          <span>{t('siteAddLabel')}</span>
          <input
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="www.example.com"
            value={input}
            onInput={(event) => setInput(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="dc-button" data-primary="true" data-testid="site-add" ref={addButton}>
          {t('siteAdd')}
        </button>
      </form>
      <StatusLine status={status} />
    </section>
  );
}
