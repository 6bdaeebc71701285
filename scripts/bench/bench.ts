/**
 * `npm run bench [-- --runs 20 --warmup 3 --only node,chromium,scale,size,popup,reader --no-build --scale-node]`
 *
 * Speed, scaling, size, popup latency and reader memory, against the peers, in one process.
 * Prints a table and writes `bench-results.json` at the repo root (not committed; the figures go
 * into docs/benchmarks.md). Every timing is a median over `--runs` runs after `--warmup` runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SEDAILY_RULE } from '../../utils/site-rules/sedaily/rule';
import { bundleHarness } from './page-bundle';
import { BrowserSpeed } from './browser-speed';
import { measureBundle } from './bundle-size';
import { launchChromium } from './chromium';
import { measureExtension } from './extension';
import { hostsOf, loadBenchFixtures, PAGE_GROUPS } from './fixtures';
import { growPage } from './grow-page';
import { NODE_GC, timeNodePage } from './node-speed';
import { machineInfo, printReport } from './report';
import { BENCH_OUT_DIR } from './wxt.bench.config';
import { startPageServer, pathOf } from './server';
import { median, round } from './stats';
import { TOOLS, type Tool, type ToolTimes } from './tools';
import { TARGETS, type BenchResults, type EnvSpeed, type PageSpeed, type ScaleRow } from './results';

const PARTS = ['node', 'chromium', 'scale', 'size', 'popup', 'reader'] as const;
type Part = (typeof PARTS)[number];
const SCALE_FACTORS = [1, 4, 16, 64] as const;
const DEFAULT_SCALE_FIXTURE = 'sedaily-desktop-2020-era2';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    runs: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results.json' },
    'scale-fixture': { type: 'string', default: DEFAULT_SCALE_FIXTURE },
    cycles: { type: 'string', default: '50' },
    'scale-node': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const warmup = Number(values.warmup);
const parts = new Set<Part>(values.only ? (values.only.split(',') as Part[]) : PARTS);
const log = (line: string) => process.stderr.write(`${line}\n`);

const medians = (times: ToolTimes): Record<Tool, number> =>
  Object.fromEntries(TOOLS.map((tool) => [tool, median(times[tool])])) as Record<Tool, number>;
/** Not-article pages stop at the URL gate; only the pipeline is timed there (peers would extract a front page). */
const toolsFor = (fixture: { status: string }): readonly Tool[] => (fixture.status === 'ok' ? TOOLS : ['pipeline']);
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : Number.NaN);

