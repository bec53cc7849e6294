#!/usr/bin/env node
// A throwaway PostgreSQL cluster for tests and benches: initdb in a folder, listening only on a
// unix socket in that folder (no TCP port, so it never clashes with another cluster), trust
// authentication, fsync off. Run as root (CI), the server runs as the `postgres` user, because
// PostgreSQL refuses to run as root; then every folder above DIR must be open to it (o+x).
//
//   node scripts/pg-throwaway.mjs start DIR   → prints the URL (postgres://parallax@localhost/parallax?host=DIR)
//   node scripts/pg-throwaway.mjs restart DIR | stop DIR
//
// The test helpers import the same functions (startCluster, restartCluster, stopCluster).
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder holding initdb and pg_ctl: on PATH, else Debian's versioned folder. Null when missing. */
export function findPostgresBin() {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    // through the link (/usr/local/bin/initdb → /usr/lib/postgresql/15/bin/initdb) to the folder that also has createdb
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dirname(realpathSync(join(dir, 'initdb')));
  }
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : null;
}

/** Run a PostgreSQL program, as `postgres` when we are root. */
function runAsOwner(bin, program, args) {
  const path = join(bin, program);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const [cmd, cmdArgs] = isRoot ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
  return execFileSync(cmd, cmdArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The URL of a cluster started in `dir`. */
export function clusterUrl(dir) {
  return `postgres://parallax@localhost/parallax?host=${encodeURIComponent(resolve(dir))}`;
}

/** initdb (first time) and start a cluster in `dir`; resolves to its URL. */
export function startCluster(dir) {
  const bin = findPostgresBin();
  if (!bin) throw new Error('pg-throwaway: initdb/pg_ctl not found (install Debian\'s "postgresql")');
  dir = resolve(dir);
  mkdirSync(dir, { recursive: true });
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o755); // the socket lives here; the data folder inside stays 0700
  }
  const data = join(dir, 'data');
  if (!existsSync(join(data, 'PG_VERSION'))) {
    runAsOwner(bin, 'initdb', ['-D', data, '-U', 'parallax', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  }
  pgCtl(bin, dir, 'start');
  // a database named like the user, so that the URL needs no other name
  try {
    execFileSync(join(bin, 'createdb'), ['-h', dir, '-U', 'parallax', 'parallax'], { stdio: 'ignore' });
  } catch {
    // already there after a restart
  }
  return clusterUrl(dir);
}

function pgCtl(bin, dir, action) {
  const data = join(dir, 'data');
  const options = `-c listen_addresses='' -c unix_socket_directories='${dir}' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const args = action === 'stop' ? ['-D', data, '-m', 'fast', '-w', 'stop'] : ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', action];
  runAsOwner(bin, 'pg_ctl', args);
}

/** Restart the cluster in `dir` (fast shutdown: open connections are cut). */
export function restartCluster(dir) {
  pgCtl(findPostgresBin(), resolve(dir), 'restart');
}

/** Stop the cluster in `dir`; nothing when it is not running. */
export function stopCluster(dir) {
  const bin = findPostgresBin();
  if (!bin || !existsSync(join(resolve(dir), 'data', 'postmaster.pid'))) return;
  pgCtl(bin, resolve(dir), 'stop');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const [action, dir] = process.argv.slice(2);
  if (!dir || !['start', 'restart', 'stop'].includes(action)) {
    console.error('usage: pg-throwaway.mjs start|restart|stop DIR');
    process.exit(2);
  }
  if (action === 'start') console.log(startCluster(dir));
  else if (action === 'restart') restartCluster(dir);
  else stopCluster(dir);
}
