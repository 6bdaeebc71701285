/**
 * The store packages: `npm run zip`'s two commands (`wxt zip`, `wxt zip -b firefox`) make the
 * Chrome and the Firefox package (and the sources package AMO asks for), each with its browser's
 * manifest; the Firefox package, installed as it is into Firefox, reads a sedaily article in the
 * popup. (In the Firefox run: it is the Firefox package that gets installed.)
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type E2eBrowser } from './driver/driver';
import { pickFixture } from './fixtures';
import { ROOT } from './paths';
import { startSiteServer, type SiteServer } from './site-server';

const OUTPUT = join(ROOT, '.output');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const CHROME_ZIP = join(OUTPUT, `declutter-${version}-chrome.zip`);
const FIREFOX_ZIP = join(OUTPUT, `declutter-${version}-firefox.zip`);
const SOURCES_ZIP = join(OUTPUT, `declutter-${version}-sources.zip`);

/** The file `name` from a zip archive (its central directory, stored or deflated). */
function readZipEntry(zip: Buffer, name: string): Buffer | null {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('Not a zip archive.');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let index = 0; index < count; index++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const entry = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    if (entry === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 0 ? data : inflateRawSync(data);
    }
    at += 46 + skip;
  }
  return null;
}

const manifestOf = (zip: string) =>
  JSON.parse(String(readZipEntry(readFileSync(zip), 'manifest.json'))) as Record<string, unknown>;

let server: SiteServer;
let browser: E2eBrowser;

beforeAll(() => {
  const wxt = join(ROOT, 'node_modules/.bin/wxt');
  execFileSync(wxt, ['zip'], { cwd: ROOT, stdio: 'ignore' });
  execFileSync(wxt, ['zip', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('npm run zip', () => {
  it('makes the Chrome and the Firefox store packages, and the sources package', () => {
    const zips = readdirSync(OUTPUT).filter((name) => name.endsWith('.zip'));
    expect(zips).toEqual(
      expect.arrayContaining([CHROME_ZIP, FIREFOX_ZIP, SOURCES_ZIP].map((path) => path.slice(OUTPUT.length + 1))),
    );
    expect(manifestOf(CHROME_ZIP)).toMatchObject({ manifest_version: 3, background: { service_worker: 'background.js' } });
    expect(manifestOf(FIREFOX_ZIP)).toMatchObject({
      manifest_version: 2,
      background: { scripts: ['background.js'] },
      browser_specific_settings: { gecko: { id: 'declutter@declutter.invalid' } },
    });
    // The sources package carries no build output or test artifacts (zip.excludeSources).
    const sources = readFileSync(SOURCES_ZIP);
    expect(readZipEntry(sources, 'package.json')).not.toBeNull();
    expect(sources.includes('.output/')).toBe(false);
    expect(sources.includes('test-results/')).toBe(false);
  });

  it('installs the Firefox package into Firefox as it is, and it reads an article', async () => {
    const fixture = pickFixture();
    server = await startSiteServer();
    browser = await launch(server, { dist: FIREFOX_ZIP });
    const { tabId } = await browser.openTab(fixture.url);
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    expect(await popup.getByTestId('article-title').textContent()).toBe(fixture.expected.title);
    expect(await popup.getByTestId('outline').locator('.dc-outline__item').count()).toBe(fixture.expected.outline.length);
  });
});
