/**
 * Clipboard writing that reports why it failed. The async Clipboard API needs a secure context and
 * a focused document; a content script on an http:// page has no `navigator.clipboard`, so there
 * we fall back to `execCommand('copy')` on a textarea placed inside OUR OWN container (the reader's
 * shadow root), never in the page's DOM.
 */
export type CopyOutcome = { ok: true } | { ok: false; reason: string };

function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

function copyBySelection(text: string, container: Element): boolean {
  const doc = container.ownerDocument;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  // Off-screen but selectable; it lives for one synchronous tick.
  area.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0';
  container.append(area);
  try {
    area.select();
    return doc.execCommand('copy');
  } finally {
    area.remove();
  }
}

export async function writeClipboard(text: string, fallbackContainer?: Element | null): Promise<CopyOutcome> {
  let failure = 'Clipboard API unavailable';
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return { ok: true };
    } catch (error) {
      failure = reasonOf(error);
    }
  }
  if (fallbackContainer) {
    try {
      if (copyBySelection(text, fallbackContainer)) return { ok: true };
    } catch (error) {
      failure = reasonOf(error);
    }
  }
  return { ok: false, reason: failure };
}
