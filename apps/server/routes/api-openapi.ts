/** GET /api/openapi.json: the OpenAPI 3.1 document of every route. */
import type { Hono } from 'hono';
import { openApiJson } from '../openapi.js';

/** Register the document's route. */
export function registerOpenApi(app: Hono): void {
  app.get('/api/openapi.json', (c) => c.body(openApiJson(), 200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' }));
}
