/** The English UI strings (the browsers under test resolve browser.i18n to `en`; docs/toolchain.md). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

export function enMessage(key: string): string {
  const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
  const entry = messages[key];
  if (!entry) throw new Error(`No en message ${key}.`);
  return entry.message;
}
