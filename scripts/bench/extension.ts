/**
 * The built extension in Chromium: popup latency and reader memory.
 *
 * Popup latency. The popup is opened as a tab at `chrome-extension://ID/popup.html?tabId=N`
 * (the way the e2e tests open it; the real toolbar popup is not a Playwright page). An init script
 * watches the DOM from the first moment; the time is `performance.now()` (ms since the popup's
 * navigation started) at the first frame after `[data-testid=article-body]` has text: a
 * requestAnimationFrame callback, then a task queued from it, runs after that frame is painted.
 * - cached: the content script has already extracted this page (one popup opened before);
 * - cold: the article tab is reloaded first, so the popup's `getArticle` runs the extraction;
 * - floor: the popup with a tab id that does not exist, timed to its first painted frame (the
 *   popup's HTML, JS, CSS and first render, no messaging, no extraction). No product file is added.
 *
 * Reader memory. The reader is opened and closed by clicking the popup's reader button; the JS heap
 * of the article tab's renderer (page and content script share it) is read through CDP
 * (`HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage`) after 1 cycle, then every 5 cycles
 * up to 50. Growth = after 50 − after 1; the second half of the series tells warm-up from a leak.
 */
import type { BrowserContext, CDPSession, Worker } from 'playwright-core';
import { median, round } from './stats';
import { trendOf, type Trend } from './trend';
import { pathOf, type PageServer } from './server';

export interface PopupLatency {
  cachedMs: number | null;
  coldMs: number | null;
  floorMs: number | null;
  /** Same runs, to the first painted frame of the popup root (any state): load + first render. */
  cachedFirstFrameMs: number | null;
  coldFirstFrameMs: number | null;
  /**
   * The article painted relative to the popup's own first frame in the same runs, cached:
   * cachedMs ÷ cachedFirstFrameMs (medians), and the median of the per-run ratios (each run's two
   * times share that run's load, so this one moves least with a busy machine).
   */
  cachedOverFirstFrame: number | null;
  cachedOverFirstFramePerRun: number | null;
  /** Cached runs, medians: first message to the tab sent, answered, article in the DOM (the render). */
  cachedPhases: { askedMs: number; answeredMs: number; inDomMs: number };
  /** First third against last third of the runs, beside the median (trend.ts): flat is change ≈ 1. */
  trend: { cached: Trend; cold: Trend; floor: Trend; cachedFirstFrame: Trend };
  runs: number;
  /** Every measured run, ms, in order: cached and cold to the article painted, floor to the first frame. */
  samples: { cached: number[]; cold: number[]; floor: number[]; cachedFirstFrame: number[]; coldFirstFrame: number[] };
}

export interface ReaderMemory {
  heapGrowthBytes: number;
  heapAfter1: number;
  heapAfter50: number;
  /** Heap (bytes, after GC) every `every` cycles from cycle 1: a leak keeps climbing, warm-up levels off. */
  series: { cycle: number; heap: number }[];
  /** Least-squares slope over the second half of the series, bytes per cycle (≈ 0 when there is no leak). */
  steadyBytesPerCycle: number;
  /** Spread of the second-half readings around that line (their standard deviation): the noise. */
  noiseBytes: number;
  domNodesGrowth: number;
  listenersGrowth: number;
  cycles: number;
}

export interface ArticleTarget {
  url: string;
  html: string;
}

