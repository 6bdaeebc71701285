/**
 * The printed part of `npm run bench:aeb`: per set of pages, both metrics for every system, the
 * pages the pipeline calls "not an article", and the worst pages with what was extra and what
 * was missing (text-runs.ts), which is where precision and recall fixes are found.
 */
import { pageF1, pagePrecision, pageRecall } from './aeb-metric';
import { SYSTEMS, type PageRecord } from './aeb-page';
import type { PageSetSummary } from './aeb-scores';
import { median } from './stats';
import { unmatchedRuns } from './text-runs';

type Say = (line: string) => void;
export type RankBy = 'shingle' | 'word' | 'precision';
export const RANKS: readonly RankBy[] = ['shingle', 'word', 'precision'];

const f3 = (value: number | null) => (value === null ? '  —  ' : value.toFixed(3));
/** aeb-dev ids are 64-hex hashes: 12 characters find the page. */
const shortId = (id: string) => (id.length > 16 ? id.slice(0, 12) : id);
const host = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

export function printScores(title: string, summary: PageSetSummary, pages: readonly PageRecord[], say: Say): void {
  say(title);
  say(`  ${'system'.padEnd(18)}  AEB shingles F1 / P / R   WCXB words F1 / P / R`);
  for (const system of SYSTEMS) {
    const s = summary.shingle[system];
    const w = summary.word[system];
    say(
      `  ${system.padEnd(18)}  ${f3(s.f1)}  ${f3(s.precision)}  ${f3(s.recall)}      ${f3(w.f1)}  ${f3(w.precision)}  ${f3(w.recall)}`,
    );
  }
  say(
    `  median ms/page (extraction only, parse excluded): pipeline ${median(pages.map((p) => p.ms.pipeline)).toFixed(1)}, readability ${median(pages.map((p) => p.ms.readability)).toFixed(1)}`,
  );
  say(
    `  not-article: ${summary.notArticle}; site rule matched: ${summary.ruleMatched}; header not stripped exactly: ${summary.inexactBodies}`,
  );
}

export function printNotArticle(pages: readonly PageRecord[], say: Say): void {
  const listed = pages.filter((page) => page.status !== 'ok');
  if (!listed.length) return;
  say(`  pages called not an article (${listed.length}; each costs its whole recall; "try anyway" would score):`);
  for (const page of listed) {
    say(`    ${shortId(page.id)}  ${page.url}  — ${page.reason}`);
    say(
      `      try anyway: shingles F1 ${f3(pageF1(page.shingle.pipelineForced))}, words F1 ${f3(page.word.pipelineForced.f1)}; Readability ${f3(pageF1(page.shingle.readability))}, ${f3(page.word.readability.f1)}`,
    );
  }
}

/** The pipeline's page score used for ranking: shingle F1, word F1, or shingle precision. */
export function pageScore(page: PageRecord, rank: RankBy, system: 'pipeline' | 'readability' = 'pipeline'): number {
  if (rank === 'word') return page.word[system].f1;
  if (rank === 'precision') return pagePrecision(page.shingle[system]) ?? 1;
  return pageF1(page.shingle[system]);
}

/**
 * The `count` articles with the lowest pipeline score (ties: by id). Pages called not an article
 * are listed apart (printNotArticle): everything is "missing" there, which says nothing new.
 */
export function worstPages(pages: readonly PageRecord[], count: number, rank: RankBy): PageRecord[] {
  return pages
    .filter((page) => page.status === 'ok')
    .sort((a, b) => pageScore(a, rank) - pageScore(b, rank) || a.id.localeCompare(b.id))
    .slice(0, count);
}

export interface WorstOptions {
  count: number;
  rank: RankBy;
  /** Runs listed per side. */
  runs?: number;
}

export function printWorst(
  pages: readonly PageRecord[],
  truthOf: (id: string) => string,
  { count, rank, runs = 3 }: WorstOptions,
  say: Say,
): void {
  if (count <= 0) return;
  const by = rank === 'word' ? 'word F1' : rank === 'precision' ? 'shingle precision' : 'shingle F1';
  say(`  worst ${count} articles by the pipeline's ${by} (pipeline vs Readability textContent); + extra, − missing:`);
  for (const [index, page] of worstPages(pages, count, rank).entries()) {
    const ours = page.shingle.pipeline;
    const theirs = page.shingle.readability;
    say(`  ${String(index + 1).padStart(3)}. ${shortId(page.id)}  ${host(page.url)}`);
    say(
      `       shingles F1 ${f3(pageF1(ours))} vs ${f3(pageF1(theirs))}, P ${f3(pagePrecision(ours))} vs ${f3(pagePrecision(theirs))}, R ${f3(pageRecall(ours))} vs ${f3(pageRecall(theirs))} · words F1 ${f3(page.word.pipeline.f1)} vs ${f3(page.word.readability.f1)}, P ${f3(page.word.pipeline.precision)}, R ${f3(page.word.pipeline.recall)}`,
    );
    const truth = truthOf(page.id);
    const predicted = page.texts.pipeline;
    for (const [sign, label, found] of [
      ['+', 'extra', unmatchedRuns(predicted, truth, { limit: runs })],
      ['−', 'missing', unmatchedRuns(truth, predicted, { limit: runs })],
    ] as const) {
      if (!found.tokens) continue;
      say(`       ${label}: ${found.tokens} words in ${found.runCount} run${found.runCount === 1 ? '' : 's'}`);
      for (const run of found.runs) say(`       ${sign} “${run.text}” (${run.tokens})`);
    }
  }
}
