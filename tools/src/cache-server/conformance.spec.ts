/**
 * The cache server against Nx's self-hosted cache API and against clients
 * that misbehave, run once per storage backend: the local folder, and S3
 * through a real S3 implementation (s3rver) on a loopback port. After every
 * case the server must still answer.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCacheServer, type CacheServer } from './server';
import { BACKENDS, type Backend } from './testing/backends';
import { call, putHead, raw } from './testing/client';

const RW = 'rw-token-0123456789abcdef';
const RO = 'ro-token-0123456789abcdef';
const entry = (n: number) => `/v1/cache/${n}`;
let next = 1000;
/** A fresh entry name for each case, so cases do not depend on each other. */
const fresh = () => next++;

describe.each(BACKENDS)('cache server conformance, %s backend', (_name, makeBackend) => {
  let backend: Backend;
  let s: CacheServer;
  const logged: string[] = [];

  beforeAll(async () => {
    backend = await makeBackend();
    s = await startCacheServer({
      storage: backend.storage,
      token: RW,
      readToken: RO,
      headerTimeoutMs: 1000,
      idleTimeoutMs: 1500,
      maxUploads: 4,
      queueMs: 15_000,
      graceMs: 1000,
      log: (l) => logged.push(l),
    });
  }, 30_000);
  afterAll(async () => {
    await s?.close();
    await backend?.dispose();
  });
  // After every case: the server answers, and no upload left a temporary file.
  afterEach(async () => {
    const m = await call(s.url, 'GET', '/metrics', { token: RO });
    expect(m.status).toBe(200);
    await until(() => backend.leftovers().length === 0, 10_000);
    expect(backend.leftovers()).toEqual([]);
  });

  const put = (n: number, body: Buffer | string, token = RW) => call(s.url, 'PUT', entry(n), { token, body });
  const get = (n: number, token = RO) => call(s.url, 'GET', entry(n), { token });

  it('PUT stores an entry (200) and GET returns its bytes', async () => {
    const n = fresh();
    const body = randomBytes(70_000);
    expect((await put(n, body)).status).toBe(200);
    const got = await get(n);
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('application/octet-stream');
    expect(Number(got.headers['content-length'])).toBe(body.length);
    expect(got.body.equals(body)).toBe(true);
    expect((await get(n, RW)).body.equals(body)).toBe(true);
  });

  it('a second PUT of a hash is 409 and leaves the entry as it was', async () => {
    const n = fresh();
    expect((await put(n, 'first')).status).toBe(200);
    expect((await put(n, 'second')).status).toBe(409);
    expect((await get(n)).body.toString()).toBe('first');
  });

  it('a GET of an absent entry is 404', async () => {
    expect((await get(fresh())).status).toBe(404);
    expect((await get(fresh(), RW)).status).toBe(404);
  });

  it('no token or a wrong one is 401 with a text/plain message; the scheme name is case-insensitive', async () => {
    const n = fresh();
    for (const r of [
      await call(s.url, 'GET', entry(n)),
      await call(s.url, 'PUT', entry(n), { body: 'x' }),
      await call(s.url, 'GET', entry(n), { token: 'not-the-token-at-all' }),
      await call(s.url, 'GET', entry(n), { headers: { authorization: `Basic ${RW}` } }),
      await call(s.url, 'GET', '/metrics'),
    ]) {
      expect(r.status).toBe(401);
      expect(r.headers['content-type']).toMatch(/^text\/plain/);
      expect(r.body.toString()).toMatch(/token/);
    }
    expect((await call(s.url, 'GET', entry(n), { headers: { authorization: `bearer ${RO}` } })).status).toBe(404);
    expect((await get(n)).status).toBe(404); // the refused PUT stored nothing
  });

  it('the read-only token may not PUT (403, saying uploads are refused)', async () => {
    const n = fresh();
    const r = await put(n, 'from a fork', RO);
    expect(r.status).toBe(403);
    expect(r.body.toString()).toMatch(/only read: uploads are refused/);
    expect((await get(n)).status).toBe(404);
  });

  it('names Nx would never send are 400 with either token, and name no file', async () => {
    const n = fresh();
    await put(n, 'kept');
    const bad = [
      '..',
      '.',
      '%2e%2e',
      '%2E%2E',
      '',
      '9'.repeat(129),
      '12a',
      '1%2F2',
      `${n}/..`,
      '../..',
      '-1',
      `${n}.json`,
      '.incoming',
    ];
    for (const name of bad) {
      for (const token of [RO, RW]) {
        const r = await call(s.url, 'GET', `/v1/cache/${name}`, { token });
        expect(r.status, `GET ${name}`).toBe(400);
      }
      expect((await call(s.url, 'PUT', `/v1/cache/${name}`, { token: RW, body: 'x' })).status, `PUT ${name}`).toBe(400);
    }
    expect((await get(Number('9'.repeat(20)))).status).toBe(404);
    expect((await call(s.url, 'GET', `/v1/cache/${'9'.repeat(128)}`, { token: RO })).status).toBe(404);
    expect((await get(n)).body.toString()).toBe('kept');
  });

  it('a PUT without Content-Length (chunked) is 400 and stores nothing', async () => {
    const n = fresh();
    const r = await raw(
      s.url,
      `PUT ${entry(n)} HTTP/1.1\r\nHost: c\r\nAuthorization: Bearer ${RW}\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n`,
      'wait',
    );
    expect(r.reply).toMatch(/^HTTP\/1\.1 400 /);
    expect((await get(n)).status).toBe(404);
  });

  it('a body shorter than its Content-Length is refused and nothing is stored', async () => {
    const n = fresh();
    const r = await raw(s.url, putHead(entry(n), RW, 1000) + 'x'.repeat(400), 'end');
    expect(r.closed).toBe(true);
    expect(r.reply).not.toMatch(/^HTTP\/1\.1 200/);
    await until(() => logged.some((l) => l.startsWith(`PUT ${n} refused: body cut short`)), 10_000);
    expect((await get(n)).status).toBe(404);
    expect((await put(n, 'whole')).status).toBe(200); // the name is free again
  });

  it('a body longer than its Content-Length is refused and nothing is stored', async () => {
    const n = fresh();
    const r = await raw(s.url, putHead(entry(n), RW, 10) + 'y'.repeat(4000), 'wait');
    expect(r.closed).toBe(true);
    expect(r.reply).not.toMatch(/^HTTP\/1\.1 200/);
    expect((await get(n)).status).toBe(404);
  });

  it('an upload that stops halfway (connection dropped) stores nothing', async () => {
    const n = fresh();
    await raw(s.url, putHead(entry(n), RW, 200_000) + 'z'.repeat(100_000), 'destroy');
    await until(() => logged.some((l) => l.startsWith(`PUT ${n} refused: body cut short`)), 10_000);
    expect((await get(n)).status).toBe(404);
    expect((await put(n, 'again')).status).toBe(200);
  });

  it('slow clients are cut off (headers, then a stalled body) while others are served', async () => {
    const n = fresh();
    await put(n, 'served meanwhile');
    const slowHeaders = raw(s.url, `GET ${entry(n)} HTTP/1.1\r\nHost: c\r\n`, 'wait', 10_000);
    const slowBody = raw(s.url, putHead(entry(fresh()), RW, 5000) + 'q'.repeat(100), 'wait', 10_000);
    const meanwhile = await get(n);
    expect(meanwhile.body.toString()).toBe('served meanwhile');
    const [h, b] = await Promise.all([slowHeaders, slowBody]);
    expect(h.closed).toBe(true);
    expect(h.reply).toMatch(/^HTTP\/1\.1 408 /);
    expect(h.ms).toBeLessThan(8000);
    expect(b.closed).toBe(true);
    expect(b.ms).toBeLessThan(8000);
    expect(b.reply).not.toMatch(/^HTTP\/1\.1 200/);
  });

  it('50 concurrent PUTs and GETs of distinct hashes all succeed, through 4 upload slots', async () => {
    const names = Array.from({ length: 50 }, fresh);
    const bodies = names.map(() => randomBytes(20_000));
    const puts = await Promise.all(names.map((n, i) => put(n, bodies[i]!)));
    expect(puts.map((r) => r.status)).toEqual(names.map(() => 200));
    const gets = await Promise.all(names.map((n) => get(n)));
    gets.forEach((g, i) => expect(g.body.equals(bodies[i]!), `entry ${names[i]}`).toBe(true));
  });

  it('50 concurrent PUTs of one hash: one is stored, the others are 409; 50 GETs then agree', async () => {
    const n = fresh();
    const bodies = Array.from({ length: 50 }, () => randomBytes(20_000));
    const puts = await Promise.all(bodies.map((b) => put(n, b)));
    const codes = puts.map((r) => r.status);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(49);
    const winner = bodies[codes.indexOf(200)]!;
    const gets = await Promise.all(bodies.map(() => get(n)));
    for (const g of gets) expect(g.body.equals(winner)).toBe(true);
  });

  it('concurrent PUTs and GETs of the same hash: readers see a miss or the whole entry', async () => {
    const n = fresh();
    const body = randomBytes(200_000);
    const mixed = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? get(n) : put(n, body))));
    for (const [i, r] of mixed.entries()) {
      if (i % 2 === 0) expect([200, 409]).toContain(r.status);
      else if (r.status === 200) expect(r.body.equals(body)).toBe(true);
      else expect(r.status).toBe(404);
    }
    expect((await get(n)).body.equals(body)).toBe(true);
  });

  it('an entry whose bytes changed in the store is a 404 plus a log line, then can be stored again', async () => {
    const n = fresh();
    const body = randomBytes(30_000);
    await put(n, body);
    await backend.corrupt(n.toString());
    const r = await get(n);
    expect(r.status).toBe(404);
    expect(logged.some((l) => l.startsWith(`GET ${n} refused: sha256`))).toBe(true);
    expect(await backend.peek(n.toString())).toBeUndefined();
    expect((await put(n, body)).status).toBe(200);
    expect((await get(n)).body.equals(body)).toBe(true);
  });

  it('GET /metrics gives Prometheus text behind the read token', async () => {
    const n = fresh();
    await put(n, 'abc');
    await get(n);
    await get(fresh());
    const m = await call(s.url, 'GET', '/metrics', { token: RO });
    expect(m.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = m.body.toString();
    const value = (metric: string) => Number(new RegExp(`^ukraft_cache_${metric} (\\d+)$`, 'm').exec(text)?.[1]);
    expect(text).toMatch(/^# TYPE ukraft_cache_hits_total counter$/m);
    for (const k of [
      'hits_total',
      'misses_total',
      'received_bytes_total',
      'sent_bytes_total',
      'entries',
      'stored_bytes',
    ])
      expect(value(k), k).toBeGreaterThan(0);
    expect(value('evictions_total')).toBe(0);
    expect(value('entries')).toBe(s.ledger.count);
  });

  it('methods other than GET and PUT are 405, other paths 404', async () => {
    expect((await call(s.url, 'DELETE', entry(fresh()), { token: RW })).status).toBe(405);
    expect((await call(s.url, 'GET', '/v2/cache/1', { token: RW })).status).toBe(404);
  });
});

/** Poll a condition (bounded). */
async function until(ok: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
}
