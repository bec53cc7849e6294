/** The unit of entity resolution (all mentions written one way) and the disjoint set that groups them. */
import type { EntityType, Mention } from '../../model/mention.js';

/** All mentions written the same way, routed together. */
export interface NameForm {
  text: string;
  mentions: Mention[];
  type: EntityType;
}

/** A simple disjoint-set over form indices. */
export class Clusters {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  groups(indices: number[]): Map<number, number[]> {
    const out = new Map<number, number[]>();
    for (const i of indices) {
      const r = this.find(i);
      if (!out.has(r)) out.set(r, []);
      out.get(r)!.push(i);
    }
    return out;
  }
}

