/** Sites no extension may script (the web stores) cannot be reader sites either. */
import { restrictedKind } from '../tabs/restricted-url';

export function isReaderSiteAllowed(origin: string): boolean {
  return restrictedKind(`${origin}/`) === null;
}
