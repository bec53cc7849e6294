/**
 * The PostgreSQL server of the tests: `PARALLAX_TEST_PG` (a URL; .ci/run starts a throwaway
 * cluster and sets it). Without it the PostgreSQL tests skip, except under CI (CI=true), where
 * they run and fail, so that a CI without PostgreSQL cannot pass by skipping them.
 */
import pg from 'pg';

/** The test server's URL, or undefined. */
export const testPgUrl = process.env.PARALLAX_TEST_PG || undefined;

/** `skip` option of a PostgreSQL test: a reason outside CI without a server, else false. */
export const pgSkip: string | false = testPgUrl || process.env.CI === 'true' ? false : 'no PostgreSQL server: set PARALLAX_TEST_PG (.ci/run starts one)';

/** The test server's URL; throws (failing the test) when there is none. */
export function requirePg(): string {
  if (!testPgUrl) throw new Error('PARALLAX_TEST_PG is not set: under CI the PostgreSQL tests must run (.ci/run starts a server)');
  return testPgUrl;
}

let databases = 0;

/**
 * A new, empty database on the test server (named after this process), and its URL: tests
 * that run commands or workers (which use the default schema and pg-boss's own) each get one.
 */
export async function createTestDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = requirePg();
  const name = `t_${label.replace(/\W/gu, '_')}_${process.pid}_${databases++}`.toLowerCase();
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(base, name);
  return {
    url,
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The same URL naming another database: postgres://u@h/old?host=… → postgres://u@h/NAME?host=…. */
export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
