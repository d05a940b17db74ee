/**
 * The shared build cache: one workspace builds and uploads through the
 * self-hosted cache server; a fresh workspace (another developer, a CI
 * job) then restores every task from it instead of compiling. Once with
 * the folder backend and once with the S3 backend against a real S3
 * implementation (s3rver) started here on a loopback port, under
 * --max-size: the store stays under the cap throughout, and eviction
 * follows the last read.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { call, putHead, raw } from '../../tools/src/cache-server/testing/client';
import { startTestS3, type TestS3 } from '../../tools/src/cache-server/testing/s3rver';
import { REPO, tasks, type Result } from '../support/run';
import { scratchWorkspace, type Scratch } from '../support/workspace';

const TOKEN = 'test-token-rw-0123456789';
const READ_TOKEN = 'test-token-ro-0123456789';
const made: Scratch[] = [];
const cleanup: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
  for (const w of made) w.dispose();
});

interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** SIGTERM; resolves with the exit code. */
  stop: () => Promise<number | null>;
}

// The server runs as its own process, as users run it.
async function startServer(args: string[], env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [join(REPO, 'tools/bin/ukraft-cache-server.js'), '--port', '0', ...args], {
    env: { ...process.env, UKRAFT_CACHE_TOKEN: TOKEN, UKRAFT_CACHE_READ_TOKEN: READ_TOKEN, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) {
        clearInterval(timer);
        resolve(m[1]!);
      }
    }, 20);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`cache server exited with ${code}: ${out}`));
    });
  });
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    return exited;
  };
  cleanup.push(async () => void (await stop()));
  return { url, child, output: () => out, stop };
}

/** `nx build helloworld` in a workspace, without blocking this process (it serves s3rver's poller). */
function build(cwd: string, url: string, token: string, timeoutS = 600): Promise<Result> {
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(
      join(REPO, 'node_modules/.bin/nx'),
      ['build', 'helloworld', '--configuration=linuxu-x86_64', '--output-style=static'],
      {
        cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          NX_DAEMON: 'false',
          NX_TUI: 'false',
          NX_NO_CLOUD: 'true',
          NO_COLOR: '1',
          NX_SELF_HOSTED_REMOTE_CACHE_SERVER: url,
          NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN: token,
        },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutS * 1000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr, ms: Date.now() - start });
    });
  });
}

const fresh = () => {
  const w = scratchWorkspace();
  made.push(w);
  return w;
};

describe('self-hosted remote cache, folder backend', () => {
  it('a second workspace restores every task a first one uploaded', async () => {
    const store = mkdtempSync(join(tmpdir(), 'ukraft-cache-'));
    cleanup.push(() => rmSync(store, { recursive: true, force: true }));
    const s = await startServer(['--dir', store]);
    const first = await build(fresh().dir, s.url, TOKEN);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const second = await build(fresh().dir, s.url, TOKEN);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.stdout).toMatch(/\[remote cache\]/);
    expect(tasks(second.stdout).ran).toEqual([]);
    // A build with the read-only token restores too, and uploads nothing.
    const readOnly = await build(fresh().dir, s.url, READ_TOKEN);
    expect(readOnly.code, readOnly.stdout + readOnly.stderr).toBe(0);
    expect(tasks(readOnly.stdout).ran).toEqual([]);
  });

  it('answers tokens and bad names as documented, and survives GET /v1/cache/..', async () => {
    const store = mkdtempSync(join(tmpdir(), 'ukraft-cache-'));
    cleanup.push(() => rmSync(store, { recursive: true, force: true }));
    const s = await startServer(['--dir', store]);
    expect((await call(s.url, 'PUT', '/v1/cache/123', { token: READ_TOKEN, body: 'x' })).status).toBe(403);
    expect((await call(s.url, 'GET', '/v1/cache/123')).status).toBe(401);
    expect((await call(s.url, 'GET', '/v1/cache/123', { token: READ_TOKEN })).status).toBe(404);
    expect((await call(s.url, 'PUT', '/v1/cache/456', { token: TOKEN, body: 'abc' })).status).toBe(200);
    expect((await call(s.url, 'PUT', '/v1/cache/456', { token: TOKEN, body: 'zzz' })).status).toBe(409);
    // The request of issue 19, sent as written: it used to end the process.
    for (const bad of ['/v1/cache/..', '/v1/cache/..%2Fetc', '/v1/cache/%2e%2e'])
      expect((await call(s.url, 'GET', bad, { token: READ_TOKEN })).status, bad).toBe(400);
    const got = await call(s.url, 'GET', '/v1/cache/456', { token: READ_TOKEN });
    expect(got.body.toString()).toBe('abc');
    expect(s.child.exitCode).toBeNull();
  });

  it('SIGTERM with an upload in flight exits 0 and leaves no temporary file', async () => {
    const store = mkdtempSync(join(tmpdir(), 'ukraft-cache-'));
    cleanup.push(() => rmSync(store, { recursive: true, force: true }));
    const s = await startServer(['--dir', store, '--idle-timeout', '20']);
    const incoming = join(store, '.incoming');
    const upload = raw(s.url, putHead('/v1/cache/789', TOKEN, 1_000_000) + 'u'.repeat(300_000), 'wait', 30_000);
    const end = Date.now() + 10_000;
    while (Date.now() < end && !(existsSync(incoming) && readdirSync(incoming).length > 0))
      await new Promise((r) => setTimeout(r, 20));
    expect(readdirSync(incoming)).toHaveLength(1); // the upload is being received
    const t0 = Date.now();
    expect(await s.stop()).toBe(0);
    expect(Date.now() - t0).toBeLessThan(15_000); // the grace period, not the idle timeout
    expect((await upload).closed).toBe(true);
    expect(existsSync(incoming)).toBe(false);
    expect(readdirSync(store).filter((f) => f !== '.incoming')).toEqual([]);
    expect(s.output()).toMatch(/SIGTERM: finishing requests in flight/);
  });
});

