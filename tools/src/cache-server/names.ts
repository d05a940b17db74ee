/**
 * Which requests name a cache entry. Nx's self-hosted cache API has one
 * resource, `/v1/cache/{hash}`, and Nx fills `{hash}` with a task hash: a
 * 64-bit hash printed in decimal. Only such names become file names or
 * object keys here: no dots, no slashes, no percent escapes, 1 to 128 digits.
 */

/** The path every entry URL starts with. */
export const ENTRY_PREFIX = '/v1/cache/';

/** The Prometheus metrics endpoint (read token). */
export const METRICS_PATH = '/metrics';

const HASH = /^[0-9]{1,128}$/;

/** True for a name Nx could send: 1 to 128 decimal digits. */
export function isEntryName(name: string): boolean {
  return HASH.test(name);
}

/** The request path without its query, exactly as sent (not decoded, not normalised). */
export function requestPath(url: string | undefined): string {
  const s = url ?? '';
  const q = s.indexOf('?');
  return q < 0 ? s : s.slice(0, q);
}
