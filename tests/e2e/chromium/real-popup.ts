/**
 * The real toolbar popup, over CDP: opened by `chrome.action.openPopup()` or by the popup's
 * keyboard shortcut pressed as real keys (a user gesture granting activeTab).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import type { Launched } from './launch';

/** The extension API inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: WxtBrowser;
export interface RealPopup {
  /** Evaluates `expression` (awaiting promises) in the popup and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Polls `expression` until it is truthy. */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  /** Sends a raw DevTools protocol command to the popup. */
  send<T = unknown>(method: string, params?: object): Promise<T>;
  /** Protocol events from the popup (after the domain was enabled with `send`). */
  on(method: string, listener: (params: Record<string, unknown>) => void): void;
  /** True while the popup target exists. */
  isOpen(): Promise<boolean>;
  close(): Promise<void>;
}

type TargetInfo = { targetId: string; url: string; type: string };

/**
 * Attaches to the real popup once it exists: opened by `chrome.action.openPopup()` or by a real
 * gesture (toolbar click, `_execute_action` shortcut). It is not a Playwright page, so we talk to
 * it over CDP: attach to its target and exchange raw protocol messages.
 */
export async function attachRealPopup(launched: Launched, page: Page, timeoutMs = 10_000): Promise<RealPopup> {
  const cdp = await launched.context.newCDPSession(page);
  const popupUrl = `chrome-extension://${launched.extensionId}/popup.html`;
  let targetId: string | undefined;
  for (const end = Date.now() + timeoutMs; !targetId && Date.now() < end;) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    targetId = targetInfos.find((target) => target.url === popupUrl)?.targetId;
    if (!targetId) await page.waitForTimeout(100);
  }
  if (!targetId) throw new Error('The real popup did not open.');
  return attachTarget(cdp, targetId, page);
}

async function attachTarget(cdp: CDPSession, targetId: string, page: Page): Promise<RealPopup> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  type Reply = { id: number; result?: Record<string, unknown>; error?: { message: string } };
  const pending = new Map<number, (message: Reply) => void>();
  const listeners = new Map<string, ((params: Record<string, unknown>) => void)[]>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as Reply & { method?: string; params?: Record<string, unknown> };
    if (message.id !== undefined) pending.get(message.id)?.(message);
    else if (message.method) for (const listener of listeners.get(message.method) ?? []) listener(message.params ?? {});
  });
  let nextId = 1;
  const send = async <T>(method: string, params: object = {}): Promise<T> => {
    const id = nextId++;
    const reply = new Promise<Reply>((done) => pending.set(id, done));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const message = await reply;
    pending.delete(id);
    if (message.error) throw new Error(`${method} failed in the popup: ${message.error.message}`);
    return message.result as T;
  };
  const evaluate = async <T>(expression: string): Promise<T> => {
    const result = await send<{ result: { value: unknown }; exceptionDetails?: unknown }>('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (result.exceptionDetails) throw new Error(`Popup evaluation failed: ${JSON.stringify(result.exceptionDetails)}`);
    return result.result.value as T;
  };
  const isOpen = async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    return targetInfos.some((target) => target.targetId === targetId);
  };
  return {
    evaluate,
    send,
    on(method, listener) {
      listeners.set(method, [...(listeners.get(method) ?? []), listener]);
    },
    isOpen,
    async waitFor(expression, timeoutMs = 15_000) {
      const end = Date.now() + timeoutMs;
      while (!(await evaluate<boolean>(`Boolean(${expression})`))) {
        if (Date.now() > end) throw new Error(`Timed out waiting for ${expression} in the popup.`);
        await page.waitForTimeout(100);
      }
    },
    async close() {
      if (await isOpen()) await cdp.send('Target.closeTarget', { targetId });
      await cdp.detach().catch(() => {});
    },
  };
}

/** The real toolbar popup (`chrome.action.openPopup()` on the front tab). */
export async function openRealPopup(launched: Launched, page: Page): Promise<RealPopup> {
  const cdp = await launched.context.newCDPSession(page);
  // The popup is clamped to its browser window; pages Playwright opens may get small windows.
  const { windowId, bounds } = (await cdp.send('Browser.getWindowForTarget')) as {
    windowId: number;
    bounds: { width: number; height: number };
  };
  if (bounds.width < 1280 || bounds.height < 900) {
    await cdp.send('Browser.setWindowBounds', { windowId, bounds: { width: 1280, height: 900 } });
  }
  await cdp.detach();
  await page.bringToFront();
  await launched.worker.evaluate(() => chrome.action.openPopup());
  return attachRealPopup(launched, page);
}

/** The popup's keyboard shortcut (Alt+Shift+E) as real keys: the real popup, with an activeTab grant. */
export async function openPopupByShortcut(launched: Launched, page: Page): Promise<RealPopup> {
  if (!launched.desktop) throw new Error('The popup shortcut needs a headful launch.');
  await page.bringToFront();
  launched.desktop.focusBrowser();
  launched.desktop.key('alt+shift+e');
  return attachRealPopup(launched, page);
}
