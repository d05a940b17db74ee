/**
 * A self-hosted remote cache for Nx (its HTTP cache API, http.ts): teammates
 * and CI share compiled libraries and linked images without Nx Cloud. This
 * module puts the pieces together: a store (a folder or an S3 bucket), the
 * ledger that keeps it under --max-size, the time limits that shed slow
 * clients, and a shutdown that leaves no temporary file behind.
 */
import { createServer, STATUS_CODES, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { bearerAuth } from './auth';
import { Ledger } from './evict';
import { cacheHandler } from './http';
import { Slots } from './limit';
import { Metrics } from './metrics';
import type { S3StoreOptions } from './store-s3';
import type { Store } from './store';

/** Where entries live: a local folder, or a bucket of an S3-compatible store. */
export type StoreConfig = { dir: string } | { s3: S3StoreOptions };

export interface CacheServerOptions {
  storage: StoreConfig;
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Token that may read and write. */
  token: string;
  /** Optional token that may only read (for untrusted CI jobs). */
  readToken?: string;
  /** Cap on stored bytes; least recently read entries go first. */
  maxSize?: number;
  /** Largest entry accepted, in bytes (default 2 GiB). */
  maxEntryBytes?: number;
  /** Uploads received at once (default 16); more wait up to queueMs (default 30 s), then get 503. */
  maxUploads?: number;
  queueMs?: number;
  /** Time for a client to send its request headers (default 20 s). */
  headerTimeoutMs?: number;
  /** A connection that moves no byte either way for this long is closed (default 30 s). */
  idleTimeoutMs?: number;
  /** Time for a whole upload body (default 10 min). */
  uploadTimeoutMs?: number;
  /** At shutdown, in-flight requests get this long to finish (default 10 s); the rest are dropped. */
  graceMs?: number;
  log?: (line: string) => void;
}

export interface CacheServer {
  server: Server;
  /** The URL to give Nx (NX_SELF_HOSTED_REMOTE_CACHE_SERVER). */
  url: string;
  store: Store;
  ledger: Ledger;
  metrics: Metrics;
  /** Stop listening, finish or drop what is in flight, remove temporary files. */
  close(): Promise<void>;
}

/** Open the configured store (the S3 SDK is loaded only when it is used). */
export async function openStore(cfg: StoreConfig, log: (line: string) => void): Promise<Store> {
  if ('dir' in cfg) {
    const { FolderStore } = await import('./store-fs');
    return FolderStore.create(cfg.dir, log);
  }
  const { S3Store } = await import('./store-s3');
  return S3Store.create(cfg.s3, log);
}

/** Start a server; resolves once it listens. */
export async function startCacheServer(o: CacheServerOptions): Promise<CacheServer> {
  const log = o.log ?? (() => {});
  const store = await openStore(o.storage, log);
  const metrics = new Metrics();
  const ledger = new Ledger(store, o.maxSize, metrics, log);
  try {
    await ledger.load();
  } catch (e) {
    await store.close();
    throw e;
  }
  const headerMs = o.headerTimeoutMs ?? 20_000;
  const idleMs = o.idleTimeoutMs ?? 30_000;
  const garbled = new WeakSet<Socket>();
  const handler = cacheHandler({
    store,
    ledger,
    metrics,
    auth: bearerAuth(o.token, o.readToken),
    maxEntryBytes: o.maxEntryBytes ?? 2 * 1024 ** 3,
    uploads: new Slots(o.maxUploads ?? 16),
    queueMs: o.queueMs ?? 30_000,
    idleMs,
    garbledAfter: (s) => garbled.has(s),
    log,
  });
  const server = createServer(
    {
      headersTimeout: headerMs,
      requestTimeout: Math.max(o.uploadTimeoutMs ?? 600_000, headerMs),
      // How often the two limits above are checked (Node's default is 30 s).
      connectionsCheckingInterval: Math.max(100, Math.min(1000, headerMs / 4)),
    },
    handler.handle,
  );
  server.setTimeout(idleMs, (socket: Socket) => {
    log(`closing a connection from ${socket.remoteAddress} idle for ${idleMs} ms`);
    socket.destroy();
  });
  // Malformed requests, and requests too slow to arrive: answer if we still
  // can, and remember the connection (see the Content-Length check in http.ts).
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    garbled.add(socket);
    const busy = (socket as Socket & { _httpMessage?: unknown })._httpMessage !== undefined;
    if (err.code === 'ECONNRESET' || !socket.writable || busy) return socket.destroy();
    const code = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    log(`${code} to ${socket.remoteAddress}: ${err.code ?? err.message}`);
    socket.end(`HTTP/1.1 ${code} ${STATUS_CODES[code]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, o.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  }).catch(async (e: Error) => {
    await store.close();
    throw e;
  });
  server.on('error', (e) => log(`server error: ${e.message}`));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : o.port;
  const host = o.host ?? '127.0.0.1';
  let closed: Promise<void> | undefined;
  return {
    server,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    store,
    ledger,
    metrics,
    close: () =>
      (closed ??= (async () => {
        handler.stopAccepting();
        server.close();
        server.closeIdleConnections();
        const force = setTimeout(() => server.closeAllConnections(), o.graceMs ?? 10_000);
        await handler.settled();
        clearTimeout(force);
        server.closeAllConnections();
        await store.close();
      })()),
  };
}