describe('self-hosted remote cache, S3 backend under --max-size', () => {
  it('two fresh clones share the cache through S3; the store stays under the cap; eviction follows the last read', async () => {
    const s3: TestS3 = await startTestS3('team-cache');
    cleanup.push(() => s3.stop());
    const CAP = 64 * 1024 ** 2;
    const PREFIX = 'ukraft/';
    const s = await startServer(
      [
        '--s3-bucket',
        s3.bucket,
        '--s3-prefix',
        PREFIX,
        '--s3-endpoint',
        s3.endpoint,
        '--s3-path-style',
        '--max-size',
        '64M',
      ],
      s3.env,
    );
    expect(s.output()).toMatch(/entries in s3:\/\/team-cache\/ukraft\/ at http/);

    // Watch the bucket the whole time: entry objects under the prefix.
    const client = new S3Client({
      endpoint: s3.endpoint,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: {
        accessKeyId: s3.env['AWS_ACCESS_KEY_ID']!,
        secretAccessKey: s3.env['AWS_SECRET_ACCESS_KEY']!,
      },
    });
    cleanup.push(() => client.destroy());
    const entries = async () => {
      const page = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: PREFIX }));
      return (page.Contents ?? []).filter((o) => /^\d+$/.test(o.Key!.slice(PREFIX.length)));
    };
    let peak = 0;
    let polls = 0;
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        const total = (await entries()).reduce((n, o) => n + (o.Size ?? 0), 0);
        peak = Math.max(peak, total);
        polls++;
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

    const first = await build(fresh().dir, s.url, TOKEN);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const uploaded = await entries();
    const T = uploaded.reduce((n, o) => n + (o.Size ?? 0), 0);
    expect(uploaded.length).toBeGreaterThan(0);
    expect(T, 'the build outputs must leave room for the eviction check').toBeLessThan(CAP / 2);

    // Two more entries, each about a fifth of the room left: both fit.
    const J = Math.floor((CAP - T) / 2.5);
    const junk = (n: number) => call(s.url, 'PUT', `/v1/cache/${n}`, { token: TOKEN, body: Buffer.alloc(J, n) });
    expect((await junk(1)).status).toBe(200);
    expect((await junk(2)).status).toBe(200);
    expect((await call(s.url, 'GET', '/v1/cache/2', { token: READ_TOKEN })).status).toBe(200);

    // The second clone restores every task, reading each entry.
    const second = await build(fresh().dir, s.url, TOKEN);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.stdout).toMatch(/\[remote cache\]/);
    expect(tasks(second.stdout).ran).toEqual([]);

    // A third does not fit: the least recently read goes, i.e. entry 1 (never
    // read), not entry 2 (read before the second clone) nor the build's.
    expect((await junk(3)).status).toBe(200);
    expect((await call(s.url, 'GET', '/v1/cache/1', { token: READ_TOKEN })).status).toBe(404);
    expect((await call(s.url, 'GET', '/v1/cache/2', { token: READ_TOKEN })).status).toBe(200);
    const after = (await entries()).map((o) => o.Key!.slice(PREFIX.length));
    for (const o of uploaded) expect(after).toContain(o.Key!.slice(PREFIX.length));

    watching = false;
    await watcher;
    expect(polls).toBeGreaterThan(10);
    expect(peak).toBeGreaterThan(T + 2 * J - 1);
    expect(peak).toBeLessThanOrEqual(CAP);
    const metrics = (await call(s.url, 'GET', '/metrics', { token: READ_TOKEN })).body.toString();
    expect(metrics).toMatch(/^ukraft_cache_evictions_total 1$/m);
    expect(metrics).toMatch(new RegExp(`^ukraft_cache_max_bytes ${CAP}$`, 'm'));
    expect(await s.stop()).toBe(0);
  });
});
