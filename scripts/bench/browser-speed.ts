/**
 * Speed in real Chromium: each page is served at its own URL (the sedaily hosts mapped to the local
 * server, over http), the bundled harness (page/harness.ts) is evaluated in it, and every run is
 * one `page.evaluate` timed inside the page with performance.now(), after a full GC through CDP.
 * The page's own scripts are blocked by a CSP header (saved pages carry analytics timers, and one
 * has an endless `onerror` image loop); the harness, evaluated through DevTools, runs. (Turning
 * JavaScript off instead would also refuse DOMPurify's Trusted Types callback: the sanitiser would
 * fail closed and do no work.)
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { CheckResult } from './page/harness';
import { pathOf, type PageServer } from './server';
import { emptyTimes, interleave, TOOLS, type Tool, type ToolTimes } from './tools';

/** What the page harness (scripts/bench/page/harness.ts) puts on the page's global object. */
interface BenchPage {
  __declutterBench: { check(url: string): CheckResult; time(tool: Tool, url: string): number; drop(): void };
}

export interface BrowserPage {
  /** The article URL given to the pipeline (and used to pick the site rule). */
  url: string;
  /** Where the page is served; defaults to the article URL's path. */
  path?: string;
  html: string;
}

export interface BrowserTiming {
  times: ToolTimes;
  check: CheckResult;
}

export class BrowserSpeed {
  private page: Page | null = null;
  private cdp: CDPSession | null = null;

  constructor(
    private readonly context: BrowserContext,
    private readonly server: PageServer,
    private readonly harness: string,
  ) {}

  private async open(target: BrowserPage): Promise<{ page: Page; cdp: CDPSession }> {
    if (!this.page) {
      this.page = await this.context.newPage();
      this.cdp = await this.context.newCDPSession(this.page);
    }
    const path = target.path ?? pathOf(target.url);
    this.server.set(path, target.html, { scripts: false });
    await this.page.goto(`http://${new URL(target.url).host}${path}`, { waitUntil: 'load' });
    await this.page.evaluate(this.harness);
    return { page: this.page, cdp: this.cdp! };
  }

  async time(target: BrowserPage, runs: number, warmup: number, tools: readonly Tool[] = TOOLS): Promise<BrowserTiming> {
    const { page, cdp } = await this.open(target);
    const url = target.url;
    const check = await page.evaluate((u) => (globalThis as unknown as BenchPage).__declutterBench.check(u), url);
    const times = await interleave(
      tools,
      runs,
      warmup,
      (tool) => page.evaluate(([t, u]) => (globalThis as unknown as BenchPage).__declutterBench.time(t, u), [tool, url] as const),
      async () => {
        await page.evaluate(() => (globalThis as unknown as BenchPage).__declutterBench.drop());
        await cdp.send('HeapProfiler.collectGarbage');
      },
    );
    return { times: Object.assign(emptyTimes(), times), check };
  }

  async close(): Promise<void> {
    await this.cdp?.detach().catch(() => {});
    await this.page?.close().catch(() => {});
  }
}
