/** Helpers of the server tests: an app over a fresh :memory: store, requests with or without the token. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { openSqliteStore, type SqliteStore } from '../../adapters/store/index.js';
import { createApp } from '../../apps/server/app.js';
import type { ServerLimits } from '../../apps/server/options.js';
import { sharedPath } from '../helpers/shared.js';
import { quakes, robberies } from '../stories/fixtures.js';

export const token = 'test-token-0123456789abcdef';
export const auth = { authorization: `Bearer ${token}` };

/** An app over a new in-memory store, with a settable clock. */
export function makeTestApp(limits: Partial<ServerLimits> = {}): { app: Hono; store: SqliteStore; clock: { now: Date }; logged: string[] } {
  const store = openSqliteStore(':memory:');
  const clock = { now: new Date('2024-03-06T12:00:00Z') };
  const logged: string[] = [];
  const app = createApp({ store, token, limits, now: () => clock.now, log: (line) => logged.push(line) });
  return { app, store, clock, logged };
}

/** POST a JSON value. */
export function postJson(app: Hono, path: string, body: unknown, headers: Record<string, string> = auth): Promise<Response> {
  return Promise.resolve(app.request(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } }));
}

/** The fixture quakes and robberies as articles with an outlet each. */
export function fixtureArticles(): { id: string; title: string; source: string; published: string; text: string }[] {
  return [...quakes, ...robberies].map(({ event: _e, ...a }, i) => ({ ...a, title: a.title ?? '', published: a.published ?? '', source: i % 2 ? 'Quake Wire' : 'Daily Courier' }));
}

/** The seed articles as a multipart form of .txt files, or null when ../shared is absent. */
export function seedForm(): FormData | null {
  const dir = sharedPath('seeds');
  if (!dir) return null;
  const form = new FormData();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    form.append('files', new File([readFileSync(join(dir, name))], name, { type: 'text/plain' }));
  }
  return form;
}

/** The seeds' talks-length conflict (5½ hours vs 7½ hours) of a report, or null. */
export function findTalksLength(report: { conflicts: { id: string; topic: string; values: { value: string }[] }[] }): { id: string; topic: string } | null {
  const five = /\b(5|five)( and a half|½|\.5)\b/iu;
  const seven = /\b(7|seven)( and a half|½|\.5)\b/iu;
  return report.conflicts.find((c) => c.values.some((v) => five.test(v.value)) && c.values.some((v) => seven.test(v.value))) ?? null;
}

/** A hostile article: script tags, handler attributes and javascript: links in every field. */
export const hostile = {
  script: '<script>globalThis.__pwned = 1; alert("pwned")</script>',
  img: '<img src=x onerror="globalThis.__pwned = 2">',
  link: '<a href="javascript:globalThis.__pwned=3">click</a>',
};
export const hostileText = `Officials said ${hostile.script} the bridge reopened on Monday after repairs. ${hostile.img} Engineers said the bridge was safe ${hostile.link} and traffic resumed.`;
