/**
 * A self-hosted remote cache for Nx (its HTTP cache API): teammates and
 * CI share compiled libraries and linked images without Nx Cloud.
 *
 *   GET  /v1/cache/{hash}  200 + the task's archive, 404 if absent
 *   PUT  /v1/cache/{hash}  200 stored, 409 already there (entries never change)
 *
 * Clients send `Authorization: Bearer <token>`; a read-only token may GET
 * but not PUT. Entries are written to a temporary file and renamed, so a
 * reader never sees half an entry.
 */
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface CacheServerOptions {
  /** Folder holding the entries. */
  dir: string;
  host?: string;
  port?: number;
  /** Token that may read and write. */
  token: string;
  /** Optional token that may only read (for untrusted CI jobs). */
  readToken?: string;
  /** Largest entry accepted, in bytes (default 2 GiB). */
  maxBytes?: number;
  log?: (line: string) => void;
}

const ENTRY = /^\/v1\/cache\/([A-Za-z0-9._-]{1,128})$/;

function reply(res: ServerResponse, code: number, text: string): void {
  res.writeHead(code, { 'content-type': 'text/plain' });
  res.end(`${text}\n`);
}

function access(req: IncomingMessage, o: CacheServerOptions): 'write' | 'read' | undefined {
  const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
  if (!m) return undefined;
  if (m[1] === o.token) return 'write';
  if (o.readToken && m[1] === o.readToken) return 'read';
  return undefined;
}

export function cacheHandler(o: CacheServerOptions) {
  mkdirSync(o.dir, { recursive: true });
  const max = o.maxBytes ?? 2 * 1024 ** 3;
  const log = o.log ?? (() => {});
  return (req: IncomingMessage, res: ServerResponse): void => {
    const m = ENTRY.exec(req.url ?? '');
    if (!m) return reply(res, 404, 'not a cache entry URL: use /v1/cache/<hash>');
    const who = access(req, o);
    if (!who) return reply(res, 401, 'missing or wrong bearer token');
    const file = join(o.dir, m[1]!);
    if (req.method === 'GET') {
      if (!existsSync(file)) {
        log(`GET ${m[1]} miss`);
        return reply(res, 404, 'no such entry');
      }
      log(`GET ${m[1]} hit`);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': statSync(file).size });
      createReadStream(file).pipe(res);
      return;
    }
    if (req.method === 'PUT') {
      if (who !== 'write') return reply(res, 403, 'this token may only read');
      if (existsSync(file)) {
        req.resume();
        return reply(res, 409, 'entry exists');
      }
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > max) {
        req.resume();
        return reply(res, 413, `entry larger than ${max} bytes`);
      }
      const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
      const out = createWriteStream(tmp);
      let size = 0;
      let failed = false;
      const fail = (code: number, text: string) => {
        if (failed) return;
        failed = true;
        out.destroy();
        rmSync(tmp, { force: true });
        reply(res, code, text);
      };
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > max) {
          fail(413, `entry larger than ${max} bytes`);
          req.destroy();
        }
      });
      req.on('error', () => fail(400, 'upload interrupted'));
      out.on('error', () => fail(500, 'cannot write the entry'));
      out.on('finish', () => {
        if (failed) return;
        renameSync(tmp, file);
        log(`PUT ${m[1]} ${size} bytes`);
        reply(res, 200, 'stored');
      });
      req.pipe(out);
      return;
    }
    reply(res, 405, 'GET or PUT only');
  };
}

/** Start a server; resolves once it listens, with the URL to give Nx. */
export function startCacheServer(o: CacheServerOptions): Promise<{ server: Server; url: string }> {
  const server = createServer(cacheHandler(o));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, o.host ?? '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : o.port;
      resolve({ server, url: `http://${o.host ?? '127.0.0.1'}:${port}` });
    });
  });
}