const WATCH_POPUP = `(() => {
  const marks = { rootAt: null, rootPaintedAt: null, contentAt: null, paintedAt: null, askedAt: null, answeredAt: null };
  Object.defineProperty(window, '__declutterPopupMarks', { value: marks });
  // Where the time goes: the first message to the tab (getArticle) and its answer. Wraps the API
  // the messaging library calls; the popup's own code is unchanged.
  const send = chrome.tabs.sendMessage;
  chrome.tabs.sendMessage = function (...args) {
    const first = marks.askedAt === null;
    if (first) marks.askedAt = performance.now();
    const last = args.length - 1;
    if (first && typeof args[last] === 'function') {
      const done = args[last];
      args[last] = (...reply) => { marks.answeredAt = performance.now(); return done(...reply); };
    }
    return send.apply(this, args);
  };
  const afterPaint = (key) => requestAnimationFrame(() => setTimeout(() => { marks[key] = performance.now(); }, 0));
  const check = () => {
    if (marks.rootAt === null && document.querySelector('#app > *')) {
      marks.rootAt = performance.now();
      afterPaint('rootPaintedAt');
    }
    const body = document.querySelector('[data-testid="article-body"]');
    if (marks.contentAt === null && body && body.textContent.trim()) {
      marks.contentAt = performance.now();
      afterPaint('paintedAt');
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

const READING_EVERY = 5;

/** Least-squares line through `points`, and the standard deviation of the residuals. */
export function fitLine(points: readonly (readonly [number, number])[]): { slope: number; residualStd: number } {
  const n = points.length;
  if (n < 2) return { slope: 0, residualStd: 0 };
  const mx = points.reduce((sum, [x]) => sum + x, 0) / n;
  const my = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const sxx = points.reduce((sum, [x]) => sum + (x - mx) ** 2, 0);
  const slope = sxx ? points.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0) / sxx : 0;
  const residuals = points.map(([x, y]) => y - (my + slope * (x - mx)));
  const residualStd = Math.sqrt(residuals.reduce((sum, r) => sum + r * r, 0) / Math.max(1, n - 2));
  return { slope, residualStd };
}

/** The popup's marks (WATCH_POPUP) and the service worker's API, as the evaluated code sees them. */
interface MarkedWindow {
  __declutterPopupMarks?: Marks;
}
interface WorkerGlobal {
  chrome: { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> } };
}

interface Marks {
  rootAt: number | null;
  rootPaintedAt: number | null;
  contentAt: number | null;
  paintedAt: number | null;
  /** The popup's first message to the tab sent, and answered. */
  askedAt: number | null;
  answeredAt: number | null;
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
}

/** Resolves when a content script of extension `id` gets an execution context in `page`. */
function contentScriptReady(cdp: CDPSession, id: string, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the content script did not start')), timeoutMs);
    const onContext = (event: { context: { origin: string } }) => {
      if (event.context.origin === `chrome-extension://${id}`) {
        clearTimeout(timer);
        cdp.off('Runtime.executionContextCreated', onContext);
        resolve();
      }
    };
    cdp.on('Runtime.executionContextCreated', onContext);
  });
}

/** Opens the popup in a fresh tab (a popup is a new document each time) and reads its marks. */
async function openPopup(context: BrowserContext, url: string, until: keyof Marks): Promise<Marks> {
  const popup = await context.newPage();
  try {
    await popup.addInitScript(WATCH_POPUP);
    await popup.goto(url);
    await popup.waitForFunction((key) => (window as unknown as MarkedWindow).__declutterPopupMarks?.[key] != null, until, {
      timeout: 15_000,
    });
    return await popup.evaluate(() => ({ ...(window as unknown as MarkedWindow).__declutterPopupMarks }) as Marks);
  } finally {
    await popup.close();
  }
}

