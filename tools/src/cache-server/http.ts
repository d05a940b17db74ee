/**
 * The HTTP side of Nx's self-hosted cache API:
 *
 *   GET /v1/cache/{hash}  200 + the entry, 404 if absent (or failing its sha256 check)
 *   PUT /v1/cache/{hash}  200 stored, 409 already there (entries never change),
 *                         400 no/invalid Content-Length or a body that does not match it
 *   GET /metrics          Prometheus text (any valid token)
 *   401 no or wrong bearer token, 403 the read-only token tried to PUT
 *
 * Nx shows the text of a 401/403 to its user, so those bodies say what to do.
 * Every failure of the store or of a stream is a 500 plus a log line; no
 * request can end the process.
 */
import { rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { pipeline } from 'node:stream/promises';
import type { Access } from './auth';
import { NoRoom, type Ledger } from './evict';
import type { Slots } from './limit';
import type { Metrics } from './metrics';
import { ENTRY_PREFIX, METRICS_PATH, isEntryName, requestPath } from './names';
import { BodyError, spool } from './spool';
import type { Store } from './store';

export interface HandlerOptions {
  store: Store;
  ledger: Ledger;
  metrics: Metrics;
  auth: (header: string | undefined) => Access | undefined;
  /** Largest upload accepted, in bytes. */
  maxEntryBytes: number;
  /** Upload slots; an upload waits at most queueMs for one. */
  uploads: Slots;
  queueMs: number;
  /** The socket idle timeout, restored after an upload has waited for its slot. */
  idleMs: number;
  /** True for a connection whose bytes after a request did not parse (a body longer than declared). */
  garbledAfter: (socket: Socket) => boolean;
  log: (line: string) => void;
}

type Reply = (code: number, text: string, headers?: Record<string, string>) => void;

/** A handler for node:http, and a way to wait for the requests it is still working on. */
export function cacheHandler(o: HandlerOptions) {
  const inFlight = new Set<Promise<void>>();
  const uploading = new Set<string>();
  let closing = false;

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // Answer without reading the body: the connection closes after the reply.
    const refuse: Reply = (code, text, headers = {}) => {
      reply(res, code, text, { connection: 'close', ...headers });
    };
    // Answer after reading (and dropping) the body, keeping the connection.
    const drain: Reply = (code, text, headers) => {
      req.resume();
      reply(res, code, text, headers);
    };
    if (closing) return refuse(503, 'the cache server is shutting down', { 'retry-after': '5' });
    const path = requestPath(req.url);
    if (path !== METRICS_PATH && !path.startsWith(ENTRY_PREFIX))
      return drain(404, 'not a cache URL: use /v1/cache/<hash>');
    const who = o.auth(req.headers.authorization);
    if (!who)
      return refuse(401, 'missing or wrong bearer token: set NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN', {
        'www-authenticate': 'Bearer',
      });
    if (path === METRICS_PATH) {
      if (req.method !== 'GET') return drain(405, 'GET only', { allow: 'GET' });
      const body = o.metrics.render({ entries: o.ledger.count, bytes: o.ledger.bytes, maxBytes: o.ledger.maxBytes });
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
      res.end(body);
      return;
    }
    const name = path.slice(ENTRY_PREFIX.length);
    if (!isEntryName(name)) return refuse(400, 'an entry name is 1 to 128 decimal digits (an Nx task hash)');
    if (req.method === 'GET') return get(name, res);
    if (req.method === 'PUT') return put(name, who, req, res, refuse, drain);
    drain(405, 'GET or PUT only', { allow: 'GET, PUT' });
  };

  const get = async (name: string, res: ServerResponse): Promise<void> => {
    const entry = await o.store.open(name);
    if (entry === undefined || entry === 'corrupt') {
      if (entry === 'corrupt') {
        o.metrics.corrupt++;
        o.ledger.removed(name);
      } else o.metrics.misses++;
      o.log(`GET ${name} miss`);
      return reply(res, 404, 'no such entry');
    }
    try {
      o.metrics.hits++;
      o.ledger.read(name, entry.size);
      o.store.touch(name).catch((e: Error) => o.log(`GET ${name}: cannot record the read: ${e.message}`));
      o.log(`GET ${name} hit ${entry.size} bytes`);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': entry.size });
      const body = entry.stream();
      body.on('data', (chunk: Buffer) => (o.metrics.bytesOut += chunk.length));
      await pipeline(body, res).catch((e: NodeJS.ErrnoException) => {
        // A client that hangs up mid-body is not an error of ours.
        if (e.code === 'ERR_STREAM_PREMATURE_CLOSE') return o.log(`GET ${name} client left early`);
        o.metrics.errors++;
        o.log(`GET ${name} read error: ${e.message}`);
        res.destroy();
      });
    } finally {
      await entry.close();
    }
  };

  const put = async (
    name: string,
    who: Access,
    req: IncomingMessage,
    res: ServerResponse,
    refuse: Reply,
    drain: Reply,
  ): Promise<void> => {
    if (who !== 'write') {
      o.log(`PUT ${name} refused: the read-only token may not upload`);
      return drain(403, 'this token may only read: uploads are refused, tasks still build and restore');
    }
    const declared = req.headers['content-length'];
    if (req.headers['transfer-encoding'] !== undefined || declared === undefined || !/^[0-9]{1,16}$/.test(declared))
      return refuse(400, 'an upload needs a Content-Length header (a decimal byte count) and no Transfer-Encoding');
    const size = Number(declared);
    const cap = Math.min(o.maxEntryBytes, o.ledger.maxBytes ?? Infinity);
    if (size > cap) return refuse(413, `entry of ${size} bytes is larger than the server takes (${cap} bytes)`);
    // One upload per name at a time: taken before the first await, so concurrent PUTs cannot all pass.
    if (uploading.has(name)) return drain(409, 'entry exists (an upload of it is in progress)');
    uploading.add(name);
    try {
      if (await o.store.has(name)) return drain(409, 'entry exists: entries never change');
      // Waiting for a slot is not idling; a client that leaves meanwhile gives its place up.
      req.socket.setTimeout(0);
      const left = new AbortController();
      const onClose = () => left.abort();
      res.once('close', onClose);
      const release = await o.uploads.acquire(o.queueMs, left.signal);
      res.off('close', onClose);
      req.socket.setTimeout(o.idleMs);
      if (!release) return refuse(503, 'too many uploads in progress, try again', { 'retry-after': '5' });
      try {
        let unreserve: () => void;
        try {
          unreserve = await o.ledger.reserve(size);
        } catch (e) {
          if (e instanceof NoRoom) return refuse(503, e.message, { 'retry-after': '5' });
          throw e;
        }
        try {
          await receive(name, size, req, res, refuse);
        } finally {
          unreserve();
        }
      } finally {
        release();
      }
    } finally {
      uploading.delete(name);
    }
  };

  const receive = async (name: string, size: number, req: IncomingMessage, res: ServerResponse, refuse: Reply) => {
    let up;
    try {
      up = await spool(req, o.store.spoolDir, size);
    } catch (e) {
      if (!(e instanceof BodyError)) throw e;
      o.log(`PUT ${name} refused: ${e.message}`);
      return refuse(400, e.message);
    }
    if (o.garbledAfter(req.socket)) {
      // RFC 9112 §6.3: bytes past Content-Length start the next request. When
      // they do not parse, the sender meant a longer body: keep none of it.
      await rm(up.file, { force: true });
      o.log(`PUT ${name} refused: more bytes than its Content-Length of ${size}`);
      return;
    }
    o.metrics.bytesIn += up.size;
    if (!(await o.store.commit(name, up))) return reply(res, 409, 'entry exists: entries never change');
    o.ledger.added(name, up.size);
    o.metrics.stored++;
    o.log(`PUT ${name} stored ${up.size} bytes`);
    reply(res, 200, 'stored');
  };

  return {
    handle(req: IncomingMessage, res: ServerResponse): void {
      const p = route(req, res)
        .catch((e: Error) => {
          o.metrics.errors++;
          o.log(`${req.method} ${requestPath(req.url)} error: ${e.message}`);
          internalError(res);
        })
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
    },
    /** Refuse new requests from now on (503 + Connection: close). */
    stopAccepting(): void {
      closing = true;
    },
    /** Resolves once every request started so far has been answered or dropped. */
    async settled(): Promise<void> {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    },
  };
}

function reply(res: ServerResponse, code: number, text: string, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(code, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(`${text}\n`);
}

/** 500 if nothing was sent yet; otherwise cut the connection, so the client sees a short body, not a bad one. */
function internalError(res: ServerResponse): void {
  if (res.headersSent) res.destroy();
  else reply(res, 500, 'internal error of the cache server (see its log)', { connection: 'close' });
}
