/**
 * `parallax serve [--db FILE] [--port 8080] [--host 127.0.0.1] [--token T]`: the HTTP API and
 * the web UI over one store, until interrupted (Ctrl-C or SIGTERM).
 */
import { parseArgs } from 'node:util';
import { openStore, chooseDb } from '../../../adapters/store/index.js';
import { makeToken } from '../../server/check-token.js';
import { isLoopbackHost, startServer } from '../../server/serve.js';
import { ParallaxError, issueCodes } from '../../../src/model/errors.js';
import { writeLine, type CliIo, type Command } from '../command.js';

/** Parse --port: a whole number from 0 (any free port) to 65535. */
export function parsePort(value: string | undefined): number {
  if (value === undefined) return 8080;
  const n = Number(value);
  if (!/^\d+$/u.test(value) || n > 65535) throw new ParallaxError(issueCodes.INVALID_OPTION, `--port takes a number from 0 to 65535, got "${value}"`);
  return n;
}

/**
 * The write token: --token, else PARALLAX_TOKEN, else — on loopback only — a random one that is
 * printed. A server other machines can reach must be given one: refuse rather than guess.
 */
export function chooseToken(given: string | undefined, env: string | undefined, host: string): { token: string; isMadeUp: boolean } {
  const token = given ?? env;
  if (token !== undefined) {
    if (token.length < 16) throw new ParallaxError(issueCodes.INVALID_OPTION, 'the token must be at least 16 characters');
    return { token, isMadeUp: false };
  }
  if (!isLoopbackHost(host)) {
    throw new ParallaxError(issueCodes.INVALID_OPTION, `--host ${host} is reachable from other machines: give a write token with --token or PARALLAX_TOKEN`);
  }
  return { token: makeToken(), isMadeUp: true };
}

/** Resolve once SIGINT or SIGTERM arrives. */
function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export const serveCommand: Command = {
  name: 'serve',
  usage: `Usage: parallax serve [options]

Serves the web UI (story list at /, story pages, a page to paste or upload articles) and the
JSON API under /api/ (documented at /api/openapi.json) until interrupted.

Options:
  --db FILE|URL   a SQLite file or postgres://… URL (default: PARALLAX_DB, else
                  parallax.db; created when missing)
  --port N        port (default 8080; 0 picks a free one)
  --host ADDR     address to listen on (default 127.0.0.1, this machine only)
  --token T       bearer token for POST /api/articles (default: PARALLAX_TOKEN; on loopback
                  without either, a random token is made and printed; another host needs one)`,
  async run(args: string[], io: CliIo) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, token: { type: 'string' } } });
    const host = values.host ?? '127.0.0.1';
    const port = parsePort(values.port);
    const { token, isMadeUp } = chooseToken(values.token, process.env.PARALLAX_TOKEN, host);
    const store = await openStore(chooseDb(values.db), io.cwd);
    try {
      const server = await startServer({ store, token, host, port });
      writeLine(io.stderr, `parallax serve: ${server.url}/ (API: ${server.url}/api/openapi.json)`);
      if (isMadeUp) writeLine(io.stderr, `parallax serve: write token for this run: ${token}`);
      if (!isLoopbackHost(host)) writeLine(io.stderr, `parallax serve: listening on ${host}, reachable from other machines; plain HTTP, put TLS in front`);
      const signal = await untilSignal();
      writeLine(io.stderr, `parallax serve: ${signal}, stopping`);
      await server.close();
    } finally {
      await store.close();
    }
    return 0;
  },
};
