import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { openPostgresStore, loadPostgresMigrations, migratePostgres } from '../../adapters/store/postgres/index.js';
import { readMigrationFiles } from '../../adapters/store/index.js';
import { migrations } from '../../adapters/store/postgres/migrations/index.js';
import { postgresMigrationsFolder } from '../../adapters/store/postgres/migrate.js';
import { runStoreContract } from './store-contract.js';
import { pgSkip, requirePg } from '../helpers/postgres.js';

// every store of the contract gets a schema of its own in the test database, dropped at the end
const schemas: string[] = [];
const freshSchema = () => {
  const name = `contract_${process.pid}_${schemas.length}`;
  schemas.push(name);
  return name;
};
after(async () => {
  if (schemas.length === 0 || pgSkip) return;
  const client = new pg.Client({ connectionString: requirePg() });
  await client.connect();
  for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await client.end();
});

runStoreContract('postgres', async () => openPostgresStore(requirePg(), { schema: freshSchema() }), { skip: pgSkip });

test('the compiled PostgreSQL migrations match the .sql files', () => {
  assert.deepEqual(readMigrationFiles(postgresMigrationsFolder), migrations);
  assert.deepEqual(loadPostgresMigrations(), migrations);
  assert.deepEqual(migrations.map((m) => m.id), migrations.map((_, i) => i + 1));
});

test('postgres: many processes opening one store at once migrate it once', { skip: pgSkip }, async () => {
  const schema = freshSchema();
  const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(requirePg(), { schema })));
  const { rows } = await stores[0].pool.query('SELECT id, name FROM migrations');
  assert.deepEqual(rows, migrations.map((m) => ({ id: m.id, name: m.name })));
  const client = await stores[0].pool.connect();
  assert.deepEqual(await migratePostgres(client, migrations), []);
  client.release();
  await Promise.all(stores.map((s) => s.close()));
});

test('postgres: a failing migration is rolled back whole and not recorded', { skip: pgSkip }, async () => {
  const schema = freshSchema();
  const store = await openPostgresStore(requirePg(), { schema });
  const bad = { id: 99, name: '099-bad', sql: 'CREATE TABLE half (x integer); THIS IS NOT SQL;' };
  const client = await store.pool.connect();
  await assert.rejects(migratePostgres(client, [...migrations, bad]));
  client.release();
  assert.equal((await store.pool.query("SELECT to_regclass('half') AS t")).rows[0].t, null);
  assert.deepEqual((await store.pool.query('SELECT id FROM migrations WHERE id = 99')).rows, []);
  await store.close();
});

test('postgres: an unreachable server is a clear error naming it, without the password', async () => {
  await assert.rejects(
    openPostgresStore('postgres://someone:secret@127.0.0.1:1/nothing'),
    (e: Error) => /STORE_UNREACHABLE/.test(e.message) && /127\.0\.0\.1:1/.test(e.message) && !e.message.includes('secret'),
  );
});