async function main(): Promise<void> {
  const started = performance.now();
  const fixtures = loadBenchFixtures();
  if (!fixtures.some((fixture) => fixture.group === 'sedaily')) throw new Error('no sedaily fixtures under tests/pages');
  const articles = fixtures.filter((fixture) => fixture.status === 'ok' && fixture.group === 'sedaily');
  const scaleFixture = articles.find((f) => f.slug === values['scale-fixture']) ?? articles[0]!;
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: machineInfo(),
    chromium: null,
    runs,
    warmup,
    fixtures: fixtures.map((f) => f.slug),
    speed: { pipelineOverReadability: null, pipelineOverDefuddle: null, chromium: null, node: null, groups: {}, pages: [] },
    scale: { slope64: null, fixture: scaleFixture.slug, nodeSlope64: null, readabilitySlope64: null, rows: [] },
    bundle: { contentScriptGzip: null, popupGzip: null, contentScriptRaw: null, popupRaw: null, files: [] },
    popup: { cachedMs: null, coldMs: null, floorMs: null, detail: null },
    reader: { heapGrowthBytes: null, detail: null },
    targets: TARGETS,
    notes: [],
    partSeconds: {},
  };
  const partStarted = new Map<string, number>();
  const lap = (name: string) => {
    const now = performance.now();
    const last = [...partStarted.values()].at(-1) ?? started;
    results.partSeconds[name] = round((now - last) / 1000, 1)!;
    partStarted.set(name, now);
  };
  const pageRows = new Map<string, PageSpeed>(
    fixtures.map((f) => [f.slug, { slug: f.slug, status: f.status, group: f.group, node: null, chromium: null }]),
  );

  // Node (linkedom).
  if (parts.has('node')) {
    log(
      `node: ${fixtures.length} pages × ${warmup}+${runs} rounds${NODE_GC ? '' : ' (no --expose-gc: runs are not GC-separated)'}`,
    );
    for (const fixture of fixtures) {
      const times = medians(await timeNodePage(fixture, runs, warmup, toolsFor(fixture)));
      pageRows.get(fixture.slug)!.node = times;
    }
    lap('node');
  }

  // Chromium: speed, then the grown pages.
  const grown = parts.has('scale')
    ? SCALE_FACTORS.map((factor) => ({ factor, ...growPage(scaleFixture.html, factor, SEDAILY_RULE) }))
    : [];
  if (parts.has('chromium') || parts.has('scale')) {
    const server = await startPageServer();
    const browser = await launchChromium({ port: server.port, hosts: hostsOf(fixtures) });
    results.chromium = browser.version;
    const speed = new BrowserSpeed(browser.context, server, await bundleHarness());
    try {
      if (parts.has('chromium')) {
        log(`chromium: ${fixtures.length} pages × ${warmup}+${runs} rounds`);
        for (const fixture of fixtures) {
          const { times, check } = await speed.time(fixture, runs, warmup, toolsFor(fixture));
          const row = pageRows.get(fixture.slug)!;
          row.chromium = medians(times);
          row.check = check;
        }
        lap('chromium');
      }
      for (const page of grown) {
        log(`scale ${page.factor}×: ${(page.html.length / 1024).toFixed(0)} KB`);
        const path = `${pathOf(scaleFixture.url)}?bench-scale=${page.factor}`;
        const { times, check } = await speed.time({ url: scaleFixture.url, path, html: page.html }, runs, Math.min(warmup, 3), [
          'pipeline',
          'readability',
        ]);
        const node = values['scale-node']
          ? await timeNodePage({ url: scaleFixture.url, html: page.html }, runs, Math.min(warmup, 3), ['pipeline', 'readability'])
          : null;
        results.scale.rows.push({
          factor: page.factor,
          bytes: page.html.length,
          bodyNodes: page.bodyNodes,
          clutterBlocks: page.clutterBlocks,
          textLength: check.pipeline.textLength,
          chromium: { pipeline: median(times.pipeline), readability: median(times.readability) },
          node: node ? { pipeline: median(node.pipeline), readability: median(node.readability) } : null,
        } satisfies ScaleRow);
      }
      if (grown.length) lap('scale');
    } finally {
      await speed.close();
      await browser.close();
      await server.close();
    }
  }

  // Per-page ratios and their medians over the article pages.
  for (const row of pageRows.values()) {
    for (const env of ['node', 'chromium'] as const) {
      const ms = row[env];
      if (!ms) continue;
      row[`${env}Ratios`] = { readability: ratio(ms.pipeline, ms.readability), defuddle: ratio(ms.pipeline, ms.defuddle) };
    }
  }
  results.speed.pages = [...pageRows.values()];
  const envSpeed = (rows: PageSpeed[], env: 'node' | 'chromium'): EnvSpeed | null => {
    const timed = rows.filter((row) => row.status === 'ok' && row[`${env}Ratios`]);
    if (!timed.length) return null;
    return {
      pipelineOverReadability: median(timed.map((row) => row[`${env}Ratios`]!.readability)),
      pipelineOverDefuddle: median(timed.map((row) => row[`${env}Ratios`]!.defuddle)),
      pipelineMs: median(timed.map((row) => row[env]!.pipeline)),
      readabilityMs: median(timed.map((row) => row[env]!.readability)),
      defuddleMs: median(timed.map((row) => row[env]!.defuddle)),
      pages: timed.length,
    };
  };
  // The headline figures stay sedaily's (comparable with earlier runs); the groups say the rest.
  const sedailyRows = results.speed.pages.filter((row) => row.group === 'sedaily');
  results.speed.chromium = envSpeed(sedailyRows, 'chromium');
  results.speed.node = envSpeed(sedailyRows, 'node');
  for (const group of PAGE_GROUPS) {
    const rows = results.speed.pages.filter((row) => row.group === group);
    if (rows.length) results.speed.groups[group] = { chromium: envSpeed(rows, 'chromium'), node: envSpeed(rows, 'node') };
  }
  results.speed.pipelineOverReadability = results.speed.chromium?.pipelineOverReadability ?? null;
  results.speed.pipelineOverDefuddle = results.speed.chromium?.pipelineOverDefuddle ?? null;
  const slope = (rows: ScaleRow[], pick: (row: ScaleRow) => number | undefined) => {
    const one = rows.find((row) => row.factor === 1);
    const big = rows.find((row) => row.factor === 64);
    return one && big ? ratio(pick(big)!, pick(one)!) / 64 : Number.NaN;
  };
  if (results.scale.rows.length) {
    results.scale.slope64 = round(
      slope(results.scale.rows, (row) => row.chromium.pipeline),
      3,
    );
    results.scale.readabilitySlope64 = round(
      slope(results.scale.rows, (row) => row.chromium.readability),
      3,
    );
    results.scale.nodeSlope64 = round(
      slope(results.scale.rows, (row) => row.node?.pipeline),
      3,
    );
  }

  // The built extension.
  if (parts.has('size') || parts.has('popup') || parts.has('reader')) {
    if (!values['no-build']) {
      log('build: wxt build (chrome-mv3)');
      execFileSync('npx', ['wxt', 'build', '-c', 'scripts/bench/wxt.bench.config.ts'], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    }
    const dist = resolve(BENCH_OUT_DIR, 'chrome-mv3');
    const sizes = measureBundle(dist);
    lap('build+size');
    results.bundle = {
      contentScriptGzip: sizes.contentScript.files.length ? sizes.contentScript.gzip : null,
      contentScriptRaw: sizes.contentScript.files.length ? sizes.contentScript.raw : null,
      popupGzip: sizes.popup?.gzip ?? null,
      popupRaw: sizes.popup?.raw ?? null,
      onDemandGzip: sizes.onDemand.gzip,
      onDemandRaw: sizes.onDemand.raw,
      pageInjectedGzip: sizes.contentScript.gzip + sizes.onDemand.gzip,
      contentScriptFiles: sizes.contentScript.files,
      onDemandFiles: sizes.onDemand.files,
      popupFiles: sizes.popup?.files ?? [],
      total: sizes.total,
      files: sizes.files,
    };
    const hasUi = existsSync(resolve(dist, 'popup.html')) && sizes.contentScript.files.length > 0;
    if (!hasUi && (parts.has('popup') || parts.has('reader'))) {
      results.notes.push('popup and reader not measured: UI missing (no popup.html or no content script in the build)');
    } else if (parts.has('popup') || parts.has('reader')) {
      log(`extension: popup ${warmup}+${runs} runs each (floor, cold, cached), reader ${values.cycles} cycles`);
      const server = await startPageServer();
      const browser = await launchChromium({ port: server.port, extension: dist });
      results.chromium ??= browser.version;
      try {
        const ext = await measureExtension({
          context: browser.context,
          server,
          article: scaleFixture,
          runs,
          warmup,
          cycles: Number(values.cycles),
        });
        results.popup = { cachedMs: ext.popup.cachedMs, coldMs: ext.popup.coldMs, floorMs: ext.popup.floorMs, detail: ext.popup };
        if (ext.reader) results.reader = { heapGrowthBytes: ext.reader.heapGrowthBytes, detail: ext.reader };
        results.notes.push(...ext.notes);
      } catch (error) {
        results.notes.push(`extension part failed: ${(error as Error).message.split('\n')[0]}`);
      } finally {
        await browser.close();
        await server.close();
      }
      lap('extension');
    }
  }

  results.seconds = round((performance.now() - started) / 1000, 1);
  results.loadAverageAtEnd = round(loadavg()[0]!, 2)!;
  const out = resolve(values.out!);
  writeFileSync(
    out,
    `${JSON.stringify(results, (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`,
  );
  printReport(results, (line) => process.stdout.write(`${line}\n`));
  log(`wrote ${out} in ${results.seconds} s`);
}

await main();
