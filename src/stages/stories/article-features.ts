/**
 * Features of an article for story clustering: its words, names, numbers and dates as a vector
 * (steps/), counted into the IDF, and its title and time. A batch is staged (features counted,
 * text dropped) and then primed (indexed for neighbours once the IDF is final).
 */
import { tokenise } from './steps/01-tokenise.js';
import { extractFeatures, type FeatureCounts } from './steps/02-extract-features.js';
import { findTopPositions, type FeatureVector } from './feature-table.js';
import type { ClusterInput, ClusterState } from './cluster-state.js';

/** A readable title: the article's own, else its first line cut at a word near 100 characters. */
export function makeTitle(article: ClusterInput): string {
  const own = article.title?.trim();
  if (own) return own;
  const line = article.text.trim().split('\n')[0]?.trim() ?? '';
  if (line.length <= 100) return line;
  const cut = line.slice(0, 100);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)) + '…';
}

/** Features of an article's title and text. */
export function extractArticleFeatures(article: ClusterInput): FeatureCounts {
  return extractFeatures(tokenise(article.title ? `${article.title}\n${article.text}` : article.text));
}

/** Parse an ISO date to ms, or null when absent or unparseable. */
export function parseTime(published: string | null | undefined): number | null {
  if (!published) return null;
  const ms = Date.parse(published);
  return Number.isFinite(ms) ? ms : null;
}

/** An article's feature vector (interning its features in the state's table). */
export function vectorOf(state: ClusterState, article: ClusterInput): FeatureVector {
  return state.table.toVector(extractArticleFeatures(article), state.options.nameWeight, state.options.factWeight);
}

/** Count an article of a coming batch into the IDF and keep its features (not its text) for `primeStaged`. */
export function stageArticle(state: ClusterState, article: ClusterInput): void {
  const vector = vectorOf(state, article);
  state.table.countDocument(vector);
  state.staged.push({ id: article.id, title: makeTitle(article), vector, time: parseTime(article.published) });
}

/**
 * Count an article into the IDF only, `weight` times: history, or (weight > 1) a sample standing
 * for the many stored articles a local re-clustering does not read (see assign-articles.ts).
 */
export function observeArticle(state: ClusterState, article: ClusterInput, weight = 1): void {
  state.table.countDocument(vectorOf(state, article), weight);
}

/**
 * Fix the IDF from the staged batch and index each staged article for neighbour lookups, once
 * the IDF is final, so each article's rarest features are chosen right.
 */
export function primeStaged(state: ClusterState): void {
  state.isPrimed = true;
  const staged = state.staged;
  state.staged = [];
  for (const p of staged) {
    if (state.primed.has(p.id)) continue;
    const top = findTopPositions(p.vector, state.idfOf, state.options.indexedFeatures);
    state.primed.set(p.id, { title: p.title, vector: p.vector, top, time: p.time, ordinal: state.articleIndex.add(p.vector, p.time, top) });
  }
}
