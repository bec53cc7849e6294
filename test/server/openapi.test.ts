/** The OpenAPI document: valid JSON, OpenAPI 3.1, every registered route listed and nothing else. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { methodsByPath } from '../../apps/server/app.js';
import { makeTestApp } from './fixtures.js';

type Operation = { responses?: Record<string, unknown>; parameters?: { name: string; in: string; required?: boolean }[]; operationId?: string };
type Doc = { openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

async function fetchDoc(): Promise<{ doc: Doc; text: string; methods: Map<string, string[]> }> {
  const { app } = makeTestApp();
  const res = await app.request('/api/openapi.json');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/u);
  const text = await res.text();
  return { doc: JSON.parse(text) as Doc, text, methods: methodsByPath(app) };
}

/** Hono's "/api/stories/:id" as OpenAPI's "/api/stories/{id}". */
const toOpenApiPath = (path: string) => path.replace(/:(\w+)/gu, '{$1}');

test('the document is OpenAPI 3.1 JSON with a title and version', async () => {
  const { doc } = await fetchDoc();
  assert.equal(doc.openapi, '3.1.0');
  assert.equal(doc.info.title, 'Parallax');
  assert.match(doc.info.version, /^\d+\.\d+\.\d+/u);
});

test('every route the app registers is in the document, with its methods, and nothing more', async () => {
  const { doc, methods } = await fetchDoc();
  assert.ok(methods.size >= 10, `${methods.size} routes`);
  const registered = new Set<string>();
  for (const [path, list] of methods) {
    const item = doc.paths[toOpenApiPath(path)];
    assert.ok(item, `${path} is documented`);
    for (const method of list.filter((m) => m !== 'HEAD')) {
      assert.ok(item[method.toLowerCase()], `${method} ${path} is documented`);
      registered.add(`${method.toLowerCase()} ${toOpenApiPath(path)}`);
    }
  }
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of Object.keys(item)) assert.ok(registered.has(`${method} ${path}`), `${method} ${path} is documented but not registered`);
  }
});

test('every operation has an id, responses, and its path parameters; every $ref resolves', async () => {
  const { doc, text } = await fetchDoc();
  const ids = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      assert.ok(op.operationId && !ids.has(op.operationId), `${method} ${path}: a unique operationId`);
      ids.add(op.operationId!);
      assert.ok(op.responses && Object.keys(op.responses).length > 0, `${method} ${path}: responses`);
      for (const name of [...path.matchAll(/\{(\w+)\}/gu)].map((m) => m[1])) {
        assert.ok(op.parameters?.some((p) => p.in === 'path' && p.name === name && p.required), `${method} ${path}: path parameter ${name}`);
      }
    }
  }
  for (const [, name] of text.matchAll(/"\$ref": "#\/components\/schemas\/([^"]+)"/gu)) assert.ok(doc.components.schemas[name], `schema ${name} exists`);
});

test('query parameters come from the validators: names, defaults and limits match what the routes accept', async () => {
  const { doc } = await fetchDoc();
  const params = (path: string, method = 'get') => Object.fromEntries((doc.paths[path][method].parameters ?? []).map((p) => [p.name, p]));
  assert.deepEqual(Object.keys(params('/api/stories')).sort(), ['cursor', 'date', 'limit', 'outlet', 'q']);
  assert.deepEqual((params('/api/stories').limit as unknown as { schema: unknown }).schema, { default: 50, type: 'integer', minimum: 1, maximum: 200 });
  assert.equal(params('/api/search').q.required, true);
  assert.equal(params('/api/stories/{id}/changes').since.required, true);
  assert.deepEqual(Object.keys(params('/api/analyze', 'post')).sort(), ['format', 'id', 'published', 'source', 'summaryWords', 'title', 'url']);
});
