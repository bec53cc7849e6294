/**
 * A map from non-negative integer ids to summed weights, in two typed arrays (open addressing,
 * linear probing). Story profiles and neighbour weights are updated millions of times while a
 * large batch is clustered; a JS Map boxes every changed weight as a new heap number and keeps
 * an object table per story, which left hundreds of MB of garbage on a 100,000-article batch.
 * Iteration (`forEach`, `keyAt`) follows slot order: deterministic for the same sequence of
 * operations, not insertion order.
 */

const empty = -1;
/** Grow when more than this share of the slots is taken. */
const maxLoad = 0.6;

export class WeightMap {
  private keys: Int32Array;
  private values: Float64Array;
  private mask: number;
  private count = 0;

  constructor(expected = 4) {
    let capacity = 8;
    while (capacity * maxLoad < expected) capacity *= 2;
    this.keys = new Int32Array(capacity).fill(empty);
    this.values = new Float64Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  private slotOf(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private find(key: number): number {
    const keys = this.keys;
    let slot = this.slotOf(key);
    while (keys[slot] !== empty && keys[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  get(key: number): number | undefined {
    if (key < 0) return undefined;
    const slot = this.find(key);
    return this.keys[slot] === key ? this.values[slot] : undefined;
  }

  has(key: number): boolean {
    if (key < 0) return false;
    return this.keys[this.find(key)] === key;
  }

  set(key: number, value: number): void {
    if (key < 0 || !Number.isInteger(key)) throw new RangeError(`WeightMap keys are non-negative integers, not ${key}`);
    let slot = this.find(key);
    if (this.keys[slot] !== key) {
      if ((this.count + 1) > this.keys.length * maxLoad) {
        this.resize(this.keys.length * 2);
        slot = this.find(key);
      }
      this.keys[slot] = key;
      this.count++;
    }
    this.values[slot] = value;
  }

  /** Add `weight` to the key's weight (absent counts as 0). */
  add(key: number, weight: number): void {
    const slot = this.find(key);
    if (this.keys[slot] === key) this.values[slot] += weight;
    else this.set(key, weight);
  }

  delete(key: number): boolean {
    if (key < 0) return false;
    const keys = this.keys;
    let slot = this.find(key);
    if (keys[slot] !== key) return false;
    // backward-shift deletion: pull later entries of the probe run into the gap
    let next = (slot + 1) & this.mask;
    while (keys[next] !== empty) {
      const home = this.slotOf(keys[next]);
      // the entry at `next` may move to `slot` when its home is not cyclically within (slot, next]
      const between = slot <= next ? slot < home && home <= next : slot < home || home <= next;
      if (!between) {
        keys[slot] = keys[next];
        this.values[slot] = this.values[next];
        slot = next;
      }
      next = (next + 1) & this.mask;
    }
    keys[slot] = empty;
    this.values[slot] = 0;
    this.count--;
    return true;
  }

  clear(): void {
    this.keys.fill(empty);
    this.values.fill(0);
    this.count = 0;
  }

  forEach(fn: (key: number, weight: number) => void): void {
    const keys = this.keys;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== empty) fn(keys[slot], this.values[slot]);
  }

  /** Add every weight of `other` into this map. */
  addAll(other: WeightMap): void {
    if (this.count + other.count > this.keys.length * maxLoad) this.resize(this.capacityFor(this.count + other.count));
    const keys = other.keys;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== empty) this.add(keys[slot], other.values[slot]);
  }

  /** Σ this[k] · other[k] over the keys in both (the smaller map walked, the larger looked up). */
  dot(other: WeightMap): number {
    const small = this.count <= other.count ? this : other;
    const large = small === this ? other : this;
    const keys = small.keys;
    let sum = 0;
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot];
      if (key === empty) continue;
      const x = large.get(key);
      if (x !== undefined) sum += small.values[slot] * x;
    }
    return sum;
  }

  /** Slots, for allocation-free walks in hot loops: `keyAt(slot)` is -1 for an empty slot. */
  get slots(): number {
    return this.keys.length;
  }

  keyAt(slot: number): number {
    return this.keys[slot];
  }

  weightAt(slot: number): number {
    return this.values[slot];
  }

  /** Keep only the `keep` entries with the highest score(key, weight); ties by the smaller key. */
  retainTop(keep: number, score: (key: number, weight: number) => number): void {
    if (this.count <= keep) return;
    const entries: { key: number; weight: number; score: number }[] = [];
    this.forEach((key, weight) => entries.push({ key, weight, score: score(key, weight) }));
    entries.sort((a, b) => b.score - a.score || a.key - b.key);
    let capacity = 8;
    while (capacity * maxLoad < keep) capacity *= 2;
    this.keys = new Int32Array(capacity).fill(empty);
    this.values = new Float64Array(capacity);
    this.mask = capacity - 1;
    this.count = 0;
    for (let i = 0; i < keep; i++) this.set(entries[i].key, entries[i].weight);
  }

  private capacityFor(count: number): number {
    let capacity = this.keys.length;
    while (count > capacity * maxLoad) capacity *= 2;
    return capacity;
  }

  private resize(capacity: number): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(capacity).fill(empty);
    this.values = new Float64Array(capacity);
    this.mask = capacity - 1;
    for (let slot = 0; slot < keys.length; slot++) {
      if (keys[slot] === empty) continue;
      const at = this.find(keys[slot]);
      this.keys[at] = keys[slot];
      this.values[at] = values[slot];
    }
  }
}
