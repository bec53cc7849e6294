/**
 * Bind the app to a port with @hono/node-server. Loopback by default; a server reachable from
 * other machines must be given its token explicitly (a made-up one would only be printed here).
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { ServerOptions } from './options.js';

/** Where to listen. */
export interface ListenOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 8080; 0 picks a free port. */
  port?: number;
}

/** A running server. */
export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  /** Stop accepting connections, close idle ones and wait for the rest. */
  close(): Promise<void>;
}

/** Whether a host name or address only reaches this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/gu, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/u.test(h) || h === '::ffff:127.0.0.1';
}

/** Start serving; resolves once the port is bound. */
export function startServer(options: ServerOptions & ListenOptions): Promise<RunningServer> {
  const app = createApp(options);
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8080 }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
          }),
      });
    });
    server.once('error', reject);
  });
}
