/** What a page's console shows, in every world (over CDP). */
import type { Page } from 'playwright-core';
import type { ConsoleEntry, ConsoleWatch } from '../driver/driver';
import type { Launched } from './launch';

/**
 * Records what DevTools' console would show for `page`, in every world (the page's, the
 * extension's isolated world): uncaught exceptions, console.error/warn calls and browser log
 * entries, plus Playwright's pageerror events. Call before the page's first navigation.
 */
export async function watchConsole(launched: Launched, page: Page): Promise<ConsoleWatch> {
  const cdp = await launched.context.newCDPSession(page);
  const entries: ConsoleEntry[] = [];
  const pageErrors: string[] = [];
  type StackTrace = { callFrames?: { url: string }[] };
  cdp.on(
    'Runtime.exceptionThrown',
    ({
      exceptionDetails,
    }: {
      exceptionDetails: { text: string; url?: string; exception?: { description?: string }; stackTrace?: StackTrace };
    }) => {
      entries.push({
        kind: 'exception',
        level: 'error',
        text: exceptionDetails.exception?.description ?? exceptionDetails.text,
        url: exceptionDetails.url ?? exceptionDetails.stackTrace?.callFrames?.[0]?.url ?? '',
      });
    },
  );
  cdp.on(
    'Runtime.consoleAPICalled',
    ({
      type,
      args,
      stackTrace,
    }: {
      type: string;
      args: { value?: unknown; description?: string }[];
      stackTrace?: StackTrace;
    }) => {
      entries.push({
        kind: 'console',
        level: type,
        text: args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' '),
        url: stackTrace?.callFrames?.[0]?.url ?? '',
      });
    },
  );
  cdp.on('Log.entryAdded', ({ entry }: { entry: { level: string; text: string; url?: string } }) => {
    entries.push({ kind: 'log', level: entry.level, text: entry.text, url: entry.url ?? '' });
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  const origin = `chrome-extension://${launched.extensionId}/`;
  return {
    entries,
    pageErrors,
    fromExtension: () =>
      entries.filter(
        (entry) =>
          (entry.kind === 'exception' || ['error', 'warning', 'warn', 'assert'].includes(entry.level)) &&
          (entry.url.startsWith(origin) || entry.text.includes(origin) || /declutter|extension context/i.test(entry.text)),
      ),
  };
}
