/**
 * The hand-judged development stories (../shared/data/ecbplus-dev-gold.json) and their split in
 * halves: stories sorted by cluster id, the odd positions (1, 3, 5, …) are the fit half that
 * training scripts and rule tuning may read, the even positions (0, 2, 4, …) the held-out half
 * that only benches read. Read from `../shared` at run time, never copied; null when absent.
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from './shared-data.js';

/** One gold story as analyze takes it, with the gold record as the scorer reads it. */
export interface BriefGoldStory {
  cluster: string;
  articles: { id: string; text: string }[];
  /** The gold record (conflicts, agreements, unique, entities), spans rebuilt by the scorer's loadGold. */
  gold: Record<string, unknown> & { cluster: string; docs: string[] };
}

/** The scorer's module (../shared/eval/brief-score.mjs), loaded at run time. */
export interface BriefScorer {
  loadGold: (records: unknown[], texts: Map<string, string>) => BriefGoldStory['gold'][];
  scoreStory: (gold: unknown, report: unknown) => Record<string, number> & { missed: Record<string, string[]>; kinds: Record<string, [number, number]> };
  total: (scores: unknown[]) => Record<string, number> & { line: string; kinds: Record<string, [number, number]> };
  conflictMatches: (reported: unknown, gold: unknown) => boolean;
}

/** Load the gold stories and the scorer, or null when ../shared lacks them. */
export async function loadBriefGold(): Promise<{ stories: BriefGoldStory[]; scorer: BriefScorer } | null> {
  const goldPath = sharedPath('data', 'ecbplus-dev-gold.json');
  const docsPath = sharedPath('data', 'ecbplus-dev.jsonl');
  const scorerPath = sharedPath('eval', 'brief-score.mjs');
  if (!goldPath || !docsPath || !scorerPath) return null;
  const scorer = (await import(scorerPath)) as BriefScorer;
  const texts = new Map<string, string>(
    readFileSync(docsPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { doc: string; text: string }).map((d) => [d.doc, d.text]),
  );
  const gold = scorer.loadGold(JSON.parse(readFileSync(goldPath, 'utf8')) as unknown[], texts);
  const stories = gold
    .map((g) => ({ cluster: g.cluster, gold: g, articles: g.docs.map((d) => ({ id: d.replace(/\.xml$/, ''), text: texts.get(d) ?? '' })) }))
    .sort((a, b) => a.cluster.localeCompare(b.cluster));
  return { stories, scorer };
}

/** The fit half (odd positions) and the held-out half (even positions) of the sorted stories. */
export function splitStories<T>(stories: readonly T[]): { fit: T[]; held: T[] } {
  return { fit: stories.filter((_, i) => i % 2 === 1), held: stories.filter((_, i) => i % 2 === 0) };
}
