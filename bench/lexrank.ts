/**
 * The LexRank baseline (Erkan & Radev 2004), written for this bench: a graph of sentences joined
 * when the cosine of their TF-IDF vectors is at least 0.1, PageRank over it (damping 0.85, power
 * iteration to a change below 1e-8), then a redundancy-free greedy (`selectSentences`: the
 * summary's repeat threshold, numbers folded) taking sentences in rank order (λ = 0) to the budget,
 * and the summary's reading order. Tokens and idf are the summary's (stemmed content words, idf
 * over the story's sentences).
 */
import type { Sentence } from '../src/model/text.js';
import { defaultSelection, selectSentences } from './select-sentences.js';
import { buildTermVectors, cosine } from '../src/stages/summary/term-vectors.js';
import { countWords, foldNumbers, tokenizeTerms } from '../src/stages/summary/tokenize-terms.js';

/** LexRank scores (sum to 1) of sentences, thresholded cosine graph. */
export function rankLexically(texts: string[], threshold = 0.1, damping = 0.85): number[] {
  const n = texts.length;
  if (n === 0) return [];
  const { vectors } = buildTermVectors(texts.map(tokenizeTerms));
  const edges: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (cosine(vectors[i], vectors[j]) >= threshold) {
        edges[i].push(j);
        edges[j].push(i);
      }
    }
  }
  let rank = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < 200; iteration++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      if (edges[i].length === 0) dangling += rank[i];
      else for (const j of edges[i]) next[j] += (damping * rank[i]) / edges[i].length;
    }
    for (let i = 0; i < n; i++) next[i] += (damping * dangling) / n;
    const change = next.reduce((sum, v, i) => sum + Math.abs(v - rank[i]), 0);
    rank = next;
    if (change < 1e-8) break;
  }
  return rank;
}

/** LexRank summary of a story's sentences within `words`, in reading order. */
export function summarizeLexRank(sentences: Sentence[], words: number): Sentence[] {
  const rank = rankLexically(sentences.map((s) => s.text));
  const { vectors } = buildTermVectors(sentences.map((s) => foldNumbers(tokenizeTerms(s.text))));
  const candidates = sentences.map((s, i) => ({ index: i, score: rank[i], words: countWords(s.text), vector: vectors[i] }));
  const picked = selectSentences(candidates, words, { ...defaultSelection, lambda: 0, minRelative: 0 });
  picked.sort((a, b) => sentences[a].index - sentences[b].index || a - b);
  return picked.map((i) => sentences[i]);
}
