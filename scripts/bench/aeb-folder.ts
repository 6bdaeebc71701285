/**
 * A benchmark folder in the article-extraction-benchmark layout (`html/<id>.html.gz`,
 * `ground-truth.json` = `{ "<id>": { "articleBody", "url" } }`; ../shared/data/aeb-dev and
 * ../shared/data/wcxb-dev-articles both are), and the names its results are filed under.
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { PageTask } from './aeb-pool';

export interface GroundTruth {
  [id: string]: { articleBody: string; url: string };
}

export interface BenchFolder {
  /** The folder's own name, made unique among the folders of one run (`aeb-dev`, `wcxb-dev-articles`). */
  name: string;
  dir: string;
  truth: GroundTruth;
  /** Page ids, sorted. */
  ids: string[];
}

/** Unique names for `dirs`: the folder name, with `-2`, `-3` … for repeats. */
export function folderNames(dirs: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return dirs.map((dir) => {
    const base = basename(resolve(dir)) || 'folder';
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

export function loadFolders(dirs: readonly string[]): BenchFolder[] {
  const names = folderNames(dirs);
  return dirs.map((dir, index) => {
    const absolute = resolve(dir);
    const truth = JSON.parse(readFileSync(join(absolute, 'ground-truth.json'), 'utf8')) as GroundTruth;
    return { name: names[index]!, dir: absolute, truth, ids: Object.keys(truth).sort() };
  });
}

/** One task per page of every folder, in folder then id order. */
export function pageTasks(folders: readonly BenchFolder[]): PageTask[] {
  return folders
    .flatMap((folder) =>
      folder.ids.map((id) => ({
        file: join(folder.dir, 'html', `${id}.html.gz`),
        id,
        url: folder.truth[id]!.url,
        truth: folder.truth[id]!.articleBody,
      })),
    )
    .map((task, index) => ({ ...task, index }));
}
