import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseDb, isPostgresUrl, openStore, SqliteStore } from '../../adapters/store/index.js';
import { redactUrl } from '../../adapters/store/postgres/postgres-store.js';
import { pgSkip, requirePg } from '../helpers/postgres.js';

test('--db wins over PARALLAX_DB, which wins over the default file', () => {
  assert.equal(chooseDb('a.db', { PARALLAX_DB: 'postgres://x/y' }), 'a.db');
  assert.equal(chooseDb(undefined, { PARALLAX_DB: 'postgres://x/y' }), 'postgres://x/y');
  assert.equal(chooseDb(undefined, { PARALLAX_DB: '' }), undefined);
  assert.equal(chooseDb(undefined, {}), undefined);
});

test('postgres:// and postgresql:// URLs name PostgreSQL; files and :memory: do not', () => {
  for (const yes of ['postgres://u:p@h:5432/db', 'POSTGRESQL://h/db']) assert.equal(isPostgresUrl(yes), true, yes);
  for (const no of ['news.db', ':memory:', 'postgres.db', './postgres://x', undefined]) assert.equal(isPostgresUrl(no), false, String(no));
  assert.equal(redactUrl('postgres://parallax:s3cret@db:5432/news'), 'postgres://parallax:***@db:5432/news');
});

test('openStore opens SQLite for :memory: and refuses a missing file when it must exist', async () => {
  const store = await openStore(':memory:', process.cwd());
  assert.ok(store instanceof SqliteStore);
  await store.close();
  await assert.rejects(openStore('/nonexistent/dir/x.db', process.cwd(), { mustExist: true }), /STORE_MISSING/);
});

test('openStore opens PostgreSQL for a URL', { skip: pgSkip }, async () => {
  const store = await openStore(requirePg(), process.cwd());
  assert.equal(store.constructor.name, 'PostgresStore');
  await store.close();
});
