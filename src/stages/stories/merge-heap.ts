/**
 * The agglomeration's queue of candidate merges (see agglomerate.ts).
 */

/**
 * Max-heap of candidate merges of numbered groups, kept in typed arrays (no object per entry):
 * score, the two nodes, their versions when scored, and their arrival orders for ties (the
 * older groups first, so the order is deterministic). `pop` leaves the top entry in `top*`.
 */
export class MergeHeap {
  private score = new Float64Array(1024);
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private versionA = new Int32Array(1024);
  private versionB = new Int32Array(1024);
  /** The smaller and the larger arrival order of the two groups. */
  private low = new Int32Array(1024);
  private high = new Int32Array(1024);
  size = 0;
  topA = -1;
  topB = -1;
  topVersionA = 0;
  topVersionB = 0;

  /** Whether entry i comes out before entry j. */
  private before(i: number, j: number): boolean {
    if (this.score[i] !== this.score[j]) return this.score[i] > this.score[j];
    if (this.low[i] !== this.low[j]) return this.low[i] < this.low[j];
    return this.high[i] < this.high[j];
  }

  /** Copy entry `from` into slot `to`. */
  private move(from: number, to: number): void {
    this.score[to] = this.score[from];
    this.a[to] = this.a[from];
    this.b[to] = this.b[from];
    this.versionA[to] = this.versionA[from];
    this.versionB[to] = this.versionB[from];
    this.low[to] = this.low[from];
    this.high[to] = this.high[from];
  }

  private swap(i: number, j: number): void {
    const spare = this.size;
    this.move(i, spare);
    this.move(j, i);
    this.move(spare, j);
  }

  private grow(): void {
    const bigger = <T extends Float64Array | Int32Array>(array: T): T => {
      const next = new (array.constructor as new (n: number) => T)(array.length * 2);
      next.set(array);
      return next;
    };
    this.score = bigger(this.score);
    this.a = bigger(this.a);
    this.b = bigger(this.b);
    this.versionA = bigger(this.versionA);
    this.versionB = bigger(this.versionB);
    this.low = bigger(this.low);
    this.high = bigger(this.high);
  }

  /** Drop the entries `isStale` says are out of date, and rebuild the heap. */
  sweep(isStale: (a: number, b: number, versionA: number, versionB: number) => boolean): void {
    let kept = 0;
    for (let i = 0; i < this.size; i++) {
      if (isStale(this.a[i], this.b[i], this.versionA[i], this.versionB[i])) continue;
      if (kept !== i) this.move(i, kept);
      kept++;
    }
    this.size = kept;
    for (let i = (kept >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  private siftDown(start: number): void {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < this.size && this.before(l, best)) best = l;
      if (r < this.size && this.before(r, best)) best = r;
      if (best === i) return;
      this.swap(i, best);
      i = best;
    }
  }

  push(score: number, a: number, b: number, versionA: number, versionB: number, orderA: number, orderB: number): void {
    // one slot beyond the last stays free for swaps
    if (this.size + 2 > this.score.length) this.grow();
    let i = this.size++;
    this.score[i] = score;
    this.a[i] = a;
    this.b[i] = b;
    this.versionA[i] = versionA;
    this.versionB[i] = versionB;
    this.low[i] = Math.min(orderA, orderB);
    this.high[i] = Math.max(orderA, orderB);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Take the top entry out; its nodes and versions are left in `topA`, `topB`, `topVersionA`, `topVersionB`. */
  pop(): void {
    if (this.size === 0) throw new Error('MergeHeap.pop on an empty heap');
    this.topA = this.a[0];
    this.topB = this.b[0];
    this.topVersionA = this.versionA[0];
    this.topVersionB = this.versionB[0];
    this.size--;
    if (this.size > 0) {
      this.move(this.size, 0);
      this.siftDown(0);
    }
  }
}
