/**
 * Bring a store up to date with new articles: add them, mark wire copies, put them in stories,
 * and save a new version (brief + claims) of every story whose articles changed.
 *
 * Stories are assigned incrementally by default: the articles not yet in a story join the stored
 * stories near them or open new ones (assign-stories.ts), in time that grows with the batch, not
 * the store. The full re-clustering of the whole store runs when the store holds no stories yet,
 * when the batch is larger than what is clustered, or on demand (`mode: 'full'`, `parallax
 * recluster`).
 *
 * Each step commits on its own and every step is recomputed from what is stored (the articles
 * still without a story are the work left), so a run killed at any point leaves a consistent
 * store and the next run finishes the work without duplicating anything.
 */
import type { Article, ArticleInput } from '../../src/model/article.js';
import type { Report } from '../../src/model/report.js';
import { DuplicateIndex } from '../../src/stages/duplicates/index.js';
import { clusterInPieces } from '../../src/stages/stories/index.js';
import { assignNewArticles } from './assign-stories.js';
import type { ArticleHead, Store, StoredArticle, StoredClaim, StoryAssignment } from './store.js';

/** Options of updateStore. */
export interface UpdateOptions {
  /** The time recorded for this run (ISO 8601); passed in so that runs are reproducible. */
  now: string;
  /**
   * Builds the brief of one story's articles (the CLI passes analyze); without it no versions
   * are made. Injected so that the store does not depend on the whole pipeline.
   */
  makeBrief?: (articles: ArticleInput[], now: string) => Report;
  /** Called after each step with a short message and, for long steps, done/total counts. */
  onProgress?: (step: string, done: number, total: number) => void;
  /**
   * 'incremental' (default): new articles join the stories near them; falls back to 'full' when
   * the store has no stories yet or the new articles outnumber the clustered ones. 'full':
   * re-cluster the whole store.
   */
  mode?: 'incremental' | 'full';
}

/** What a run did. */
export interface UpdateResult {
  added: string[];
  skipped: number;
  copies: number;
  /** Stories saved: all of them after a full re-clustering, the new and changed ones after an incremental run. */
  stories: number;
  versions: number;
  /** How stories were assigned. */
  mode: 'incremental' | 'full';
  /** Articles that were in a story before this run and are in another one after it. */
  moved: number;
  /** Stories whose articles changed in this run (new, grown, shrunk), sorted: the ones whose brief is due. */
  changed: string[];
}

/** A stored article as analyze's input (absent fields omitted, not null). */
export function toArticleInput(a: StoredArticle): ArticleInput {
  return {
    id: a.id, title: a.title, source: a.source, language: a.language, text: a.text,
    ...(a.url ? { url: a.url } : {}), ...(a.published ? { published: a.published } : {}),
  };
}

