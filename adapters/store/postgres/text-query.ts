/**
 * What a user typed → PostgreSQL full-text queries, and the SQL conditions of a story listing.
 * Mirrors the SQLite store's FTS5 queries (sqlite-store.ts) so both backends find the same things.
 */
import { ParallaxError, issueCodes } from '../../../src/model/errors.js';
import type { StoryQuery } from '../store.js';

/** Words of a query: runs of letters and digits, lower-cased ("Beijing talks!" → beijing, talks). */
function queryWords(query: string): string[] {
  return query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A to_tsquery text where every word must match and the last may be a prefix:
 * "Beijing talks" → 'beijing' & 'talks':*. Words hold only letters and digits, so no tsquery
 * operator in the input survives. Null when there is no word.
 */
export function toTsQuery(query: string): string | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  return words.map((w, i) => `'${w}'${i === words.length - 1 ? ':*' : ''}`).join(' & ');
}

/** A to_tsquery text where any of the words matches, whole words only: 'quake' | 'kessel'. Null without a word. */
export function toAnyWordTsQuery(words: readonly string[]): string | null {
  const all = [...new Set(words.flatMap(queryWords))];
  return all.length === 0 ? null : all.map((w) => `'${w}'`).join(' | ');
}

/** Numbered query parameters: `add(value)` returns its placeholder ($1, $2, …). */
export class Params {
  readonly values: unknown[] = [];

  /** The placeholder of a new parameter. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Shape of StoryQuery.date: a year, a month or a day. */
const datePrefix = /^\d{4}(-\d{2}(-\d{2})?)?$/u;

/**
 * SQL conditions (on stories `s`) for a story query, or null when nothing can match (text
 * without a word). Throws INVALID_OPTION for a malformed date.
 */
export function storyConditions(query: StoryQuery, params: Params): string[] | null {
  const sql: string[] = [];
  if (query.text !== undefined) {
    const ts = toTsQuery(query.text);
    if (!ts) return null;
    const q = `to_tsquery('simple', ${params.add(ts)})`;
    sql.push(`s.id IN (SELECT fs.id FROM stories fs WHERE fs.search @@ ${q}
                       UNION SELECT fa.story_id FROM articles fa WHERE fa.search @@ ${q})`);
  }
  if (query.outlet !== undefined) {
    sql.push(`EXISTS (SELECT 1 FROM articles ao WHERE ao.story_id = s.id AND lower(ao.source) = lower(${params.add(query.outlet)}))`);
  }
  if (query.date !== undefined) {
    if (!datePrefix.test(query.date)) throw new ParallaxError(issueCodes.INVALID_OPTION, `date must be YYYY, YYYY-MM or YYYY-MM-DD, got "${query.date}"`);
    sql.push(`EXISTS (SELECT 1 FROM articles ad WHERE ad.story_id = s.id
                      AND substr(coalesce(ad.published, ad.ingested_at), 1, ${params.add(query.date.length)}) = ${params.add(query.date)})`);
  }
  if (query.after) {
    const at = params.add(query.after.updatedAt);
    sql.push(`(s.updated_at < ${at} OR (s.updated_at = ${at} AND s.id > ${params.add(query.after.id)}))`);
  }
  return sql;
}
