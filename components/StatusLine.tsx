/**
 * The live region for confirmations and failures (`role="status"`): present from the first render
 * so screen readers announce changes, styled by `data-kind`.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
export type StatusKind = 'info' | 'success' | 'error';

export interface StatusMessage {
  kind: StatusKind;
  text: string;
}

export interface StatusLineProps {
  status: StatusMessage | null;
}

export function StatusLine({ status }: StatusLineProps) {
  return (
    <p class="dc-status" role="status" aria-live="polite" data-testid="status" data-kind={status?.kind ?? 'idle'}>
      {status?.text ?? ''}
    </p>
  );
}

/** How long a message stays before the region empties again (errors stay longer). */
const STATUS_MS: Readonly<Record<StatusKind, number>> = { info: 4000, success: 4000, error: 9000 };

/** Status state that clears itself, so an old "copied" never looks like a fresh one. */
export function useTransientStatus(): [StatusMessage | null, (status: StatusMessage | null) => void] {
  const [status, setStatus] = useState<StatusMessage | null>(null);
  // Layout effect: unmounting clears the timer at once (a passive cleanup waits for the next paint,
  // and the pending timer keeps the unmounted tree alive through setStatus). See use-current-section.ts.
  useLayoutEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), STATUS_MS[status.kind]);
    return () => clearTimeout(timer);
  }, [status]);
  return [status, setStatus];
}
