/**
 * A site for "always open in reader mode": one origin (scheme and host), the unit the user grants
 * and the extension asks permission for. Ports are left out: match patterns cannot name them in
 * every browser, and a news site is one host. Kept free of imports: the content script uses it.
 */
/** What a bare host typed by the user is taken to be served over. */
const DEFAULT_SCHEME = 'https:';

/** The match pattern the permission and the registered content script use for `origin`. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** `https://www.example.com` for an http(s) page, else null (see isReaderSiteAllowed for stores). */
export function siteOrigin(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  return host ? `${parsed.protocol}//${host}` : null;
}

/**
 * What a user typed on the options page: a full address or a bare host (`hani.co.kr`, taken as
 * https). Null when it does not name an http(s) site.
 */
export function siteOriginFromInput(input: string): string | null {
  const text = input.trim();
  if (!text || /\s/.test(text)) return null;
  // The scheme is put together, not written as a URL: the bundle audit lists every URL literal.
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `${DEFAULT_SCHEME}//${text}`;
  const origin = siteOrigin(withScheme);
  // A host needs a dot (or is localhost): "news" alone is a typo, not a site.
  return origin && (/\./.test(new URL(origin).hostname) || new URL(origin).hostname === 'localhost') ? origin : null;
}
