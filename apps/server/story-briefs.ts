/**
 * Briefs of stored stories as the server serves them: the latest version's report rendered once
 * per version and cached. Each request costs one indexed lookup of the story's versions, so a
 * version saved by another process (a CLI ingest into the same file) is served at once.
 */
import { createHash } from 'node:crypto';
import { readStoryBrief } from '../../adapters/store/read-story-brief.js';
import type { Store, StorySummary } from '../../adapters/store/store.js';
import type { Report } from '../../src/model/report.js';
import { analyzeSync } from '../../src/pipeline.js';
import { renderJson } from '../../src/report/render-json.js';
import { BriefCache, type CachedBrief } from './brief-cache.js';

const utf8 = new TextEncoder();

/** A story's brief as served, with the key it is cached under. */
export interface ServedBrief extends CachedBrief {
  key: string;
  /** The story version (null: the story was stored without briefs and this one was made now). */
  version: number | null;
}

/** Reads and caches the briefs of a store's stories. */
export class StoryBriefs {
  readonly cache: BriefCache;

  constructor(
    private readonly store: Store,
    maxBytes: number,
  ) {
    this.cache = new BriefCache(maxBytes);
  }

  /** The cache key of the story's current brief, or null for an unknown story. */
  private async currentKey(id: string): Promise<{ key: string; version: number | null } | null> {
    const versions = await this.store.listStoryVersions(id);
    const latest = versions[versions.length - 1];
    if (latest) return { key: `${id}@${latest.version}`, version: latest.version };
    // stored without briefs: the brief changes whenever the story's articles do
    const story = await this.store.getStory(id);
    if (!story) return null;
    return { key: `${id}@${story.updatedAt}/${story.articleCount}`, version: null };
  }

  /** The current brief of a story, or null when there is no such story. */
  async get(id: string): Promise<ServedBrief | null> {
    const current = await this.currentKey(id);
    if (!current) return null;
    const cached = this.cache.get(current.key);
    if (cached) return { ...cached, ...current };
    const brief = await readStoryBrief(this.store, id, (articles) => analyzeSync(articles));
    if (!brief) return null;
    // a version saved between the two reads: cache what was read under its own key
    const served = brief.version !== null && brief.version !== current.version ? { key: `${id}@${brief.version}`, version: brief.version } : current;
    const json = utf8.encode(renderJson(brief.report));
    const entry: CachedBrief = { json, etag: `"${createHash('sha256').update(served.key).update(json).digest('base64url').slice(0, 27)}"` };
    this.cache.set(served.key, entry);
    return { ...entry, ...served };
  }

  /** The report of a served brief (parsed again: the cache keeps text, not objects). */
  static reportOf(brief: ServedBrief): Report {
    return JSON.parse(new TextDecoder().decode(brief.json)) as Report;
  }

  /** The story's listing entry (title, outlets, counts), or null. */
  summary(id: string): Promise<StorySummary | null> {
    return this.store.getStory(id);
  }
}
