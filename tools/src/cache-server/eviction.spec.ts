/**
 * --max-size on both backends: the least recently read entries go first,
 * the store never holds more than the cap, and a read in flight when its
 * entry is evicted still delivers every byte. Plus the dry-run report.
 */
import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { plan, report } from './evict';
import { startCacheServer, type CacheServer } from './server';
import { BACKENDS, type Backend } from './testing/backends';
import { call } from './testing/client';

const RW = 'rw-token-0123456789abcdef';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(BACKENDS)('eviction under --max-size, %s backend', (_name, makeBackend) => {
  let backend: Backend | undefined;
  let s: CacheServer | undefined;
  afterEach(async () => {
    await s?.close();
    await backend?.dispose();
  });
  const start = async (maxSize: number) => {
    backend = await makeBackend();
    s = await startCacheServer({ storage: backend.storage, token: RW, maxSize });
    return s;
  };
  const put = (n: number, body: Buffer) => call(s!.url, 'PUT', `/v1/cache/${n}`, { token: RW, body });
  const get = (n: number) => call(s!.url, 'GET', `/v1/cache/${n}`, { token: RW });
  /** GET each in turn, a few ms apart, so their read times are ordered. */
  const readInTurn = async (names: number[]) => {
    const codes: number[] = [];
    for (const n of names) {
      codes.push((await get(n)).status);
      await sleep(5);
    }
    return codes;
  };

  it('fills past the cap: least recently read entries go first, and the cap holds', async () => {
    await start(10_000);
    const body = () => randomBytes(3000);
    for (const n of [1, 2, 3]) {
      expect((await put(n, body())).status).toBe(200);
      await sleep(5);
    }
    // Read 1 and 3: entry 2 is now the least recently read.
    expect(await readInTurn([1, 3])).toEqual([200, 200]);
    expect((await put(4, body())).status).toBe(200);
    expect(s!.ledger.bytes).toBeLessThanOrEqual(10_000);
    expect(await backend!.peek('2')).toBeUndefined();
    // Read 4, then 1, then 3: the order of last reads is 4, 1, 3.
    expect(await readInTurn([4, 1, 3])).toEqual([200, 200, 200]);
    expect((await put(5, body())).status).toBe(200);
    expect(await backend!.peek('4')).toBeUndefined();
    // Never read, 5 counts from when it was stored: after 3's read, so 1 goes next.
    expect((await put(6, body())).status).toBe(200);
    expect(await backend!.peek('1')).toBeUndefined();
    expect(await readInTurn([3, 5, 6])).toEqual([200, 200, 200]);
    expect(s!.metrics.evictions).toBe(3);
    expect(s!.ledger.bytes).toBeLessThanOrEqual(10_000);
    // An entry larger than the cap is refused outright.
    expect((await put(7, randomBytes(10_001))).status).toBe(413);
  });

  it('a read in flight completes when its entry is evicted under it', async () => {
    const MiB = 1024 * 1024;
    await start(24 * MiB);
    const big = randomBytes(16 * MiB);
    expect((await put(10, big)).status).toBe(200);
    const u = new URL(s!.url);
    // Start reading entry 10, take one chunk, then stop reading.
    const reading = new Promise<{ sha: string; bytes: number }>((resolve, reject) => {
      const req = request({
        host: u.hostname,
        port: u.port,
        path: '/v1/cache/10',
        headers: { authorization: `Bearer ${RW}` },
      });
      req.on('response', (res) => {
        expect(res.statusCode).toBe(200);
        const hash = createHash('sha256');
        let bytes = 0;
        res.once('data', (first: Buffer) => {
          hash.update(first);
          bytes += first.length;
          res.pause();
          paused(() => {
            res.on('data', (d: Buffer) => {
              hash.update(d);
              bytes += d.length;
            });
            res.on('end', () => resolve({ sha: hash.digest('hex'), bytes }));
            res.resume();
          });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
    let resume!: () => void;
    const paused = (go: () => void) => (resume = go);
    await until(() => resume !== undefined, 10_000);
    // Really in flight: the server has not read the whole entry yet.
    expect(s!.metrics.bytesOut).toBeLessThan(big.length);
    // Another 16 MiB entry does not fit beside it: entry 10 is evicted mid-read.
    expect((await put(11, randomBytes(16 * MiB))).status).toBe(200);
    expect(await backend!.peek('10')).toBeUndefined();
    expect((await get(10)).status).toBe(404);
    resume();
    const done = await reading;
    expect(done.bytes).toBe(big.length);
    expect(done.sha).toBe(createHash('sha256').update(big).digest('hex'));
    expect(s!.ledger.bytes).toBeLessThanOrEqual(24 * MiB);
  }, 60_000);
});

describe('the eviction plan and its dry-run report', () => {
  const e = (name: string, size: number, lastRead: number) => ({ name, size, lastRead });
  const entries = [e('1', 400, 30), e('2', 300, 10), e('3', 200, 20), e('4', 100, 40)];

  it('removes least recently read first, only as many as needed', () => {
    expect(plan(entries, 1000).map((x) => x.name)).toEqual([]);
    expect(plan(entries, 900).map((x) => x.name)).toEqual(['2']);
    expect(plan(entries, 500).map((x) => x.name)).toEqual(['2', '3']);
    expect(plan(entries, 500, 300).map((x) => x.name)).toEqual(['2', '3', '1']);
  });

  it('reports what would go, and touches nothing', () => {
    const text = report(entries, 500);
    expect(text).toMatch(/^4 entries, 1000 bytes; --max-size 500 bytes$/m);
    expect(text).toMatch(/^would evict 2 entries \(500 bytes\), least recently read first, leaving 500 bytes:$/m);
    expect(text).toMatch(/^ {2}2 {2}300 bytes {2}last read 1970-01-01T00:00:00\.010Z$/m);
    expect(report(entries, 5000)).toMatch(/nothing to evict/);
  });
});

async function until(ok: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!ok() && Date.now() < end) await sleep(20);
}
