/**
 * Xvfb and xdotool: a real display for the gestures a headless browser cannot receive (keyboard
 * commands, the page context menu, toolbar gestures). Every headful launch starts its own display;
 * no DISPLAY or xvfb-run is needed.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

export interface Desktop {
  display: string;
  /** Runs xdotool on this display; returns its output. */
  xdo(...args: string[]): string;
  /** Gives X input focus to the browser window, so real key presses reach the browser's accelerators. */
  focusBrowser(): void;
  /** Presses a key combination through the X server (e.g. `alt+shift+d`). */
  key(...combos: string[]): void;
  /** Ids of the visible top-level windows (a context menu is one of its own). */
  visibleWindows(): string[];
  close(): void;
}

export function requireTool(tool: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`${tool} is missing: the headful tests need Debian's xvfb and xdotool (apt-get install xvfb xdotool).`);
  }
}

/**
 * Starts Xvfb on a free display. `windowClass` is the X class of the browser's windows
 * (`chromium`, `firefox-esr`), for finding the main window to focus.
 */
export async function startDesktop(windowClass: string): Promise<Desktop> {
  requireTool('Xvfb');
  requireTool('xdotool');
  const xvfb: ChildProcess = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const display = await new Promise<string>((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error('Xvfb did not start.')), 10_000);
    xvfb.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^(\d+)\n/.exec(out);
      if (match) {
        clearTimeout(timer);
        done(`:${match[1]}`);
      }
    });
    xvfb.on('exit', (code) => fail(new Error(`Xvfb exited (${code}).`)));
  });
  // Never outlive the test process, even when it ends without closing the browser.
  const stop = () => xvfb.kill();
  process.once('exit', stop);
  const env = { ...process.env, DISPLAY: display };
  const xdo = (...args: string[]) => execFileSync('xdotool', args, { env, encoding: 'utf8' });
  return {
    display,
    xdo,
    focusBrowser() {
      // The browser window is the largest visible browser window (menus and popups are small).
      const ids = xdo('search', '--sync', '--onlyvisible', '--class', windowClass).trim().split('\n').filter(Boolean);
      const sized = ids.map((id) => {
        const geometry = xdo('getwindowgeometry', '--shell', id);
        const width = Number(/WIDTH=(\d+)/.exec(geometry)?.[1] ?? 0);
        const height = Number(/HEIGHT=(\d+)/.exec(geometry)?.[1] ?? 0);
        return { id, area: width * height };
      });
      const main = sized.sort((a, b) => b.area - a.area)[0];
      if (!main) throw new Error(`No ${windowClass} window on the Xvfb display.`);
      xdo('windowfocus', '--sync', main.id);
    },
    key(...combos) {
      xdo('key', '--clearmodifiers', '--delay', '60', ...combos);
    },
    visibleWindows() {
      try {
        return xdo('search', '--onlyvisible', '--name', '').trim().split('\n').filter(Boolean);
      } catch {
        return []; // xdotool exits 1 when nothing matches
      }
    },
    close() {
      process.off('exit', stop);
      xvfb.kill();
    },
  };
}

// ------------------------------------------------------------------------------------------------
