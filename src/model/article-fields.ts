/**
 * Fields an input article may carry, kept apart from the zod schema in article.ts so that code
 * validating articles by hand (the pipeline) does not load zod at start-up.
 */
export const articleFields = ['id', 'title', 'source', 'url', 'published', 'language', 'text', 'html'] as const;
