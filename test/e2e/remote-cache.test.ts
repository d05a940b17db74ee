/**
 * The shared build cache: one workspace builds and uploads through the
 * self-hosted cache server; a fresh workspace (another developer, a CI
 * job) then restores every task from it instead of compiling.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, nx, tasks } from '../support/run';
import { scratchWorkspace, type Scratch } from '../support/workspace';

let server: ChildProcess;
let url: string;
let store: string;
const made: Scratch[] = [];
const TOKEN = 'test-token-rw';

// The server runs as its own process, as users run it: the Nx runs below
// block this one while they wait for it.
beforeAll(async () => {
  store = mkdtempSync(join(tmpdir(), 'ukraft-cache-'));
  server = spawn(process.execPath, [join(REPO, 'tools/bin/ukraft-cache-server.js'), '--dir', store, '--port', '0'], {
    env: { ...process.env, UKRAFT_CACHE_TOKEN: TOKEN, UKRAFT_CACHE_READ_TOKEN: 'test-token-ro' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    server.on('exit', (code) => reject(new Error(`cache server exited with ${code}: ${out}`)));
  });
});
afterAll(() => {
  server?.kill();
  for (const w of made) w.dispose();
  rmSync(store, { recursive: true, force: true });
});

const env = (token: string) => ({ NX_SELF_HOSTED_REMOTE_CACHE_SERVER: url, NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN: token });

describe('self-hosted remote cache', () => {
  it('a second workspace restores every task a first one uploaded', () => {
    const a = scratchWorkspace();
    const b = scratchWorkspace();
    made.push(a, b);
    const first = nx(['build', 'helloworld', '--configuration=linuxu-x86_64'], a.dir, 600, env(TOKEN));
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const second = nx(['build', 'helloworld', '--configuration=linuxu-x86_64'], b.dir, 600, env(TOKEN));
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.stdout).toMatch(/\[remote cache\]/);
    expect(tasks(second.stdout).ran).toEqual([]);
  });

  it('refuses uploads without the right token and reads with the read-only one', async () => {
    const put = await fetch(`${url}/v1/cache/123`, { method: 'PUT', body: 'x', headers: { authorization: 'Bearer test-token-ro' } });
    expect(put.status).toBe(403);
    const anon = await fetch(`${url}/v1/cache/123`);
    expect(anon.status).toBe(401);
    const miss = await fetch(`${url}/v1/cache/123`, { headers: { authorization: 'Bearer test-token-ro' } });
    expect(miss.status).toBe(404);
    const ok = await fetch(`${url}/v1/cache/456`, { method: 'PUT', body: 'abc', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    const again = await fetch(`${url}/v1/cache/456`, { method: 'PUT', body: 'zzz', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(again.status).toBe(409);
    const got = await fetch(`${url}/v1/cache/456`, { headers: { authorization: 'Bearer test-token-ro' } });
    expect(await got.text()).toBe('abc');
    const bad = await fetch(`${url}/v1/cache/..%2Fetc`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(bad.status).toBe(404);
  });
});
