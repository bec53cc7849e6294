/**
 * Rendered briefs kept in memory, keyed by story and version, so that a GET of a story is a
 * version lookup and a string write. Least recently used entries go first once the entries'
 * characters pass the budget. A new version has a new key, so nothing needs invalidating.
 */

/**
 * One story version as served: its JSON, ETag and (once asked for) its page. Bodies are kept
 * as UTF-8 bytes: encoding a 50 KB string on every response was the largest cost of a GET.
 */
export interface CachedBrief {
  json: Uint8Array<ArrayBuffer>;
  etag: string;
  /** The story page's HTML, rendered on the first page view. */
  page?: Uint8Array<ArrayBuffer>;
}

/** An LRU map from "story@version" to its rendered brief, bounded in bytes. */
export class BriefCache {
  private readonly entries = new Map<string, CachedBrief>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedBrief | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // move to the most recently used end
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CachedBrief): void {
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += sizeOf(entry);
    this.evict();
  }

  /** Attach a rendered page to an entry (counted in the budget). */
  setPage(key: string, page: Uint8Array<ArrayBuffer>): void {
    const entry = this.entries.get(key);
    if (!entry || entry.page !== undefined) return;
    entry.page = page;
    this.bytes += page.byteLength;
    this.evict();
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.bytes -= sizeOf(old);
    this.entries.delete(key);
  }

  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.bytes <= this.maxBytes || this.entries.size <= 1) break;
      this.delete(key);
    }
  }
}

function sizeOf(entry: CachedBrief): number {
  return entry.json.byteLength + (entry.page?.byteLength ?? 0);
}
