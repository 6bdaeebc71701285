/**
 * `npm run bench:aeb -- --dir DIR [--dom linkedom|jsdom] [--out FILE] [--worst N]`
 *
 * Runs the generic pipeline on every page of a folder in the public article-extraction-benchmark
 * format (`DIR/html/<id>.html.gz`, `DIR/ground-truth.json`) and plain Readability 0.6.0 on fresh
 * parses of the same pages, scores both with the benchmark's metric (aeb-metric.ts), writes the
 * predictions as `{ "<id>": { "articleBody": "…" } }` and prints one JSON object last.
 *
 * - The URL given to the pipeline is the page's ground-truth `url`. No site rule may run on a
 *   benchmark page: if one ever matches, the page is extracted under a neutral host instead
 *   (counted as `ruleMatched`), so the generic pipeline is what is measured.
 * - Pipeline prediction = the article body (Article.text without the title/deck/byline header).
 *   A `not-article` answer predicts '' (it costs recall, as the user would see no article);
 *   `pipelineForced` scores the "try anyway" answer on those pages.
 * - Readability: `textContent` as published, and the block-separated text (a line break at every
 *   block element) that the benchmark README also reports.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/extract/extract-article';
import { findSiteRule } from '../../utils/site-rules';
import { corpusScores, pageF1, pagePrecision, pageRecall, scorePage, type PageCounts, type Scores } from './aeb-metric';
import { articleBody } from './article-body';
import { blockSeparatedText } from './block-text';
import { DOM_NAMES, parseDocument, type DomName } from './dom';
import { median, round } from './stats';

const USAGE = 'usage: npm run bench:aeb -- --dir DIR [--dom linkedom|jsdom] [--out FILE] [--worst N] [--quiet]';
const NEUTRAL_HOST = 'aeb-page.invalid';

interface GroundTruth {
  [id: string]: { articleBody: string; url: string };
}

type SystemName = 'pipeline' | 'pipelineForced' | 'readability' | 'readabilityBlocks';
const SYSTEMS: readonly SystemName[] = ['pipeline', 'pipelineForced', 'readability', 'readabilityBlocks'];

export interface PageRecord {
  id: string;
  url: string;
  status: 'ok' | 'not-article';
  reason?: string;
  removed: number;
  ms: { pipeline: number; readability: number };
  texts: Record<SystemName, string>;
  scores: Record<SystemName, PageCounts>;
}

function scoresOf(pages: readonly PageRecord[], system: SystemName): Scores {
  return corpusScores(pages.map((page) => page.scores[system]));
}

/** A URL that no site rule matches: the page's own, or the same path under a neutral host. */
export function genericUrl(url: string): { url: string; ruleMatched: boolean } {
  if (!findSiteRule(url)) return { url, ruleMatched: false };
  const neutral = new URL(url);
  neutral.hostname = NEUTRAL_HOST;
  return { url: neutral.href, ruleMatched: true };
}

interface RunOptions {
  dir: string;
  dom: DomName;
  log?: (line: string) => void;
}

export interface AebRun {
  pages: PageRecord[];
  ruleMatched: number;
  inexactBodies: number;
}

export function runAeb({ dir, dom, log = () => {} }: RunOptions): AebRun {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as GroundTruth;
  const pages: PageRecord[] = [];
  let ruleMatched = 0;
  let inexactBodies = 0;
  const ids = Object.keys(truth).sort();
  for (const [index, id] of ids.entries()) {
    const expected = truth[id]!;
    const html = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
    const target = genericUrl(expected.url);
    if (target.ruleMatched) ruleMatched += 1;
    if (findSiteRule(target.url)) throw new Error(`${id}: a site rule still matches ${target.url}`);

    // The pipeline, as the content script runs it (no "try anyway").
    const forPipeline = parseDocument(html, target.url, dom);
    let start = performance.now();
    const result = extractArticle(forPipeline.document, target.url, { window: forPipeline.window });
    const pipelineMs = performance.now() - start;
    let pipelineText = '';
    let forcedText = '';
    if (result.status === 'ok') {
      const body = articleBody(result.article);
      if (!body.exact) inexactBodies += 1;
      pipelineText = forcedText = body.body;
    } else {
      const forced = extractArticle(forPipeline.document, target.url, { window: forPipeline.window, force: true });
      if (forced.status === 'ok') {
        const body = articleBody(forced.article);
        if (!body.exact) inexactBodies += 1;
        forcedText = body.body;
      }
    }
    forPipeline.close();

    // Plain Readability on a fresh parse of the same HTML, default options.
    const forReadability = parseDocument(html, expected.url, dom);
    start = performance.now();
    const parsed = new Readability<Element>(forReadability.document, { serializer: (node) => node as Element }).parse();
    const readabilityMs = performance.now() - start;
    const readabilityText = parsed?.textContent ?? '';
    const readabilityBlocks = parsed?.content ? blockSeparatedText(parsed.content) : '';
    forReadability.close();

    const texts: Record<SystemName, string> = {
      pipeline: pipelineText,
      pipelineForced: forcedText,
      readability: readabilityText,
      readabilityBlocks,
    };
    const scores = Object.fromEntries(
      SYSTEMS.map((system) => [system, scorePage(expected.articleBody, texts[system])]),
    ) as Record<SystemName, PageCounts>;
    pages.push({
      id,
      url: expected.url,
      status: result.status,
      ...(result.status === 'not-article' ? { reason: result.reason } : {}),
      removed: result.status === 'ok' ? result.article.removed.length : 0,
      ms: { pipeline: pipelineMs, readability: readabilityMs },
      texts,
      scores,
    });
    if ((index + 1) % 20 === 0) log(`  ${index + 1}/${ids.length} pages`);
  }
  return { pages, ruleMatched, inexactBodies };
}

