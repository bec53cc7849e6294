/**
 * The OpenAPI 3.1 document of the server, served at /api/openapi.json. Query parameters come
 * from the zod schemas the routes validate with (queries.ts) and the report schema from the
 * report model, so they cannot drift; a test checks that every registered route is listed.
 */
import { z } from 'zod';
import { reportJsonSchema } from '../../src/model/report-json-schema.js';
import { version } from '../../src/version.js';
import { defaultLimits } from './options.js';
import { articleMediaTypes } from './read-request-articles.js';
import { AnalyzeQuery, BriefQuery, ChangesQuery, IngestQuery, SearchQuery, StoryListQuery } from './queries.js';

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Descriptions of query parameters, by name. */
const parameterHelp: Record<string, string> = {
  limit: 'Most items to return.',
  cursor: 'The `next` value of the previous page.',
  q: 'Words that must all match (the last may be a prefix).',
  outlet: 'Only stories with an article from this outlet (exact name, any case).',
  date: 'Only stories with an article published (undated: ingested) in this year, month or day.',
  format: 'Format of the brief: the JSON report, Markdown, or a self-contained HTML page.',
  since: 'A date, a date-time, or an age such as 36h or 7d.',
  id: 'Article id of a text or HTML body (default: made from its bytes).',
  source: 'Outlet of a text or HTML body.',
  title: 'Title of a text or HTML body.',
  url: 'URL of a text or HTML body (for a feed: resolves relative links).',
  published: 'Publication date of a text or HTML body (ISO 8601).',
  summaryWords: 'Word budget of the summary (default 120).',
};

/** OpenAPI query parameters from a zod object schema. */
function queryParameters(schema: z.ZodObject): Json[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { $schema: _drop, ...fieldSchema } = z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Json;
    return { name, in: 'query', required: !(field as z.ZodType).safeParse(undefined).success, description: parameterHelp[name] ?? '', schema: fieldSchema };
  });
}

const storyIdParameter = { name: 'id', in: 'path', required: true, description: 'Story id, as listed by GET /api/stories.', schema: { type: 'string' } };

function jsonResponse(description: string, schema: Json, headers?: Json): Json {
  return { description, content: { 'application/json': { schema } }, ...(headers ? { headers } : {}) };
}

const errorResponse = (description: string) => jsonResponse(description, ref('Error'));
const htmlResponse = (description: string) => ({ description, content: { 'text/html': { schema: { type: 'string' } } } });

/** The bodies the two POST routes read, by media type. */
function articleBodies(): Json {
  const content: Json = {};
  const bodyOf: Record<keyof typeof articleMediaTypes, Json> = {
    json: { oneOf: [ref('ArticleInput'), { type: 'array', items: ref('ArticleInput'), minItems: 1 }, { type: 'object', description: 'A JSON Feed (version https://jsonfeed.org/…).' }] },
    jsonl: { type: 'string', description: 'One article object per line.' },
    text: { type: 'string', description: 'One article; optional YAML front matter; a headline-like first line is the title.' },
    html: { type: 'string', description: 'One article page; the article is extracted, no script runs.' },
    feed: { type: 'string', description: 'An RSS 2.0, RDF or Atom feed; each item is an article.' },
    form: { type: 'object', description: 'Files, each read as `parallax ingest` reads a file of that name.', additionalProperties: { type: 'string', format: 'binary' } },
  };
  for (const [kind, types] of Object.entries(articleMediaTypes)) {
    for (const type of types) content[type] = { schema: bodyOf[kind as keyof typeof articleMediaTypes] };
  }
  return { required: true, content };
}

