import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, readMigrationFiles, migrate } from '../../adapters/store/index.js';
import { migrations } from '../../adapters/store/migrations/index.js';
import { runStoreContract } from './store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-store-'));
let fileCount = 0;
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

runStoreContract('sqlite :memory:', async () => openSqliteStore(':memory:'));
runStoreContract('sqlite file', async () => openSqliteStore(join(dir, `contract-${fileCount++}.db`)));

test('the compiled migrations match the .sql files', () => {
  assert.deepEqual(readMigrationFiles(), migrations);
  assert.ok(migrations.length >= 1);
  assert.deepEqual(migrations.map((m) => m.id), migrations.map((_, i) => i + 1));
});

test('a file store uses WAL and foreign keys, records migrations, and reopens without re-applying', async () => {
  const file = join(dir, 'reopen.db');
  const first = openSqliteStore(file);
  assert.equal(first.db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(first.db.pragma('foreign_keys', { simple: true }), 1);
  await first.addArticles([{ id: 'a', title: 't', source: 's', url: null, published: null, language: 'en', text: 'x' }], 't');
  await first.close();
  const second = openSqliteStore(file);
  assert.deepEqual((second.db.prepare('SELECT id, name FROM migrations').all() as object[]), [{ id: 1, name: '001-init' }, { id: 2, name: '002-subscriptions' }]);
  assert.deepEqual(migrate(second.db, migrations), []);
  assert.equal(await second.countArticles(), 1);
  await second.close();
});

test('a failing migration is rolled back whole and not recorded', () => {
  const store = openSqliteStore(':memory:');
  const bad = { id: 99, name: '099-bad', sql: 'CREATE TABLE half (x INTEGER); THIS IS NOT SQL;' };
  assert.throws(() => migrate(store.db, [...migrations, bad]));
  assert.deepEqual(store.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get(), { n: 0 });
  assert.deepEqual(store.db.prepare('SELECT id FROM migrations WHERE id = 99').all(), []);
});

test('foreign keys are enforced', () => {
  const store = openSqliteStore(':memory:');
  assert.throws(() => store.db.prepare("INSERT INTO story_versions (story_id, version, created_at, articles) VALUES ('s:none', 1, 't', '[]')").run(), /FOREIGN KEY/);
});
