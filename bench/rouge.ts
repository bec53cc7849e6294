/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1, one setting for every system scored:
 * - tokens: lower-case, every run of characters other than a–z and 0–9 becomes a space (as the
 *   `rouge-score` package does), then the Porter stemmer on tokens longer than three letters
 *   (its `use_stemmer=True`); no stopword removal;
 * - ROUGE-N: clipped n-gram overlap, P = overlap / candidate n-grams, R = overlap / reference n-grams;
 * - ROUGE-L: the longest common subsequence of the *whole* token sequences (the `rougeL` variant,
 *   not the sentence-split summary-level `rougeLsum`);
 * - F1 = 2PR / (P + R), 0 when either side is empty; a corpus figure is the mean of per-story F1.
 * The stemmer is the project's own Porter implementation (the paper's rules), so a few rare words
 * may stem differently from NLTK's, which `rouge-score` uses; figures are comparable between the
 * systems of this bench, only roughly with published ones.
 */
import { stemWord } from '../src/stages/summary/stem-word.js';

/** Precision, recall and F1 of one comparison. */
export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

/** ROUGE-1, ROUGE-2 and ROUGE-L of one candidate against one reference. */
export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
}

/** Tokenise as described above: "Sanders' landslide, 2020!" → ["sander", "landslid", "2020"]. */
export function tokenizeRouge(text: string): string[] {
  const words = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
  return words.map((w) => (w.length > 3 ? stemWord(w) : w));
}

function score(overlap: number, candidate: number, reference: number): RougeScore {
  const precision = candidate > 0 ? overlap / candidate : 0;
  const recall = reference > 0 ? overlap / reference : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function countNgrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N of token lists. */
export function scoreNgrams(candidate: string[], reference: string[], n: number): RougeScore {
  const c = countNgrams(candidate, n);
  const r = countNgrams(reference, n);
  let overlap = 0;
  for (const [key, count] of c) overlap += Math.min(count, r.get(key) ?? 0);
  return score(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Length of the longest common subsequence, two rows of dynamic programming. */
export function measureLcs(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length];
}

/** ROUGE-1/2/L of a candidate text against a reference text. */
export function scoreRouge(candidate: string, reference: string): RougeScores {
  const c = tokenizeRouge(candidate);
  const r = tokenizeRouge(reference);
  return {
    rouge1: scoreNgrams(c, r, 1),
    rouge2: scoreNgrams(c, r, 2),
    rougeL: score(measureLcs(c, r), c.length, r.length),
  };
}

/** Mean F1 (×100) of ROUGE-1/2/L over pairs of candidate and reference. */
export function scoreCorpus(pairs: Array<{ candidate: string; reference: string }>): { r1: number; r2: number; rL: number } {
  let r1 = 0;
  let r2 = 0;
  let rL = 0;
  for (const { candidate, reference } of pairs) {
    const s = scoreRouge(candidate, reference);
    r1 += s.rouge1.f1;
    r2 += s.rouge2.f1;
    rL += s.rougeL.f1;
  }
  const n = Math.max(1, pairs.length);
  return { r1: (100 * r1) / n, r2: (100 * r2) / n, rL: (100 * rL) / n };
}
