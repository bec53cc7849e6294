/**
 * The query strings of the API, as zod schemas: the routes validate with them and the OpenAPI
 * document derives its parameters from them, so the two cannot drift apart.
 */
import { z } from 'zod';
import { storyListQuery } from './list-stories.js';
import { DocumentMeta } from './read-request-articles.js';

/** GET /api/stories (the largest page is a server limit). */
export const StoryListQuery = (pageSize: number) => storyListQuery(pageSize).strict();

/** GET /api/stories/:id */
export const BriefQuery = z.strictObject({ format: z.enum(['json', 'md', 'html']).default('json') });

/** GET /api/stories/:id/changes */
export const ChangesQuery = z.strictObject({
  since: z.string({ error: 'required: a date, a date-time or an age like 36h or 7d' }).max(100),
});

/** GET /api/search */
export const SearchQuery = z.strictObject({
  q: z.string({ error: 'required: the words to search for' }).max(200).refine((q) => /[\p{L}\p{N}]/u.test(q), 'needs at least one letter or digit'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** POST /api/articles */
export const IngestQuery = DocumentMeta.strict();

/** POST /api/analyze */
export const AnalyzeQuery = DocumentMeta.extend({
  summaryWords: z.coerce.number().int().min(10).max(10_000).optional(),
  format: z.enum(['json', 'md', 'html']).default('json'),
}).strict();
