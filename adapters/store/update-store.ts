/**
 * Bring a store up to date with new articles: add them, mark wire copies, re-cluster stories,
 * and save a new version (brief + claims) of every story whose articles changed.
 *
 * Each step commits on its own and every step is recomputed from what is stored, so a run
 * killed at any point leaves a consistent store and the next run finishes the work without
 * duplicating anything.
 */
import type { Article, ArticleInput } from '../../src/model/article.js';
import type { Report } from '../../src/model/report.js';
import { DuplicateIndex } from '../../src/stages/duplicates/index.js';
import { clusterInPieces } from '../../src/stages/stories/index.js';
import type { ArticleHead, Store, StoredArticle, StoredClaim } from './store.js';

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
}

/** What a run did. */
export interface UpdateResult {
  added: string[];
  skipped: number;
  copies: number;
  stories: number;
  versions: number;
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

  // 2–3 run under the store's "stories" lock: two processes re-clustering at once would each
  // save stories made without the other's articles
  const { copies, stories, changed } = await store.withLock('stories', async () => {
    const heads = await store.listArticleHeads();

    // 2. copies: each article points at the earliest stored text it copies
    const copies = await findCopies(store, heads);
    if (copies.size > 0) await store.markCopies(copies);
    progress('copies', heads.length, heads.length);

    // 3. stories: the whole store re-clustered, in the fixed order (same input → same ids)
    const stories = await clusterInPieces(heads, (ids) => store.getArticles(ids), { findDuplicates: false }, pieceSize);
    await store.saveStories(stories, options.now);
    progress('stories', stories.length, stories.length);
    return { copies, stories, changed: changedStories(heads, stories) };
  });

  // 4. versions: a new brief for each story whose articles differ from its latest version's
  let versions = 0;
  if (options.makeBrief) {
    let done = 0;
    for (const story of stories) {
      progress('briefs', done++, stories.length);
      if (await briefStory(store, story.id, story.articles, options.makeBrief, options.now)) versions++;
    }
    progress('briefs', stories.length, stories.length);
  }
  return { added, skipped: articles.length - added.length, copies: copies.size, stories: stories.length, versions, changed };
}

/** Stories whose membership differs from what the heads (read before saving) recorded. */
function changedStories(heads: readonly ArticleHead[], stories: readonly { id: string; articles: string[] }[]): string[] {
  const before = new Map<string, number>();
  for (const h of heads) if (h.story !== null) before.set(h.story, (before.get(h.story) ?? 0) + 1);
  const storyOf = new Map(heads.map((h) => [h.id, h.story]));
  const changed = new Set<string>();
  for (const story of stories) {
    if (before.get(story.id) !== story.articles.length || story.articles.some((id) => storyOf.get(id) !== story.id)) changed.add(story.id);
  }
  // a story that lost every article has no brief to make
  return [...changed].sort();
}

/**
 * Save a new version (brief and claims) of one story unless its latest version already covers
 * exactly these articles; true when one was saved. Runs under the story's own lock, so two
 * processes briefing one story do not both save the same version.
 */
export async function briefStory(
  store: Store,
  story: string,
  articles: readonly string[],
  makeBrief: NonNullable<UpdateOptions['makeBrief']>,
  now: string,
): Promise<boolean> {
  const ids = [...articles].sort();
  return store.withLock(`brief:${story}`, async () => {
    const latest = await store.getStoryVersion(story);
    if (latest && latest.articles.join('\u0000') === ids.join('\u0000')) return false;
    const members = await store.getArticles(ids);
    const report = makeBrief(members.map(toArticleInput), now);
    await store.addStoryVersion({
      story, createdAt: now, articles: ids, conflicts: report.conflicts.length, report: JSON.stringify(report), claims: claimsOfReport(report),
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
