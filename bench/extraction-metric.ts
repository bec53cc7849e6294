/**
 * Port of the ScrapingHub article-extraction-benchmark metric (its evaluate.py, re-implemented):
 *   - tokens: `\w+` with Python 3 `re` semantics for str. Python's `\w` is "alphanumeric or
 *     underscore", i.e. `str.isalnum()`: letters (L*) and numbers (Nd, Nl, No), but NOT combining
 *     marks (Mn/Mc), so a Devanagari vowel sign splits a word there as in Python. Hence
 *     `/[\p{L}\p{N}_]+/gu`. Case is kept (the IGNORECASE flag does not change matched text).
 *   - shingles: 4-grams of consecutive tokens counted as a multiset; a text of 1-3 tokens gives one
 *     shorter shingle, an empty text none.
 *   - per page: tp = Σ min(true, pred), fp = Σ excess predicted, fn = Σ missing, then all three
 *     divided by their sum so long pages do not weigh more.
 *   - corpus: precision = mean of per-page precision over pages with tp+fp > 0; recall = mean of
 *     per-page recall over pages with tp+fn > 0 (fp = fn = 0 gives 1, tp = fp = 0 gives 0);
 *     F1 = harmonic mean of those two means (not the mean of per-page F1s).
 */

/** Normalised true-positive, false-positive and false-negative shares of one page. */
export type TpFpFn = [tp: number, fp: number, fn: number];

const wordRe = /[\p{L}\p{N}_]+/gu;

/** `\w+` tokens, Python semantics (see file comment). */
export function tokenize(text: string): string[] {
  return text.match(wordRe) ?? [];
}

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Shingle matching of one page, normalised to shares (see file comment). */
export function matchShingles(truth: string, prediction: string): TpFpFn {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

/** Per-page precision as in evaluate.py. */
export function precisionOf([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

/** Per-page recall as in evaluate.py. */
export function recallOf([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** One page's F1 (harmonic mean of its precision and recall; 0 when both are 0). */
export function pageF1(m: TpFpFn): number {
  const p = precisionOf(m);
  const r = recallOf(m);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** Corpus precision, recall and F1 exactly as evaluate.py aggregates them. */
export function aggregateScores(pages: TpFpFn[]): { precision: number; recall: number; f1: number } {
  const ps = pages.filter(([tp, fp]) => tp + fp > 0).map(precisionOf);
  const rs = pages.filter(([tp, , fn]) => tp + fn > 0).map(recallOf);
  const precision = ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : 0;
  const recall = rs.length ? rs.reduce((a, b) => a + b, 0) / rs.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
