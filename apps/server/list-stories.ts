/**
 * One page of the story list, for GET /api/stories and the page at `/`: the filters of the
 * query string validated, a keyset cursor (opaque to clients) for the next page.
 */
import { z } from 'zod';
import type { Store, StorySummary } from '../../adapters/store/store.js';
import { ApiError } from './api-error.js';
import { parseOr400 } from './validate.js';

/** Stories per page when the client does not say. */
export const defaultPageSize = 50;

/** The query string of a story list; `pageSize` is the largest page allowed. */
export function storyListQuery(pageSize: number) {
  return z.object({
    limit: z.coerce.number().int().min(1).max(pageSize).default(Math.min(defaultPageSize, pageSize)),
    cursor: z.string().max(500).optional(),
    q: z.string().max(200).optional(),
    outlet: z.string().max(200).optional(),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u, 'expected a day, month or year: YYYY-MM-DD, YYYY-MM or YYYY').optional(),
  });
}
export type StoryListQuery = z.infer<ReturnType<typeof storyListQuery>>;

/** One page of stories and the cursor of the next (null on the last page). */
export interface StoryPage {
  stories: StorySummary[];
  next: string | null;
}

/** The cursor after a story: its update time and id, base64url-encoded JSON. */
export function encodeCursor(story: StorySummary): string {
  return Buffer.from(JSON.stringify([story.updatedAt, story.id])).toString('base64url');
}

const Cursor = z.tuple([z.string().max(100), z.string().max(500)]);

/** The position a cursor names; a cursor this server did not make is a 400. */
export function decodeCursor(cursor: string): { updatedAt: string; id: string } {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  const [updatedAt, id] = parseOr400(Cursor, value, 'INVALID_CURSOR', 'cursor');
  return { updatedAt, id };
}

/** Read one page of stories. */
export async function listStoryPage(store: Store, query: StoryListQuery): Promise<StoryPage> {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  let stories: StorySummary[];
  try {
    // one more than asked: whether there is a next page
    stories = await store.listStories({ text: query.q, outlet: query.outlet, date: query.date, after, limit: query.limit + 1 });
  } catch (error) {
    if ((error as { code?: string }).code === 'INVALID_OPTION') throw new ApiError(400, 'INVALID_QUERY', (error as Error).message);
    throw error;
  }
  const page = stories.slice(0, query.limit);
  return { stories: page, next: stories.length > query.limit ? encodeCursor(page[page.length - 1]) : null };
}
