/**
 * Fetch one URL for ingest: http(s) only, a total timeout, a size cap, a bounded number of
 * redirects (each hop checked again), conditional requests (If-None-Match / If-Modified-Since),
 * a per-host pace, and no connection to loopback, private or link-local addresses unless
 * allowed. The address check runs on the address actually connected to (a custom DNS lookup),
 * so a name that resolves to 127.0.0.1 is refused too.
 */
import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { ParallaxError } from '../../src/model/errors.js';
import { isPrivateAddress } from './is-private-address.js';
import { HostRate } from './host-rate.js';

/** Options of fetchUrl, each with its default. */
export interface FetchOptions {
  /** Whole-request deadline in ms, redirects included. Default 15000. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes. Default 5 MiB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Allow loopback, private and link-local addresses (`--allow-private`). Default false. */
  allowPrivate?: boolean;
  /** ETag of the copy already held: sent as If-None-Match. */
  etag?: string | null;
  /** Last-Modified of the copy already held: sent as If-Modified-Since. */
  lastModified?: string | null;
  /** Per-host pace shared across calls. Default: none. */
  rate?: HostRate;
  /** User-Agent header. Default "parallax/<version> (+news reader)". */
  userAgent?: string;
}

/** A fetched resource, or a 304 when the held copy is current. */
export interface FetchResult {
  /** The URL after redirects. */
  url: string;
  status: number;
  /** False for 304 Not Modified (body empty). */
  isModified: boolean;
  body: Uint8Array;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
}

/** Error codes of fetchUrl, thrown as ParallaxError. */
export const fetchErrorCodes = {
  FETCH_BAD_URL: 'FETCH_BAD_URL',
  FETCH_BLOCKED_ADDRESS: 'FETCH_BLOCKED_ADDRESS',
  FETCH_TIMEOUT: 'FETCH_TIMEOUT',
  FETCH_TOO_LARGE: 'FETCH_TOO_LARGE',
  FETCH_TOO_MANY_REDIRECTS: 'FETCH_TOO_MANY_REDIRECTS',
  FETCH_HTTP_STATUS: 'FETCH_HTTP_STATUS',
  FETCH_FAILED: 'FETCH_FAILED',
} as const;

const defaults = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ParallaxError(fetchErrorCodes.FETCH_BAD_URL, `not a URL: "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ParallaxError(fetchErrorCodes.FETCH_BAD_URL, `only http and https are fetched, not "${raw}"`);
  return url;
}

/** A DNS lookup that refuses private addresses unless allowed. */
function makeLookup(allowPrivate: boolean, url: string): typeof dnsLookup {
  const guarded = (hostname: string, options: object, callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as LookupAddress[];
      const blocked = list.find((a) => isPrivateAddress(a.address));
      if (!allowPrivate && blocked) {
        return callback(new ParallaxError(fetchErrorCodes.FETCH_BLOCKED_ADDRESS, `"${url}" resolves to ${blocked.address}, a private or loopback address (use --allow-private)`), '', 0);
      }
      if ((options as { all?: boolean }).all) return callback(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
  return guarded as unknown as typeof dnsLookup;
}

function header(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? (value[0] ?? null) : value;
}

/** One request without following redirects. */
function requestOnce(url: URL, options: FetchOptions, deadline: number): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Uint8Array }> {
  const allowPrivate = options.allowPrivate ?? false;
  const hostname = url.hostname.replace(/^\[|\]$/gu, '');
  if (isIP(hostname) && !allowPrivate && isPrivateAddress(hostname)) {
    return Promise.reject(new ParallaxError(fetchErrorCodes.FETCH_BLOCKED_ADDRESS, `"${url.href}" is a private or loopback address (use --allow-private)`));
  }
  const maxBytes = options.maxBytes ?? defaults.maxBytes;
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? 'parallax (+news reader)',
    accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/json, text/html;q=0.9, */*;q=0.5',
    'accept-encoding': 'identity',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new ParallaxError(fetchErrorCodes.FETCH_TIMEOUT, `"${url.href}" timed out`));
    const req = client.request(url, { method: 'GET', headers, lookup: makeLookup(allowPrivate, url.href) }, (res) => {
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes) {
        req.destroy(new ParallaxError(fetchErrorCodes.FETCH_TOO_LARGE, `"${url.href}" is ${declared} bytes, over the ${maxBytes}-byte cap`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          req.destroy(new ParallaxError(fetchErrorCodes.FETCH_TOO_LARGE, `"${url.href}" is over the ${maxBytes}-byte cap`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: new Uint8Array(Buffer.concat(chunks)) });
      });
      res.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
    const timer = setTimeout(() => req.destroy(new ParallaxError(fetchErrorCodes.FETCH_TIMEOUT, `"${url.href}" timed out`)), remaining);
    req.on('error', (e) => {
      clearTimeout(timer);
      reject(e instanceof ParallaxError ? e : new ParallaxError(fetchErrorCodes.FETCH_FAILED, `"${url.href}": ${(e as Error).message}`));
    });
    req.end();
  });
}

/** Fetch a URL under the limits above; throws a ParallaxError with a FETCH_* code on failure. */
export async function fetchUrl(raw: string, options: FetchOptions = {}): Promise<FetchResult> {
  const deadline = Date.now() + (options.timeoutMs ?? defaults.timeoutMs);
  const maxRedirects = options.maxRedirects ?? defaults.maxRedirects;
  let url = parseHttpUrl(raw);
  for (let hop = 0; ; hop++) {
    if (options.rate) await options.rate.wait(url.host);
    const res = await requestOnce(url, options, deadline);
    const location = header(res.headers.location);
    if (res.status >= 300 && res.status < 400 && res.status !== 304 && location) {
      if (hop >= maxRedirects) throw new ParallaxError(fetchErrorCodes.FETCH_TOO_MANY_REDIRECTS, `"${raw}" redirected more than ${maxRedirects} times`);
      url = parseHttpUrl(new URL(location, url).href);
      continue;
    }
    if (res.status !== 304 && (res.status < 200 || res.status >= 300)) {
      throw new ParallaxError(fetchErrorCodes.FETCH_HTTP_STATUS, `"${url.href}" answered HTTP ${res.status}`);
    }
    return {
      url: url.href,
      status: res.status,
      isModified: res.status !== 304,
      body: res.body,
      contentType: header(res.headers['content-type']),
      etag: header(res.headers.etag),
      lastModified: header(res.headers['last-modified']),
    };
  }
}
