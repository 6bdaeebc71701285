/** The extension's isolated world in a page, and the extension scripts run there (over CDP). */
import type { Page } from 'playwright-core';
import type { Launched } from './launch';

export interface ExtensionWorld {
  /**
   * Evaluates `expression` (awaiting promises) in the extension's isolated world of the page's top
   * frame, where its content scripts run; waits until the first content script created that world.
   */
  evaluate<T>(expression: string): Promise<T>;
  /** How many times the extension script at `path` (e.g. `/reader-app.js`) has run in the page. */
  runs(path: string): number;
  /** How many isolated worlds of the extension were created in the page's frames so far. */
  worldsCreated(): number;
}

type ContextInfo = { id: number; origin: string; auxData?: { frameId?: string; type?: string } };

/**
 * Watches `page` from before its first navigation: the extension's isolated world (for globals
 * that page scripts cannot see) and every extension script evaluated there (DevTools' script list).
 */
export async function watchExtensionWorld(launched: Launched, page: Page): Promise<ExtensionWorld> {
  const cdp = await launched.context.newCDPSession(page);
  const origin = `chrome-extension://${launched.extensionId}`;
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const topFrame = frameTree.frame.id;
  let world: number | null = null;
  let created = 0;
  const runs = new Map<string, number>();
  cdp.on('Runtime.executionContextCreated', ({ context }: { context: ContextInfo }) => {
    if (context.origin !== origin || context.auxData?.type !== 'isolated') return;
    created++;
    if (context.auxData.frameId === topFrame) world = context.id;
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }: { executionContextId: number }) => {
    if (executionContextId === world) world = null;
  });
  cdp.on('Runtime.executionContextsCleared', () => {
    world = null;
  });
  cdp.on('Debugger.scriptParsed', ({ url }: { url: string }) => {
    if (url.startsWith(`${origin}/`)) runs.set(url.slice(origin.length), (runs.get(url.slice(origin.length)) ?? 0) + 1);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  return {
    async evaluate<T>(expression: string): Promise<T> {
      for (let attempt = 0; world === null; attempt++) {
        if (attempt > 100) throw new Error("The extension's isolated world never appeared in the page.");
        await page.waitForTimeout(100);
      }
      const reply = (await cdp.send('Runtime.evaluate', {
        expression,
        contextId: world,
        returnByValue: true,
        awaitPromise: true,
      })) as {
        result: { value: unknown };
        exceptionDetails?: unknown;
      };
      if (reply.exceptionDetails)
        throw new Error(`Evaluation in the extension world failed: ${JSON.stringify(reply.exceptionDetails)}`);
      return reply.result.value as T;
    },
    runs: (path) => runs.get(path) ?? 0,
    worldsCreated: () => created,
  };
}
