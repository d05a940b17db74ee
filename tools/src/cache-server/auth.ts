/**
 * Bearer tokens. The read-write token may GET and PUT; the read-only one
 * may GET (and read /metrics). Tokens are compared as sha256 digests with
 * crypto.timingSafeEqual, so the time an answer takes says nothing about how
 * much of a guess was right, and digests always have the same length.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export type Access = 'write' | 'read';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** A checker for `Authorization` header values; undefined means no access. */
export function bearerAuth(token: string, readToken?: string): (header: string | undefined) => Access | undefined {
  const rw = digest(token);
  const ro = readToken === undefined ? undefined : digest(readToken);
  return (header) => {
    // RFC 9110 §11.1: the scheme name is case-insensitive.
    const m = /^bearer +(\S+) *$/i.exec(header ?? '');
    if (!m) return undefined;
    const given = digest(m[1]!);
    // Compare against both every time: which one matched is not timed either.
    const isWrite = timingSafeEqual(given, rw);
    const isRead = ro !== undefined && timingSafeEqual(given, ro);
    return isWrite ? 'write' : isRead ? 'read' : undefined;
  };
}
