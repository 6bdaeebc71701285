/**
 * Speed in Node: the pipeline, plain Readability and Defuddle on the same linkedom document
 * (parsed once per page; parsing is not timed). linkedom because it is the fastest Node DOM; under
 * it DOMPurify is not supported, so the pipeline's sanitise step returns '' at once (fail closed):
 * Node timings leave out the sanitiser, Chromium timings include it.
 */
import { parseHTML } from 'linkedom';
import { emptyTimes, interleave, runTool, TOOLS, type Tool, type ToolTimes } from './tools';

export interface NodePage {
  html: string;
  url: string;
}

const gc = (globalThis as { gc?: () => void }).gc;

/** True when Node runs with --expose-gc, so every run starts after a full GC. */
export const NODE_GC = typeof gc === 'function';

export async function timeNodePage(
  page: NodePage,
  runs: number,
  warmup: number,
  tools: readonly Tool[] = TOOLS,
): Promise<ToolTimes> {
  const window = parseHTML(page.html) as unknown as Window;
  const { document } = window;
  let sink: unknown;
  const times = await interleave(
    tools,
    runs,
    warmup,
    (tool) => {
      const start = performance.now();
      sink = runTool(tool, document, window, page.url);
      return performance.now() - start;
    },
    () => {
      sink = null;
      gc?.();
    },
  );
  void sink;
  return Object.assign(emptyTimes(), times);
}
