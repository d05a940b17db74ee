/** Regression tests for requests that used to end the server's process. */
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCacheServer, type CacheServer } from './server';
import { call } from './testing/client';

const RO = 'read-only-token-0123456789';
const RW = 'read-write-token-0123456789';
let dir: string;
let s: CacheServer;
const logged: string[] = [];

/** Put an entry on disk as the folder backend stores it. */
function plant(name: string, body: string): void {
  writeFileSync(join(dir, name), body);
  const sha256 = createHash('sha256').update(body).digest('hex');
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ sha256, size: Buffer.byteLength(body) }));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ukraft-cache-spec-'));
  s = await startCacheServer({ storage: { dir }, token: RW, readToken: RO, log: (l) => logged.push(l) });
});
afterAll(async () => {
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) => call(s.url, 'GET', path, { token: RO });

describe('cache server: requests that used to end the process', () => {
  it('GET /v1/cache/.. with the read-only token is refused and the server keeps serving', async () => {
    plant('42', 'entry 42');
    for (const bad of ['/v1/cache/..', '/v1/cache/.', '/v1/cache/%2e%2e', '/v1/cache/', '/v1/cache/../..']) {
      expect((await get(bad)).status, bad).toBe(400);
    }
    const ok = await get('/v1/cache/42');
    expect([ok.status, ok.body.toString()]).toEqual([200, 'entry 42']);
  });

  it('an entry that is a folder on disk gives 500 and a log line, not a crash', async () => {
    mkdirSync(join(dir, '7777'));
    expect((await get('/v1/cache/7777')).status).toBe(500);
    expect(logged.some((l) => l.startsWith('GET /v1/cache/7777 error'))).toBe(true);
    expect((await get('/v1/cache/42')).status).toBe(200);
  });

  it('entries removed while they are read give whole bodies or misses', async () => {
    const body = 'x'.repeat(256 * 1024);
    for (let round = 0; round < 20; round++) {
      const name = String(1000 + round);
      plant(name, body);
      const reads = Array.from({ length: 5 }, () => get(`/v1/cache/${name}`));
      unlinkSync(join(dir, name));
      for (const r of await Promise.all(reads)) {
        if (r.status === 200) expect(r.body.length).toBe(body.length);
        else expect(r.status).toBe(404);
      }
    }
    expect((await get('/v1/cache/42')).status).toBe(200);
  });
});
