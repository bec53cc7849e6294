/**
 * Story clustering's public face: a batch is agglomerated (`addBatch`, or `stage` + `prime` +
 * `addPrimed` for a batch read in pieces) and single articles are added online (`add`, then
 * `refine` now and then). The parts live in their own files; cluster-state.ts lists them.
 */
import type { FeatureCounts } from './steps/02-extract-features.js';
import { observeArticle, primeStaged, stageArticle } from './article-features.js';
import { agglomerate } from './agglomerate.js';
import { addArticle } from './assign-articles.js';
import { ClusterState, type ClusterInput, type ClusteredStory, type StoryAssignment } from './cluster-state.js';
import { resolveClusterOptions, type ClusterOptions } from './options.js';
import { refine } from './second-pass.js';

export type { ClusterInput, ClusteredStory, StoryAssignment, FeatureCounts };

/** Story clusterer: batches agglomerated, single articles added online; read `stories()` at any point. */
export class StoryClusterer {
  private readonly state: ClusterState;

  constructor(options: Partial<ClusterOptions> = {}) {
    this.state = new ClusterState(resolveClusterOptions(options));
  }

  /**
   * Fix the IDF from a whole batch before adding its articles, and index the batch so each
   * article's neighbours come from the whole batch, later articles included (used by
   * clusterArticles; feed `add` the same articles afterwards, or `addPrimed` their ids).
   * Articles passed to `stage` before are primed with these.
   */
  prime(articles: Iterable<ClusterInput> = []): void {
    for (const article of articles) stageArticle(this.state, article);
    primeStaged(this.state);
  }

  /**
   * Count an article of a coming batch into the IDF and keep its features (not its text), for
   * the next `prime`: a batch read in pieces from a store never has to be in memory whole.
   */
  stage(article: ClusterInput): void {
    stageArticle(this.state, article);
  }

  /**
   * Count an article's features into the IDF without clustering it, as `weight` articles: prime
   * the IDF from history, or from a sample standing for a store's other articles.
   */
  observe(article: ClusterInput, weight = 1): void {
    observeArticle(this.state, article, weight);
  }

  /** Assign one article to a story (new or existing), online. Throws on a repeated article id. */
  add(article: ClusterInput): StoryAssignment {
    return addArticle(this.state, article);
  }

  /**
   * Cluster a whole batch at once, order-free (agglomerate.ts). Articles not primed are primed
   * first; afterwards `add` goes on online. Throws on an id already clustered or given twice.
   */
  addBatch(articles: readonly ClusterInput[]): void {
    this.checkNew(articles.map((a) => a.id));
    const unprimed = articles.filter((a) => !this.state.primed.has(a.id));
    if (unprimed.length > 0) this.prime(unprimed);
    agglomerate(this.state, articles.map((a) => a.id));
  }

  /**
   * `addBatch` for articles already primed (staged, then `prime()`), given by id in feeding
   * order. Throws on an id not primed, already clustered or given twice.
   */
  addPrimed(ids: readonly string[]): void {
    this.checkNew(ids);
    for (const id of ids) if (!this.state.primed.has(id)) throw new Error(`PARALLAX_NOT_PRIMED: article "${id}" was not primed for the batch`);
    agglomerate(this.state, ids);
  }

  /** The second pass (second-pass.ts): move articles that now fit elsewhere, merge stories tied together. */
  refine(): void {
    refine(this.state);
  }

  /** Stories so far, in the order they were opened (after `refine` or a batch: in the order of their first articles). */
  stories(): ClusteredStory[] {
    this.state.compactStories();
    return this.state.storyList.map((s) => ({ id: s.id, title: s.title, articles: s.members.map((m) => m.id) }));
  }

  /** The story holding an article id, if it was added. */
  storyOf(articleId: string): string | null {
    return this.state.articleById.get(articleId)?.story.id ?? null;
  }

  /** Throw when an id repeats or was clustered already. */
  private checkNew(ids: readonly string[]): void {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id) || this.state.articleById.has(id)) throw new Error(`PARALLAX_DUPLICATE_ID: article "${id}" was already clustered`);
      seen.add(id);
    }
  }
}
