/** URL fetching for ingest: limits, conditional requests, per-host pace, private addresses refused. */
export { fetchUrl, fetchErrorCodes, type FetchOptions, type FetchResult } from './fetch-url.js';
export { HostRate } from './host-rate.js';
export { isPrivateAddress } from './is-private-address.js';