async function heapUsed(cdp: CDPSession): Promise<{ heap: number; nodes: number; listeners: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const counters = (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
  return { heap: usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
}

export interface ExtensionBenchOptions {
  context: BrowserContext;
  server: PageServer;
  article: ArticleTarget;
  runs: number;
  warmup: number;
  cycles: number;
}

export interface ExtensionBench {
  popup: PopupLatency;
  reader: ReaderMemory | null;
  notes: string[];
}

export async function measureExtension({
  context,
  server,
  article,
  runs,
  warmup,
  cycles,
}: ExtensionBenchOptions): Promise<ExtensionBench> {
  const notes: string[] = [];
  const worker = await extensionWorker(context);
  const id = new URL(worker.url()).host;
  const path = pathOf(article.url);
  server.set(path, article.html);
  const pageUrl = `http://www.sedaily.com${path}`;

  const tab = await context.newPage();
  const tabCdp = await context.newCDPSession(tab);
  await tabCdp.send('Runtime.enable');
  const load = async (navigate: () => Promise<unknown>) => {
    const ready = contentScriptReady(tabCdp, id);
    await navigate();
    await ready;
  };
  await load(() => tab.goto(pageUrl, { waitUntil: 'load' }));
  const tabId = await worker.evaluate(async (prefix) => {
    const tabs: { id?: number; url?: string }[] = await (globalThis as unknown as WorkerGlobal).chrome.tabs.query({});
    return tabs.find((t) => t.url?.startsWith(prefix))?.id ?? null;
  }, pageUrl);
  if (tabId === null) throw new Error('the article tab was not found from the service worker');

  const popupUrl = `chrome-extension://${id}/popup.html?tabId=${tabId}`;

  // Floor: the popup with no tab to read.
  const floor: number[] = [];
  for (let run = 0; run < warmup + runs; run += 1) {
    const marks = await openPopup(context, `chrome-extension://${id}/popup.html?tabId=2147483000`, 'rootPaintedAt');
    if (run >= warmup) floor.push(marks.rootPaintedAt!);
  }

  // Cold: a freshly loaded article tab; the popup's request runs the extraction.
  const cold: Marks[] = [];
  for (let run = 0; run < warmup + runs; run += 1) {
    await load(() => tab.reload({ waitUntil: 'load' }));
    const marks = await openPopup(context, popupUrl, 'paintedAt');
    if (run >= warmup) cold.push(marks);
  }

  // Cached: the content script answers from its cache (filled by the last cold run).
  const cached: Marks[] = [];
  for (let run = 0; run < warmup + runs; run += 1) {
    const marks = await openPopup(context, popupUrl, 'paintedAt');
    if (run >= warmup) cached.push(marks);
  }

  const painted = (runs: Marks[]) => runs.map((m) => m.paintedAt!);
  // A first frame can only come after the root rendered; when the article arrived first, the
  // first frame is the article's (rootPaintedAt and paintedAt then fall in the same frame).
  const firstFrame = (runs: Marks[]) => runs.map((m) => m.rootPaintedAt ?? Number.NaN);
  const cachedMs = median(painted(cached));
  const cachedFirstFrameMs = median(firstFrame(cached));
  const popupLatency: PopupLatency = {
    cachedMs,
    coldMs: median(painted(cold)),
    floorMs: median(floor),
    cachedFirstFrameMs,
    coldFirstFrameMs: median(firstFrame(cold)),
    cachedOverFirstFrame: cachedMs / cachedFirstFrameMs,
    cachedOverFirstFramePerRun: median(cached.map((m) => m.paintedAt! / (m.rootPaintedAt ?? Number.NaN))),
    cachedPhases: {
      askedMs: median(cached.map((m) => m.askedAt ?? Number.NaN)),
      answeredMs: median(cached.map((m) => m.answeredAt ?? Number.NaN)),
      inDomMs: median(cached.map((m) => m.contentAt ?? Number.NaN)),
    },
    trend: {
      cached: trendOf(painted(cached)),
      cold: trendOf(painted(cold)),
      floor: trendOf(floor),
      cachedFirstFrame: trendOf(firstFrame(cached)),
    },
    runs,
    samples: {
      cached: painted(cached).map((value) => round(value, 1)!),
      cold: painted(cold).map((value) => round(value, 1)!),
      floor: floor.map((value) => round(value, 1)!),
      cachedFirstFrame: firstFrame(cached).map((value) => round(value, 1)!),
      coldFirstFrame: firstFrame(cold).map((value) => round(value, 1)!),
    },
  };

  // Reader memory: open/close through the popup's reader button.
  let reader: ReaderMemory | null = null;
  const popup = await context.newPage();
  await popup.goto(popupUrl);
  await popup.waitForSelector('[data-testid="article-body"]', { timeout: 15_000 });
  const toggle = popup.locator('[data-testid="reader-toggle"]');
  if ((await toggle.count()) === 0) {
    notes.push('reader memory not measured: the popup has no [data-testid=reader-toggle] button');
  } else {
    const cycle = async () => {
      await toggle.click();
      await popup.waitForSelector('[data-testid="reader-toggle"][data-state="on"]', { timeout: 10_000 });
      await toggle.click();
      await popup.waitForSelector('[data-testid="reader-toggle"][data-state="off"]', { timeout: 10_000 });
    };
    await cycle();
    const opened = await tab.evaluate(() => document.querySelectorAll('declutter-reader').length);
    if (opened !== 0) notes.push(`after closing, ${opened} reader element(s) stayed in the page`);
    const first = await heapUsed(tabCdp);
    const series = [{ cycle: 1, heap: first.heap }];
    let last = first;
    for (let done = 1; done < cycles;) {
      const next = Math.min(cycles, done + READING_EVERY - (done % READING_EVERY));
      for (; done < next; done += 1) await cycle();
      last = await heapUsed(tabCdp);
      series.push({ cycle: done, heap: last.heap });
    }
    const tail = series.filter((point) => point.cycle >= cycles / 2);
    const fit = fitLine(tail.map((point) => [point.cycle, point.heap]));
    reader = {
      heapGrowthBytes: last.heap - first.heap,
      heapAfter1: first.heap,
      heapAfter50: last.heap,
      series,
      steadyBytesPerCycle: Math.round(fit.slope),
      noiseBytes: Math.round(fit.residualStd),
      domNodesGrowth: last.nodes - first.nodes,
      listenersGrowth: last.listeners - first.listeners,
      cycles,
    };
    // Did the reader really open? Check once more with the element present.
    await toggle.click();
    await popup.waitForSelector('[data-testid="reader-toggle"][data-state="on"]', { timeout: 10_000 });
    const mounted = await tab.evaluate(() => document.querySelectorAll('declutter-reader').length);
    if (mounted !== 1) notes.push(`with the reader open, the page had ${mounted} reader elements (expected 1)`);
  }
  await tabCdp.detach().catch(() => {});
  await popup.close();
  await tab.close();
  return { popup: popupLatency, reader, notes };
}