const schemas: Record<string, Json> = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, issues: { type: 'array', items: ref('Issue') } } } },
  },
  Issue: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, article: { type: 'string' }, message: { type: 'string' }, value: { type: 'string' } } },
  ArticleInput: {
    type: 'object',
    required: ['id'],
    description: 'An article: `text` or `html` carries its body. Unknown fields are reported as issues and ignored.',
    properties: Object.fromEntries(['id', 'title', 'source', 'url', 'published', 'language', 'text', 'html'].map((k) => [k, { type: 'string' }])),
  },
  StorySummary: {
    type: 'object',
    required: ['id', 'title', 'sources', 'articleCount', 'conflicts', 'createdAt', 'updatedAt'],
    properties: {
      id: { type: 'string' }, title: { type: 'string' }, sources: { type: 'array', items: { type: 'string' } },
      articleCount: { type: 'integer' }, conflicts: { type: 'integer' }, createdAt: { type: 'string' }, updatedAt: { type: 'string' },
    },
  },
  StoryPage: { type: 'object', required: ['stories', 'next'], properties: { stories: { type: 'array', items: ref('StorySummary') }, next: { type: ['string', 'null'] } } },
  StoredClaim: {
    type: 'object',
    required: ['key', 'kind', 'text', 'articles'],
    properties: { key: { type: 'string' }, kind: { enum: ['agreement', 'conflict', 'unique'] }, text: { type: 'string' }, articles: { type: 'array', items: { type: 'string' } } },
  },
  ClaimChanges: {
    type: 'object',
    required: ['since', 'story', 'fromVersion', 'toVersion', 'added', 'changed', 'contradicted'],
    properties: {
      since: { type: 'string' }, story: { type: 'string' }, fromVersion: { type: ['integer', 'null'] }, toVersion: { type: ['integer', 'null'] },
      added: { type: 'array', items: ref('StoredClaim') },
      changed: { type: 'array', items: { type: 'object', properties: { before: ref('StoredClaim'), after: ref('StoredClaim') } } },
      contradicted: { type: 'array', items: { type: 'object', properties: { before: { oneOf: [ref('StoredClaim'), { type: 'null' }] }, after: ref('StoredClaim') } } },
    },
  },
  SearchResult: {
    type: 'object',
    required: ['query', 'hits'],
    properties: {
      query: { type: 'string' },
      hits: {
        type: 'array',
        items: {
          type: 'object',
          required: ['kind', 'id', 'title', 'snippet', 'story', 'rank'],
          properties: { kind: { enum: ['article', 'story'] }, id: { type: 'string' }, title: { type: 'string' }, snippet: { type: 'string', description: 'Matches wrapped in [brackets].' }, story: { type: ['string', 'null'] }, rank: { type: 'number' } },
        },
      },
    },
  },
  IngestResult: {
    type: 'object',
    required: ['added', 'skipped', 'copies', 'stories', 'versions', 'articles', 'issues'],
    properties: {
      added: { type: 'array', items: { type: 'string' }, description: 'Ids of the articles stored by this request.' },
      skipped: { type: 'integer', description: 'Articles already stored.' },
      copies: { type: 'integer' }, stories: { type: 'integer' }, versions: { type: 'integer', description: 'New story versions (briefs) saved.' },
      articles: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, story: { type: ['string', 'null'] } } } },
      issues: { type: 'array', items: ref('Issue') },
    },
  },
};

function reportSchema(): Json {
  const { $schema: _s, $id: _i, ...schema } = reportJsonSchema();
  return schema;
}

