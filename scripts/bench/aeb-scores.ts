/**
 * Corpus figures of a set of benchmark pages, for every system and both metrics: the AEB shingle
 * metric (F1 = harmonic mean of the mean precision and mean recall, aeb-metric.ts) and WCXB's word
 * metric (means of the page values, word-f1.ts). A set is one folder or all folders together
 * (then every page weighs the same, whichever folder it is from).
 */
import { corpusScores, type Scores } from './aeb-metric';
import { SYSTEMS, type PageRecord, type SystemName } from './aeb-page';
import { round } from './stats';
import { corpusWordScores, type WordScores } from './word-f1';

export interface PageSetSummary {
  pages: number;
  notArticle: number;
  ruleMatched: number;
  inexactBodies: number;
  shingle: Record<SystemName, Scores>;
  word: Record<SystemName, WordScores>;
}

export function summarize(pages: readonly PageRecord[]): PageSetSummary {
  const each = <T>(score: (system: SystemName) => T) =>
    Object.fromEntries(SYSTEMS.map((system) => [system, score(system)])) as Record<SystemName, T>;
  return {
    pages: pages.length,
    notArticle: pages.filter((page) => page.status !== 'ok').length,
    ruleMatched: pages.filter((page) => page.ruleMatched).length,
    inexactBodies: pages.filter((page) => page.inexactBody).length,
    shingle: each((system) => corpusScores(pages.map((page) => page.shingle[system]))),
    word: each((system) => corpusWordScores(pages.map((page) => page.word[system]))),
  };
}

export interface RoundedScores {
  f1: number | null;
  precision: number | null;
  recall: number | null;
}

export const rounded = ({ f1, precision, recall }: Scores | WordScores, digits = 4): RoundedScores => ({
  f1: round(f1, digits),
  precision: round(precision, digits),
  recall: round(recall, digits),
});

/** The summary as the final JSON line gives it: 4 decimals, both metrics for every system. */
export function summaryJson(summary: PageSetSummary) {
  const each = (scores: Record<SystemName, Scores | WordScores>) =>
    Object.fromEntries(SYSTEMS.map((system) => [system, rounded(scores[system])])) as Record<SystemName, RoundedScores>;
  return {
    pages: summary.pages,
    notArticle: summary.notArticle,
    ruleMatched: summary.ruleMatched,
    inexactBodies: summary.inexactBodies,
    shingle: each(summary.shingle),
    word: each(summary.word),
  };
}
