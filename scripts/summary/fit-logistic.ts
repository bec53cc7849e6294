/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares), the rows streamed by the caller on every pass so they never sit in memory together.
 * Deterministic: a fixed start (all zeros), rows in the caller's order, Gaussian elimination with
 * partial pivoting, a fixed stopping rule.
 */

/** Calls `visit(row, target)` once for every training row, in the same order on every call. */
export type RowStream = (visit: (row: Float64Array, target: number) => void) => void;

/** Settings of the fit. */
export interface LogisticOptions {
  /** Number of features in a row (the intercept is added, not part of the row). */
  features: number;
  /** L2 penalty on the weights (not on the intercept). */
  l2: number;
  /** Most Newton steps. */
  maxSteps: number;
}

/** Solve `A x = b` in place (A square, well conditioned by the L2 term). */
export function solveLinear(A: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(A[r][c]) > Math.abs(A[pivot][c])) pivot = r;
    [A[c], A[pivot]] = [A[pivot], A[c]];
    [b[c], b[pivot]] = [b[pivot], b[c]];
    for (let r = c + 1; r < n; r++) {
      const f = A[r][c] / A[c][c];
      if (f === 0) continue;
      for (let k = c; k < n; k++) A[r][k] -= f * A[c][k];
      b[r] -= f * b[c];
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let sum = b[r];
    for (let k = r + 1; k < n; k++) sum -= A[r][k] * x[k];
    x[r] = sum / A[r][r];
  }
  return x;
}

/** Fit; returns `[intercept, w1, …, wn]`. */
export function fitLogistic(stream: RowStream, options: LogisticOptions): Float64Array {
  const d = options.features + 1;
  let w = new Float64Array(d);
  const x = new Float64Array(d);
  for (let step = 0; step < options.maxSteps; step++) {
    const H = Array.from({ length: d }, () => new Float64Array(d));
    const g = new Float64Array(d);
    stream((row, target) => {
      x[0] = 1;
      x.set(row, 1);
      let z = 0;
      for (let k = 0; k < d; k++) z += w[k] * x[k];
      const p = 1 / (1 + Math.exp(-z));
      const r = target - p;
      const q = p * (1 - p);
      for (let a = 0; a < d; a++) {
        const xa = x[a];
        if (xa === 0) continue;
        g[a] += r * xa;
        const qa = q * xa;
        const Ha = H[a];
        for (let c = a; c < d; c++) Ha[c] += qa * x[c];
      }
    });
    for (let a = 0; a < d; a++) for (let c = 0; c < a; c++) H[a][c] = H[c][a];
    for (let a = 1; a < d; a++) {
      g[a] -= options.l2 * w[a];
      H[a][a] += options.l2;
    }
    const delta = solveLinear(H, g);
    w = w.map((v, k) => v + delta[k]);
    let largest = 0;
    for (const v of delta) largest = Math.max(largest, Math.abs(v));
    if (largest < 1e-7) break;
  }
  return w;
}
