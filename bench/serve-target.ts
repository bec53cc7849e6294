/**
 * A server for the serve bench, in its own process so that the load generator does not share
 * its event loop: `parallax <db>` runs `parallax serve`'s app over the store; `peer <db> <ids…>`
 * runs a bare node:http server answering the same paths with the same JSON, computed once.
 * <db> is a SQLite file or a postgres:// URL.
 * Prints "READY <port>" when listening; stops on SIGTERM.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openStore } from '../adapters/store/index.js';
import { startServer } from '../apps/server/serve.js';
import { renderJson } from '../src/report/render-json.js';
import type { Report } from '../src/model/report.js';

const [mode, db, ...ids] = process.argv.slice(2);
const store = await openStore(db, process.cwd());

if (mode === 'parallax') {
  const server = await startServer({ store, token: 'bench-token-not-used-for-reads', host: '127.0.0.1', port: 0, limits: { cacheBytes: 256 * 1024 * 1024 } });
  console.log(`READY ${server.port}`);
  process.once('SIGTERM', () => void server.close().then(() => store.close()).then(() => process.exit(0)));
} else {
  // the bytes parallax serves: the stored report rendered by renderJson
  const bodies = new Map<string, Buffer>();
  for (const id of ids) {
    const version = await store.getStoryVersion(id);
    bodies.set(`/api/stories/${encodeURIComponent(id)}`, Buffer.from(renderJson(JSON.parse(version!.report!) as Report)));
  }
  await store.close();
  const server = http.createServer((req, res) => {
    const body = bodies.get(req.url ?? '');
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => console.log(`READY ${(server.address() as AddressInfo).port}`));
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}
