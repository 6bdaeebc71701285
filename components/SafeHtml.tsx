/**
 * THE one component that renders HTML (docs/architecture.md, "Principles"). Article HTML was sanitised by the pipeline,
 * but it crossed a message channel from a page we do not trust, so it is sanitised again here, at
 * the sink. sanitizeHtml fails closed: where DOMPurify cannot run we render nothing.
 */
import { useMemo } from 'preact/hooks';
import { sanitizeHtml } from '@/utils/extract/sanitize';

export interface SafeHtmlProps {
  html: string;
  class?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  'data-testid'?: string;
  onClick?: (event: MouseEvent) => void;
}

export function SafeHtml({ html, onClick, ...rest }: SafeHtmlProps) {
  const clean = useMemo(() => sanitizeHtml(html, typeof window === 'undefined' ? null : window), [html]);
  return <div {...rest} onClick={onClick} dangerouslySetInnerHTML={{ __html: clean }} />;
}