const fmt = (value: number | null) => (value === null ? '  —  ' : value.toFixed(3));

function describePage(page: PageRecord): string {
  const ours = page.scores.pipeline;
  const theirs = page.scores.readability;
  return [
    page.id.slice(0, 12),
    `F1 ${fmt(pageF1(ours))} vs ${fmt(pageF1(theirs))}`,
    `P ${fmt(pagePrecision(ours))} vs ${fmt(pagePrecision(theirs))}`,
    `R ${fmt(pageRecall(ours))} vs ${fmt(pageRecall(theirs))}`,
    page.status === 'ok' ? '' : `not-article: ${page.reason}`,
    new URL(page.url).hostname,
  ]
    .filter(Boolean)
    .join('  ');
}

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: 'string' },
      dom: { type: 'string', default: 'linkedom' },
      out: { type: 'string' },
      worst: { type: 'string', default: '10' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.dir) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const dom = values.dom as DomName;
  if (!DOM_NAMES.includes(dom)) throw new Error(`--dom must be one of ${DOM_NAMES.join(', ')}`);
  const dir = resolve(values.dir);
  const out = resolve(values.out ?? `.output/bench/aeb-${dom}/predictions.json`);
  const say = (line: string) => {
    if (!values.quiet) process.stdout.write(`${line}\n`);
  };

  const started = performance.now();
  const run = runAeb({ dir, dom, log: (line) => process.stderr.write(`${line}\n`) });
  const { pages } = run;

  mkdirSync(dirname(out), { recursive: true });
  const predictions = (system: SystemName) =>
    Object.fromEntries(pages.map((page) => [page.id, { articleBody: page.texts[system] }]));
  writeFileSync(out, `${JSON.stringify(predictions('pipeline'), null, 1)}\n`);
  for (const system of SYSTEMS.filter((name) => name !== 'pipeline')) {
    writeFileSync(out.replace(/\.json$/, `.${system}.json`), `${JSON.stringify(predictions(system), null, 1)}\n`);
  }
  const perPage = pages.map(({ texts: _texts, ...rest }) => ({
    ...rest,
    f1: Object.fromEntries(SYSTEMS.map((system) => [system, round(pageF1(rest.scores[system]), 4)])),
  }));
  writeFileSync(out.replace(/\.json$/, '.pages.json'), `${JSON.stringify(perPage, null, 1)}\n`);

  const scores = Object.fromEntries(SYSTEMS.map((system) => [system, scoresOf(pages, system)])) as Record<SystemName, Scores>;
  const rounded = (s: Scores) => ({ f1: round(s.f1, 4), precision: round(s.precision, 4), recall: round(s.recall, 4) });
  const notArticle = pages.filter((page) => page.status !== 'ok');

  say(`AEB: ${pages.length} pages from ${dir}, DOM ${dom}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  say('system               F1     P      R');
  for (const system of SYSTEMS) {
    const s = scores[system];
    say(`${system.padEnd(20)} ${s.f1.toFixed(3)}  ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}`);
  }
  say(`median ms/page (extraction only, parse excluded): pipeline ${median(pages.map((p) => p.ms.pipeline)).toFixed(1)}, readability ${median(pages.map((p) => p.ms.readability)).toFixed(1)}`);
  say(`not-article: ${notArticle.length}; site rule matched: ${run.ruleMatched}; header not stripped exactly: ${run.inexactBodies}`);
  const worst = Number(values.worst);
  const byGap = [...pages].sort(
    (a, b) =>
      pageF1(a.scores.pipeline) - pageF1(a.scores.readability) - (pageF1(b.scores.pipeline) - pageF1(b.scores.readability)),
  );
  say(`worst ${worst} pages for the pipeline relative to Readability (ours vs theirs):`);
  for (const page of byGap.slice(0, worst)) say(`  ${describePage(page)}`);
  say(`predictions: ${out}`);

  process.stdout.write(
    `${JSON.stringify({
      ...rounded(scores.pipeline),
      readability: rounded(scores.readability),
      readabilityBlocks: rounded(scores.readabilityBlocks),
      pipelineForced: rounded(scores.pipelineForced),
      pages: pages.length,
      notArticle: notArticle.length,
      ruleMatched: run.ruleMatched,
      inexactBodies: run.inexactBodies,
      dom,
    })}\n`,
  );
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '');
if (invokedDirectly) main(process.argv.slice(2));