const postErrors = {
  '400': errorResponse('The body or query does not parse or validate.'),
  '413': errorResponse(`The body is over the size limit (default ${defaultLimits.bodyBytes} bytes) or holds too many articles.`),
  '415': errorResponse('A Content-Type no reader handles.'),
  '422': errorResponse('No posted article was usable; `error.issues` says why.'),
  '429': { ...errorResponse('Too many POST requests from this address.'), headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait.' } } },
};

/** The document. */
export function buildOpenApiDocument(): Json {
  const reportContent = { 'application/json': { schema: ref('Report') }, 'text/markdown': { schema: { type: 'string' } }, 'text/html': { schema: { type: 'string' } } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parallax',
      version,
      description: 'Briefs of news stories told by many outlets: agreements, conflicts, unique facts, quotes, timeline. Every response carries a strict Content-Security-Policy. Write endpoints need the bearer token of `parallax serve`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    tags: [{ name: 'api', description: 'JSON API' }, { name: 'web', description: 'Server-rendered pages (no script)' }],
    paths: {
      '/api/stories': {
        get: {
          tags: ['api'], operationId: 'listStories', summary: 'Stories, most recently updated first, filtered and paged.',
          parameters: queryParameters(StoryListQuery(defaultLimits.pageSize)),
          responses: { '200': jsonResponse('One page of stories.', ref('StoryPage')), '400': errorResponse('A malformed filter or cursor.') },
        },
      },
      '/api/stories/{id}': {
        get: {
          tags: ['api'], operationId: 'getStoryBrief', summary: "The brief of a story's latest version (the JSON report by default).",
          parameters: [storyIdParameter, ...queryParameters(BriefQuery)],
          responses: {
            '200': { description: 'The brief.', content: reportContent, headers: { ETag: { schema: { type: 'string' } } } },
            '304': { description: 'Not modified since the ETag given in If-None-Match.' },
            '400': errorResponse('A malformed query.'),
            '404': errorResponse('No such story.'),
          },
        },
      },
      '/api/stories/{id}/changes': {
        get: {
          tags: ['api'], operationId: 'getStoryChanges', summary: 'Claims that are new, changed or contradicted since a time.',
          parameters: [storyIdParameter, ...queryParameters(ChangesQuery)],
          responses: { '200': jsonResponse('The changes.', ref('ClaimChanges')), '400': errorResponse('A missing or malformed `since`.'), '404': errorResponse('No such story.') },
        },
      },
      '/api/search': {
        get: {
          tags: ['api'], operationId: 'search', summary: 'Full-text search over stored articles and stories, best first, with snippets.',
          parameters: queryParameters(SearchQuery),
          responses: { '200': jsonResponse('Hits.', ref('SearchResult')), '400': errorResponse('A missing or empty `q`.') },
        },
      },
      '/api/articles': {
        post: {
          tags: ['api'], operationId: 'ingestArticles', summary: 'Store articles: near-duplicates marked, stories re-clustered, briefs of changed stories saved.',
          security: [{ bearer: [] }],
          parameters: queryParameters(IngestQuery),
          requestBody: articleBodies(),
          responses: {
            '200': jsonResponse('Nothing new: every article was already stored.', ref('IngestResult')),
            '201': jsonResponse('Articles stored.', ref('IngestResult')),
            '401': { ...errorResponse('No or a wrong bearer token.'), headers: { 'WWW-Authenticate': { schema: { type: 'string' } } } },
            ...postErrors,
          },
        },
      },
      '/api/analyze': {
        post: {
          tags: ['api'], operationId: 'analyzeArticles', summary: 'The brief of the posted articles; nothing is stored, no token needed (rate-limited).',
          parameters: queryParameters(AnalyzeQuery),
          requestBody: articleBodies(),
          responses: { '200': { description: 'The brief.', content: reportContent }, ...postErrors },
        },
      },
      '/api/openapi.json': {
        get: { tags: ['api'], operationId: 'getOpenApi', summary: 'This document.', responses: { '200': jsonResponse('The OpenAPI document.', { type: 'object' }) } },
      },
      '/': {
        get: { tags: ['web'], operationId: 'storyListPage', summary: 'The story list page (same filters as GET /api/stories).', parameters: queryParameters(StoryListQuery(defaultLimits.pageSize)), responses: { '200': htmlResponse('The page.'), '400': htmlResponse('A malformed filter.') } },
      },
      '/stories/{id}': {
        get: { tags: ['web'], operationId: 'storyPage', summary: "A story's brief as a page.", parameters: [storyIdParameter], responses: { '200': htmlResponse('The page.'), '404': htmlResponse('No such story.') } },
      },
      '/analyze': {
        get: { tags: ['web'], operationId: 'analyzeForm', summary: 'The paste-or-upload form.', responses: { '200': htmlResponse('The form.') } },
        post: {
          tags: ['web'], operationId: 'analyzeFormPost', summary: 'The brief of the pasted and uploaded articles as a page; nothing stored (rate-limited).',
          requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', description: 'Fields text1…text4 and source1…source4; files in `files`.' } } } },
          responses: { '200': htmlResponse('The brief.'), '400': htmlResponse('Nothing to analyse.'), '413': htmlResponse('Too large.'), '415': htmlResponse('Not a form.'), '422': htmlResponse('No usable article.'), '429': htmlResponse('Too many requests.') },
        },
      },
      '/assets/{stylesheet}': {
        get: {
          tags: ['web'], operationId: 'stylesheet', summary: 'The stylesheet of the pages (its name carries a content hash).',
          parameters: [{ name: 'stylesheet', in: 'path', required: true, schema: { type: 'string', pattern: '^parallax-[0-9a-f]{12}\\.css$' } }],
          responses: { '200': { description: 'CSS.', content: { 'text/css': { schema: { type: 'string' } } } } },
        },
      },
    },
    components: { schemas: { ...schemas, Report: reportSchema() }, securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The token given to `parallax serve` (--token or PARALLAX_TOKEN).' } } },
  };
}

let served: string | null = null;

/** The document as served: built once. */
export function openApiJson(): string {
  served ??= JSON.stringify(buildOpenApiDocument(), null, 1) + '\n';
  return served;
}
