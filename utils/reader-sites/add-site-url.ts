/**
 * The options page, asked to add a site: the popup opens it with the origin in the fragment, and
 * the page offers to add it (the permission is asked on the user's click there).
 */
const PREFIX = '#add=';

export function addSiteUrl(origin: string): '/options.html' {
  return `/options.html${PREFIX}${encodeURIComponent(origin)}` as '/options.html';
}

/** The origin an options page was opened for, from its fragment; null when none. */
export function originToAdd(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    const origin = decodeURIComponent(hash.slice(PREFIX.length));
    return /^https?:\/\/[a-z0-9.-]+$/.test(origin) ? origin : null;
  } catch {
    return null;
  }
}
