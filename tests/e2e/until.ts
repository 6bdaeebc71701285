/** Polling with a bound, for state outside a driver's own auto-waiting (no fixed sleeps). */

/** Polls `check` until it returns true; throws after `timeoutMs`. */
export async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 10_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; !(await check());) {
    if (Date.now() > end) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
