/**
 * `npm run bench:aeb -- --dir DIR [--dir DIR …] [--dom linkedom|jsdom] [--out DIR] [--worst N]
 *  [--rank shingle|word|precision] [--jobs N] [--quiet]`
 *
 * Extraction quality on benchmark folders in the article-extraction-benchmark layout (aeb-folder.ts):
 * the pipeline ("Declutter"), its "try anyway" answer, plain Readability 0.6.0 and block-separated
 * Readability (aeb-page.ts) on every page, scored with both benchmarks' metrics: the AEB shingle
 * F1 (aeb-metric.ts) and WCXB's word F1 (word-f1.ts), each with precision and recall. Prints, per
 * folder and for all folders together, the figures, the pages called not an article and the worst
 * pages with what was extra and what was missing; writes the predictions of every system per folder
 * (`{ "<id>": { "articleBody": "…" } }`) and a per-page file with both metrics; prints one JSON
 * line last.
 *
 * Pages run on `--jobs` worker threads (default: the cores, at most 4); per-page times are then
 * taken while other pages run, so use `--jobs 1` when the milliseconds matter.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pagePrecision, pageRecall, pageF1 } from './aeb-metric';
import { loadFolders, pageTasks, type BenchFolder } from './aeb-folder';
import { SYSTEMS, type PageRecord, type SystemName } from './aeb-page';
import { runPool } from './aeb-pool';
import { printNotArticle, printScores, printWorst, RANKS, type RankBy } from './aeb-report';
import { rounded, summarize, summaryJson } from './aeb-scores';
import { DOM_NAMES, type DomName } from './dom';
import { round } from './stats';

const USAGE =
  'usage: npm run bench:aeb -- --dir DIR [--dir DIR …] [--dom linkedom|jsdom] [--out DIR] [--worst N] [--rank shingle|word|precision] [--jobs N] [--quiet]';
/** jsdom keeps memory across pages (docs/toolchain.md): a jsdom worker is replaced after this many. */
const JSDOM_PAGES_PER_WORKER = 100;

/** The per-page file: both metrics for every system, 4 decimals, no texts (they are in the predictions). */
function pageJson(page: PageRecord) {
  const { texts: _texts, shingle, word, ms, ...rest } = page;
  return {
    ...rest,
    ms: { pipeline: round(ms.pipeline, 1), readability: round(ms.readability, 1) },
    shingle: Object.fromEntries(
      SYSTEMS.map((system) => {
        const counts = shingle[system];
        return [
          system,
          { f1: round(pageF1(counts), 4), precision: round(pagePrecision(counts), 4), recall: round(pageRecall(counts), 4) },
        ];
      }),
    ),
    word: Object.fromEntries(SYSTEMS.map((system) => [system, rounded(word[system])])),
  };
}

function writeFolder(out: string, folder: BenchFolder, pages: readonly PageRecord[]): string {
  const dir = join(out, folder.name);
  mkdirSync(dir, { recursive: true });
  const predictions = (system: SystemName) =>
    Object.fromEntries(pages.map((page) => [page.id, { articleBody: page.texts[system] }]));
  for (const system of SYSTEMS) {
    const file = system === 'pipeline' ? 'predictions.json' : `predictions.${system}.json`;
    writeFileSync(join(dir, file), `${JSON.stringify(predictions(system), null, 1)}\n`);
  }
  writeFileSync(join(dir, 'pages.json'), `${JSON.stringify(pages.map(pageJson), null, 1)}\n`);
  return dir;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: 'string', multiple: true },
      dom: { type: 'string', default: 'linkedom' },
      out: { type: 'string' },
      worst: { type: 'string', default: '10' },
      rank: { type: 'string', default: 'shingle' },
      jobs: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.dir?.length) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const dom = values.dom as DomName;
  if (!DOM_NAMES.includes(dom)) throw new Error(`--dom must be one of ${DOM_NAMES.join(', ')}`);
  const rank = values.rank as RankBy;
  if (!RANKS.includes(rank)) throw new Error(`--rank must be one of ${RANKS.join(', ')}`);
  const worst = Number(values.worst);
  const jobs = values.jobs === undefined ? Math.max(1, Math.min(4, availableParallelism())) : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error('--jobs must be a whole number ≥ 1');
  const out = resolve(values.out ?? `.output/bench/aeb-${dom}`);
  const say = (line: string) => {
    if (!values.quiet) process.stdout.write(`${line}\n`);
  };

  const started = performance.now();
  const folders = loadFolders(values.dir);
  const tasks = pageTasks(folders);
  const records = await runPool(tasks, {
    jobs,
    dom,
    recycleAfter: dom === 'jsdom' ? JSDOM_PAGES_PER_WORKER : Number.POSITIVE_INFINITY,
    onRecord: (_record, done) => {
      if (done % 50 === 0 || done === tasks.length) process.stderr.write(`  ${done}/${tasks.length} pages\n`);
    },
  });
  const seconds = (performance.now() - started) / 1000;

  const byFolder = new Map<BenchFolder, PageRecord[]>();
  let offset = 0;
  for (const folder of folders) {
    byFolder.set(folder, records.slice(offset, offset + folder.ids.length));
    offset += folder.ids.length;
  }

  say(
    `bench:aeb — ${records.length} pages in ${folders.length} folder${folders.length === 1 ? '' : 's'}, DOM ${dom}, ${jobs} worker${jobs === 1 ? '' : 's'}, ${seconds.toFixed(1)} s`,
  );
  const folderJson: Record<string, ReturnType<typeof summaryJson> & { dir: string; predictions: string }> = {};
  for (const [folder, pages] of byFolder) {
    const summary = summarize(pages);
    const written = writeFolder(out, folder, pages);
    say('');
    printScores(`${folder.name}: ${pages.length} pages (${folder.dir})`, summary, pages, say);
    printNotArticle(pages, say);
    printWorst(pages, (id) => folder.truth[id]!.articleBody, { count: worst, rank }, say);
    say(`  predictions: ${written}/predictions*.json, per page: ${written}/pages.json`);
    folderJson[folder.name] = { dir: folder.dir, predictions: written, ...summaryJson(summary) };
  }
  const all = summarize(records);
  if (folders.length > 1) {
    say('');
    printScores(`all ${folders.length} folders together: ${records.length} pages (each page weighs the same)`, all, records, say);
  }

  process.stdout.write(
    `${JSON.stringify({
      ...rounded(all.shingle.pipeline),
      readability: rounded(all.shingle.readability),
      readabilityBlocks: rounded(all.shingle.readabilityBlocks),
      pipelineForced: rounded(all.shingle.pipelineForced),
      word: Object.fromEntries(SYSTEMS.map((system) => [system, rounded(all.word[system])])),
      pages: all.pages,
      notArticle: all.notArticle,
      ruleMatched: all.ruleMatched,
      inexactBodies: all.inexactBodies,
      dom,
      jobs,
      seconds: round(seconds, 1),
      folders: folderJson,
    })}\n`,
  );
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '');
if (invokedDirectly) await main(process.argv.slice(2));
