/** The printed table of `npm run bench`, and the machine description stored with the figures. */
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import type { BenchResults } from './results';
import type { Trend } from './trend';

export function machineInfo(): Record<string, string | number> {
  const cpu = cpus();
  return {
    cores: cpu.length,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    /** Other work on the machine when the run started (1-minute load average; 2 cores = 2.0 busy). */
    loadAverageAtStart: Math.round(loadavg()[0]! * 100) / 100,
  };
}

const ms = (value: number | null | undefined) =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(1);
const x = (value: number | null | undefined) =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : `${value.toFixed(2)}×`;
const kb = (bytes: number | null | undefined) =>
  bytes === null || bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KB`;
const pad = (cells: string[], widths: number[]) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');

export function verdict(value: number | null, max: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'not measured';
  if (max === null) return '';
  return value <= max ? 'met' : `MISSED by ${((value / max - 1) * 100).toFixed(0)}%`;
}

export function printReport(r: BenchResults, say: (line: string) => void): void {
  say(`Declutter benchmarks — ${r.date}`);
  say(
    `${r.machine.cores} cores (${r.machine.cpu}), Node ${r.machine.node}, Chromium ${r.chromium ?? '—'}; medians of ${r.runs} runs after ${r.warmup} warm-up runs`,
  );
  say(
    `load average at start ${r.machine.loadAverageAtStart}, at end ${r.loadAverageAtEnd ?? '—'} (above ${r.machine.cores} means other work competed for the CPU)`,
  );
  say('');
  say('Speed per saved page, ms (pipeline / Readability / Defuddle) and pipeline ÷ Readability');
  const widths = [40, 24, 8, 24, 8];
  say(pad(['page', 'Chromium', '÷ Rdb', 'Node (linkedom)', '÷ Rdb'], widths));
  for (const row of r.speed.pages) {
    const c = row.chromium;
    const n = row.node;
    say(
      pad(
        [
          `${row.group === 'sedaily' ? '' : `[${row.group}] `}${row.slug}${row.status === 'ok' ? '' : ' (not-article)'}`,
          c ? `${ms(c.pipeline)} / ${ms(c.readability)} / ${ms(c.defuddle)}` : '—',
          x(row.chromiumRatios?.readability),
          n ? `${ms(n.pipeline)} / ${ms(n.readability)} / ${ms(n.defuddle)}` : '—',
          x(row.nodeRatios?.readability),
        ],
        widths,
      ),
    );
  }
  for (const [group, speeds] of Object.entries(r.speed.groups ?? {})) {
    for (const env of ['chromium', 'node'] as const) {
      const s = speeds[env];
      if (s)
        say(
          `  ${group}, ${env}: median of per-page ratios over ${s.pages} articles — ÷ Readability ${x(s.pipelineOverReadability)}, ÷ Defuddle ${x(s.pipelineOverDefuddle)}`,
        );
    }
  }
  if (r.scale.rows.length) {
    say('');
    say(`Scaling (${r.scale.fixture} grown k×), ms pipeline / Readability`);
    for (const row of r.scale.rows) {
      say(
        `  ${String(row.factor).padStart(2)}×  ${(row.bytes / 1024).toFixed(0).padStart(5)} KB  Chromium ${ms(row.chromium.pipeline)} / ${ms(row.chromium.readability)}  Node ${ms(row.node?.pipeline)} / ${ms(row.node?.readability)}`,
      );
    }
    say(
      `  slope64 (Chromium pipeline) ${r.scale.slope64 ?? '—'}; Readability ${r.scale.readabilitySlope64 ?? '—'}; Node pipeline ${r.scale.nodeSlope64 ?? '—'}`,
    );
  }
  say('');
  say(
    `Size: content script ${kb(r.bundle.contentScriptGzip)} gzip (${kb(r.bundle.contentScriptRaw)} raw) + on demand ${kb(r.bundle.onDemandGzip)} gzip (${(r.bundle.onDemandFiles ?? []).join(', ') || 'none'}) = ${kb(r.bundle.pageInjectedGzip)} in the page; popup ${kb(r.bundle.popupGzip)} gzip (${kb(r.bundle.popupRaw)} raw)`,
  );
  for (const file of r.bundle.files) say(`  ${file.file.padEnd(44)} ${kb(file.raw).padStart(10)} ${kb(file.gzip).padStart(10)}`);
  say('');
  say(
    `Popup (tab): article painted cached ${ms(r.popup.cachedMs)} ms, cold ${ms(r.popup.coldMs)} ms; floor (first frame, no tab) ${ms(r.popup.floorMs)} ms`,
  );
  const popup = r.popup.detail;
  if (popup?.trend) {
    const t = (trend: Trend) =>
      `median ${ms(trend.median)}, first third ${ms(trend.first)} → last third ${ms(trend.last)} (${x(trend.change)})`;
    say(`  cached ${t(popup.trend.cached)}`);
    say(`  cold   ${t(popup.trend.cold)}`);
    say(`  floor  ${t(popup.trend.floor)}`);
    say(`  cached runs' own first frame ${t(popup.trend.cachedFirstFrame)}`);
    const phases = popup.cachedPhases;
    if (phases)
      say(
        `  cached, medians: getArticle sent at ${ms(phases.askedMs)} ms, answered at ${ms(phases.answeredMs)}, article in the DOM at ${ms(phases.inDomMs)}, painted at ${ms(popup.cachedMs)}`,
      );
    say(
      `  cached ÷ its first frame: ${x(popup.cachedOverFirstFrame)} (medians), ${x(popup.cachedOverFirstFramePerRun)} (median of per-run ratios)`,
    );
  }
  const heap = r.reader.detail;
  say(
    heap
      ? `Reader: heap after ${heap.cycles} cycles − after 1 = ${heap.heapGrowthBytes} B; second half ${heap.steadyBytesPerCycle} B/cycle ± ${heap.noiseBytes} B noise; DOM nodes ${heap.domNodesGrowth}, listeners ${heap.listenersGrowth}`
      : 'Reader: not measured',
  );
  if (heap) say(`  series (cycle: KB) ${heap.series.map((p) => `${p.cycle}: ${(p.heap / 1024).toFixed(0)}`).join(', ')}`);
  say('');
  say('Targets');
  const keyed: Record<string, number | null> = {
    'speed.pipelineOverReadability': r.speed.pipelineOverReadability,
    'scale.slope64': r.scale.slope64,
    'bundle.contentScriptGzip': r.bundle.contentScriptGzip,
    'bundle.pageInjectedGzip': r.bundle.pageInjectedGzip ?? null,
    'bundle.popupGzip': r.bundle.popupGzip,
    'popup.cachedMs': r.popup.cachedMs,
    'popup.cachedOverFirstFrame': r.popup.detail?.cachedOverFirstFrame ?? null,
    'popup.cachedTrend': r.popup.detail?.trend?.cached.change ?? null,
    'reader.heapGrowthBytes': r.reader.heapGrowthBytes,
  };
  for (const [key, target] of Object.entries(r.targets)) {
    const value = keyed[key] ?? null;
    say(
      `  ${key.padEnd(32)} ${String(value === null ? '—' : Number.isInteger(value) ? value : value.toFixed(3)).padStart(10)}  ${verdict(value, target.max)}  (${target.text})`,
    );
  }
  for (const note of r.notes) say(`note: ${note}`);
}
