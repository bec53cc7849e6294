/**
 * The article as it enters Parallax, validated at the edge with a runtime schema.
 */
import { z } from 'zod';

/** Fields an input article may carry. Unknown fields are reported, not fatal. */
export { articleFields } from './article-fields.js';

/** One article as given by a user, before cleaning. Either `text` or `html` carries the body. */
export const ArticleInput = z.object({
  id: z.string().min(1),
  title: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  /** ISO 8601 date or date-time. */
  published: z.string().optional(),
  language: z.string().optional(),
  text: z.string().optional(),
  html: z.string().optional(),
  /** Where the article came from ("seeds/000.txt", "feed.jsonl:12"), for messages. */
  origin: z.string().optional(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;

/** An article after ingest: body text known, metadata normalised. */
export interface Article {
  id: string;
  title: string;
  source: string;
  url: string | null;
  /** ISO 8601 (date or date-time), or null when unknown or unparseable. */
  published: string | null;
  language: string;
  /** Original body text, Unicode-normalised but not yet cleaned. */
  text: string;
  origin?: string;
}