/** Whitespace-folded, lower-cased text: the key of a claim whose wording may be re-spaced. */
function keyText(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The claims of a report, keyed so that versions can be compared. */
export function claimsOfReport(report: Report): StoredClaim[] {
  const claims: StoredClaim[] = [];
  for (const a of report.agreements) claims.push({ key: `agreement:${keyText(a.statement)}`, kind: 'agreement', text: a.statement, articles: [...a.articles].sort() });
  for (const c of report.conflicts) {
    const articles = [...new Set(c.values.flatMap((v) => v.articles))].sort();
    claims.push({ key: `conflict:${keyText(c.topic)}|${c.slot}`, kind: 'conflict', text: `${c.topic}: ${c.values.map((v) => v.value).join(' / ')}`, articles });
  }
  for (const u of report.unique) claims.push({ key: `unique:${u.article}:${keyText(u.statement)}`, kind: 'unique', text: u.statement, articles: [u.article] });
  const byKey = new Map(claims.map((c) => [c.key, c]));
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** Texts are read from the store this many articles at a time: a store of any size is never in memory whole. */
const pieceSize = 500;

/** Add articles and bring copies, stories and story versions up to date. */
export async function updateStore(store: Store, articles: readonly Article[], options: UpdateOptions): Promise<UpdateResult> {
  const progress = options.onProgress ?? (() => {});
  // 1. articles: only new ids are added
  const added = await store.addArticles(
    articles.map((a) => ({ id: a.id, title: a.title, source: a.source, url: a.url, published: a.published, language: a.language, text: a.text })),
    options.now,
  );
  progress('articles', added.length, articles.length);
  // 2–3 run under the store's "stories" lock: two processes assigning at once would each save
  // stories made without the other's articles
  const { run, isFull } = await store.withLock('stories', async () => {
    // the work left: every article without a story (this run's, and any a killed run left)
    const unclustered = options.mode === 'full' ? [] : await store.listUnclusteredHeads();
    const total = await store.countArticles();
    const isFull = options.mode === 'full' || unclustered.length * 2 > total;
    const run = isFull ? await clusterWhole(store, progress) : await clusterNew(store, unclustered, progress);
    await store.saveStories(run.stories, options.now);
    progress('stories', run.stories.length, run.stories.length);
    return { run, isFull };
  });

  // 4. versions: a new brief for each saved story whose articles differ from its latest version's
  let versions = 0;
  if (options.makeBrief) {
    // after an incremental run, also the stories updated last: a run killed before their briefs left them behind
    const recent = isFull ? [] : (await store.listStories({ limit: 100 })).map((s) => s.id);
    const ids = [...new Set([...run.stories.map((s) => s.id), ...recent])];
    let done = 0;
    for (const id of ids) {
      progress('briefs', done++, ids.length);
      if (await briefStory(store, id, options.makeBrief, options.now)) versions++;
    }
    progress('briefs', ids.length, ids.length);
  }
  return { added, skipped: articles.length - added.length, copies: run.copies, stories: run.stories.length, versions, mode: isFull ? 'full' : 'incremental', moved: run.moved, changed: run.changed };
}

/** Stories to save, copies marked and articles moved by one way of clustering. */
interface ClusterRun {
  stories: StoryAssignment[];
  copies: number;
  moved: number;
  /** Ids of the saved stories whose articles changed, sorted. */
  changed: string[];
}

/** Steps 2 and 3 in full: copies over the whole store, then the whole store re-clustered in the fixed order (same input → same ids). */
async function clusterWhole(store: Store, progress: (step: string, done: number, total: number) => void): Promise<ClusterRun> {
  const heads = await store.listArticleHeads();
  const copies = await findCopies(store, heads);
  if (copies.size > 0) await store.markCopies(copies);
  progress('copies', heads.length, heads.length);
  const stories = await clusterInPieces(heads, (ids) => store.getArticles(ids), { findDuplicates: false }, pieceSize);
  const before = new Map(heads.map((h) => [h.id, h.story]));
  let moved = 0;
  for (const story of stories) for (const id of story.articles) if (before.get(id) != null && before.get(id) !== story.id) moved++;
  return { stories, copies: copies.size, moved, changed: changedStories(heads, stories) };
}

/** Stories whose membership differs from what the heads (read before saving) recorded. */
function changedStories(heads: readonly ArticleHead[], stories: readonly StoryAssignment[]): string[] {
  const before = new Map<string, number>();
  for (const h of heads) if (h.story !== null) before.set(h.story, (before.get(h.story) ?? 0) + 1);
  const storyOf = new Map(heads.map((h) => [h.id, h.story]));
  const changed = stories.filter((s) => before.get(s.id) !== s.articles.length || s.articles.some((id) => storyOf.get(id) !== s.id));
  return changed.map((s) => s.id).sort();
}

/** Steps 2 and 3 for the articles without a story: copies against the stored articles near them, then assignment to stories. */
async function clusterNew(store: Store, unclustered: readonly ArticleHead[], progress: (step: string, done: number, total: number) => void): Promise<ClusterRun> {
  if (unclustered.length === 0) return { stories: [], copies: 0, moved: 0, changed: [] };
  const fresh = await store.getArticles(unclustered.map((h) => h.id));
  const outcome = await assignNewArticles(store, fresh);
  if (outcome.copies.size > 0) await store.markCopies(outcome.copies);
  progress('copies', fresh.length, fresh.length);
  return { stories: outcome.changed, copies: outcome.copies.size, moved: outcome.moved, changed: outcome.changed.map((s) => s.id).sort() };
}

/**
 * Save a new version of a story when its articles differ from its latest version's; whether one
 * was saved. Runs under the story's own lock, so that two processes briefing one story (two
 * workers, a worker and a server) do not both save the same version.
 */
export async function briefStory(store: Store, story: string, makeBrief: (articles: ArticleInput[], now: string) => Report, now: string): Promise<boolean> {
  return store.withLock(`brief:${story}`, async () => {
    const members = await store.listArticles({ story });
    const ids = members.map((m) => m.id).sort();
    if (ids.length === 0) return false;
    const latest = await store.getStoryVersion(story);
    if (latest && latest.articles.join('\u0000') === ids.join('\u0000')) return false;
    const byId = new Map(members.map((m) => [m.id, m]));
    const report = makeBrief(ids.map((id) => toArticleInput(byId.get(id)!)), now);
    await store.addStoryVersion({
      story, createdAt: now, articles: ids, conflicts: report.conflicts.length,
      report: JSON.stringify(report), claims: claimsOfReport(report),
    });
    return true;
  });
}

/** Copies to mark (article id → the earliest stored text it copies), the texts read in pieces in stored order. */
async function findCopies(store: Store, heads: readonly ArticleHead[]): Promise<Map<string, string>> {
  const index = new DuplicateIndex();
  for (let start = 0; start < heads.length; start += pieceSize) {
    const piece = await store.getArticles(heads.slice(start, start + pieceSize).map((h) => h.id));
    for (const a of piece) index.add({ id: a.id, text: a.text });
  }
  const copies = new Map<string, string>();
  for (const a of heads) {
    const original = index.originalOf(a.id);
    if (original !== null && original !== a.id && a.copyOf !== original) copies.set(a.id, original);
  }
  return copies;
}
