/**
 * Raw and gzip bytes of every file of a built extension, and the totals the targets are about:
 * - contentScript: the JS and CSS the manifest injects into every matching page;
 * - onDemand: scripts injected later with `scripting.executeScript` (every JS/CSS file that no
 *   manifest entry and no HTML page references, e.g. WXT unlisted scripts such as reader-app.js);
 * - popup: the JS and CSS popup.html loads, following static imports between chunks.
 * gzip level 9.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface SizeGroup {
  raw: number;
  gzip: number;
  files: string[];
}

export interface BundleSizes {
  files: FileSize[];
  total: { raw: number; gzip: number };
  contentScript: SizeGroup;
  onDemand: SizeGroup;
  popup: SizeGroup | null;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export function gzipBytes(content: Buffer | string): number {
  return gzipSync(content, { level: 9 }).length;
}

/** Relative or root specifiers matched by `pattern` (group 1) in a built chunk, as paths under `root`. */
function importsOf(code: string, file: string, pattern: RegExp): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(pattern)) {
    const spec = match[1]!;
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    found.add(spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec));
  }
  return [...found];
}

/** Static imports of a built ES module chunk (`import"./a.js"`, `from"./b.js"`), as paths under `root`. */
export function staticImports(code: string, file: string): string[] {
  return importsOf(code, file, /(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g);
}

/** Dynamic imports of a built chunk (`import("./c.js")`), as paths under `root`. */
export function dynamicImports(code: string, file: string): string[] {
  return importsOf(code, file, /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g);
}

/** JS and CSS an HTML page loads: script src, stylesheet and modulepreload hrefs, then their imports. */
export function pageAssets(root: string, htmlFile: string): string[] {
  const html = readFileSync(join(root, htmlFile), 'utf8');
  const queue: string[] = [];
  for (const match of html.matchAll(/(?:src|href)\s*=\s*["']([^"']+\.(?:js|css))["']/g)) {
    const spec = match[1]!;
    if (/^[a-z]+:/i.test(spec)) continue;
    queue.push(spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(htmlFile), spec));
  }
  const seen = new Set<string>();
  while (queue.length) {
    const file = posix.normalize(queue.shift()!);
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) queue.push(...staticImports(readFileSync(join(root, file), 'utf8'), file));
  }
  return [...seen];
}

function group(files: readonly FileSize[], names: readonly string[]): SizeGroup {
  const picked = files.filter((file) => names.includes(file.file));
  return {
    raw: picked.reduce((sum, file) => sum + file.raw, 0),
    gzip: picked.reduce((sum, file) => sum + file.gzip, 0),
    files: picked.map((file) => file.file),
  };
}

export function measureBundle(root: string): BundleSizes {
  const files = listFiles(root)
    .map((path) => {
      const content = readFileSync(path);
      return { file: relative(root, path).split('\\').join('/'), raw: content.length, gzip: gzipBytes(content) };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
    background?: { service_worker?: string; scripts?: string[] };
  };
  const contentFiles = (manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]);
  const background = [manifest.background?.service_worker, ...(manifest.background?.scripts ?? [])].filter(Boolean) as string[];
  const pageFiles = files.filter((file) => file.file.endsWith('.html')).flatMap((file) => pageAssets(root, file.file));
  // Chunks an extension page loads later with import() (the popup's caption-free copy) belong to
  // that page, not to what is injected into web pages.
  const lazyPageFiles = pageFiles
    .filter((file) => file.endsWith('.js'))
    .flatMap((file) => dynamicImports(readFileSync(join(root, file), 'utf8'), file));
  const known = new Set([...contentFiles, ...background, ...pageFiles, ...lazyPageFiles]);
  const onDemand = files.filter((file) => /\.(?:js|css)$/.test(file.file) && !known.has(file.file)).map((file) => file.file);
  const hasPopup = files.some((file) => file.file === 'popup.html');
  return {
    files,
    total: { raw: files.reduce((sum, f) => sum + f.raw, 0), gzip: files.reduce((sum, f) => sum + f.gzip, 0) },
    contentScript: group(files, contentFiles),
    onDemand: group(files, onDemand),
    popup: hasPopup ? group(files, pageAssets(root, 'popup.html')) : null,
  };
}
