import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { upstreamSchema } from '../manifest/schema';
import { ensureTree } from './fetch';
import type { UpstreamRequest } from './sources';

/** A scratch world: a workspace with a library folder, an archive, and an empty cache. */
let base: string;
let ws: string;
let cache: string;
let archive: string;
let sha: string;

function makeArchive(): void {
  const src = join(base, 'src', 'demo-1.0');
  mkdirSync(join(src, 'lib'), { recursive: true });
  writeFileSync(join(src, 'lib', 'a.c'), 'int a(void)\n{\n\treturn 1;\n}\n');
  writeFileSync(join(src, 'README'), 'demo\n');
  archive = join(base, 'demo-1.0.tar.gz');
  execFileSync('tar', ['-czf', archive, '-C', join(base, 'src'), 'demo-1.0']);
  sha = createHash('sha256').update(readFileSync(archive)).digest('hex');
}

function request(over: Record<string, unknown> = {}, sources = ['lib/a.c']): UpstreamRequest {
  const spec = upstreamSchema.parse({ url: pathToFileURL(archive).href, sha256: sha, license: 'MIT', ...over });
  return { lib: 'demo', file: 'libs/demo/uk.lib.ts', root: 'libs/demo', spec, sources };
}

function patch(name: string, text: string): string {
  writeFileSync(join(ws, 'libs', 'demo', name), text);
  return name;
}

const GOOD_PATCH = '--- a/lib/a.c\n+++ b/lib/a.c\n@@ -1,4 +1,4 @@\n int a(void)\n {\n-\treturn 1;\n+\treturn 2;\n }\n';
const BAD_PATCH = '--- a/lib/a.c\n+++ b/lib/a.c\n@@ -1,4 +1,4 @@\n int a(void)\n {\n-\treturn 7;\n+\treturn 8;\n }\n';

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'uk-upstream-'));
  ws = join(base, 'ws');
  cache = join(base, 'cache');
  mkdirSync(join(ws, 'libs', 'demo'), { recursive: true });
  process.env['UK_UPSTREAM_CACHE'] = cache;
  makeArchive();
});
afterEach(() => {
  delete process.env['UK_UPSTREAM_CACHE'];
  delete process.env['UK_UPSTREAM_MIRROR'];
  rmSync(base, { recursive: true, force: true });
});

describe('ensureTree over the url channel (file://)', () => {
  it('verifies, unpacks with strip, patches, and then serves the tree from the cache with no channel', async () => {
    const req = request({ patches: [patch('fix.patch', GOOD_PATCH)] });
    const first = await ensureTree(ws, req);
    expect(first.action).toBe('downloaded');
    expect(readFileSync(join(first.dir, 'lib', 'a.c'), 'utf8')).toContain('return 2;');
    expect(first.dir.startsWith(join(cache, 'trees', `${sha}-`))).toBe(true);
    expect(existsSync(join(cache, 'archives', sha))).toBe(true);
    rmSync(archive); // the channel is gone: the cache must do
    const again = await ensureTree(ws, req);
    expect(again).toEqual({ dir: first.dir, action: 'cached' });
    // Another patch set is another tree, made from the cached archive.
    const plain = await ensureTree(ws, request());
    expect(plain.action).toBe('unpacked');
    expect(plain.dir).not.toBe(first.dir);
    expect(readFileSync(join(plain.dir, 'lib', 'a.c'), 'utf8')).toContain('return 1;');
    expect(readdirSync(join(cache, 'tmp'))).toEqual([]);
  });

  it('refuses an archive whose sha256 differs, printing both sums, and unpacks nothing', async () => {
    const wrong = 'f'.repeat(64);
    const err = await ensureTree(ws, request({ sha256: wrong })).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    const msg = (err as Error).message;
    expect(msg).toContain("library 'demo'");
    expect(msg).toContain('checksum mismatch');
    expect(msg).toContain(wrong);
    expect(msg).toContain(sha);
    expect(existsSync(join(cache, 'trees'))).toBe(false);
    expect(existsSync(join(cache, 'archives'))).toBe(false);
    expect(readdirSync(join(cache, 'tmp'))).toEqual([]);
  });

  it('names the patch file and the failing hunk, and publishes no tree', async () => {
    const req = request({ patches: [patch('ok.patch', GOOD_PATCH), patch('broken.patch', BAD_PATCH)] });
    const err = (await ensureTree(ws, req).catch((e: Error) => e)) as Error;
    expect(err.message).toContain('patch libs/demo/broken.patch does not apply');
    expect(err.message).toMatch(/hunk #1 of lib\/a\.c \(libs\/demo\/broken\.patch line 3\) FAILED/);
    expect(err.message).toContain('-\treturn 7;');
    expect(existsSync(join(cache, 'trees'))).toBe(false);
  });

  it('names upstream sources the tree does not have', async () => {
    const err = (await ensureTree(ws, request({}, ['lib/a.c', 'lib/nope.c'])).catch((e: Error) => e)) as Error;
    expect(err.message).toContain("library 'demo'");
    expect(err.message).toContain('upstream:lib/nope.c');
    expect(err.message).not.toContain('upstream:lib/a.c');
  });

  it('says which channel is unreachable and how to do without it', async () => {
    rmSync(archive);
    const err = (await ensureTree(ws, request()).catch((e: Error) => e)) as Error;
    expect(err.message).toMatch(
      /library 'demo': cannot fetch its upstream archive through the url channel: url \(file:/,
    );
    expect(err.message).toContain('ENOENT');
    expect(err.message).toContain('npx nx run demo:fetch');
    expect(err.message).toContain(join(cache, 'archives'));
  });

  it('two fetches at once publish one whole tree', async () => {
    const req = request();
    const [a, b] = await Promise.all([ensureTree(ws, req), ensureTree(ws, req)]);
    expect(a.dir).toBe(b.dir);
    expect(readdirSync(join(cache, 'trees'))).toHaveLength(1);
    expect(readdirSync(join(cache, 'tmp'))).toEqual([]);
  });

  it('runs the generate script in the patched tree before publishing it, as its own recipe', async () => {
    const gen = patch('gen.sh', 'set -e\ngrep -q "return 2" lib/a.c\necho "int g(void);" > lib/gen.h\n');
    const req = request({ patches: [patch('fix.patch', GOOD_PATCH)], generate: gen }, ['lib/a.c', 'lib/gen.h']);
    const t = await ensureTree(ws, req);
    expect(readFileSync(join(t.dir, 'lib', 'gen.h'), 'utf8')).toBe('int g(void);\n');
    const plain = await ensureTree(ws, request({ patches: ['fix.patch'] }));
    expect(plain.dir).not.toBe(t.dir);
    expect(existsSync(join(plain.dir, 'lib', 'gen.h'))).toBe(false);
  });

  it('names a failing generate script with the end of its output, and publishes no tree', async () => {
    const gen = patch('gen.sh', 'echo "needs tclsh" >&2\nexit 3\n');
    const err = (await ensureTree(ws, request({ generate: gen })).catch((e: Error) => e)) as Error;
    expect(err.message).toContain('its generate script libs/demo/gen.sh failed (exit 3)');
    expect(err.message).toContain('needs tclsh');
    expect(existsSync(join(cache, 'trees'))).toBe(false);
    const missing = (await ensureTree(ws, request({ generate: 'nope.sh' })).catch((e: Error) => e)) as Error;
    expect(missing.message).toContain('generate script libs/demo/nope.sh (upstream.generate) does not exist');
  });

  it('makes the tree read-only, so a stray edit cannot change what the compile hash says', async () => {
    const t = await ensureTree(ws, request());
    // Mode bits, not a write attempt: root writes read-only files anyway.
    expect(statSync(join(t.dir, 'lib', 'a.c')).mode & 0o222).toBe(0);
  });
});

describe('ensureTree over http and a mirror', () => {
  let server: Server;
  let port: number;
  let served: string[];
  beforeAll(async () => {
    server = createServer((req, res) => {
      served.push(req.url ?? '');
      const name = (req.url ?? '').replace(/^\/+/, '');
      const file = join(base, name);
      if (name && existsSync(file)) res.end(readFileSync(file));
      else res.writeHead(404).end('no');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(() => (served = []));

  it('downloads over http', async () => {
    const t = await ensureTree(ws, request({ url: `http://127.0.0.1:${port}/demo-1.0.tar.gz` }));
    expect(t.action).toBe('downloaded');
    expect(served).toEqual(['/demo-1.0.tar.gz']);
  });

  it('reports HTTP 404 as the channel failing', async () => {
    const err = (await ensureTree(ws, request({ url: `http://127.0.0.1:${port}/gone.tar.gz` })).catch(
      (e: Error) => e,
    )) as Error;
    expect(err.message).toContain('through the url channel');
    expect(err.message).toContain('HTTP 404');
  });

  it('tries UK_UPSTREAM_MIRROR (archives by sha256) first, then the url', async () => {
    mkdirSync(join(base, 'mirror'));
    writeFileSync(join(base, 'mirror', sha), readFileSync(archive));
    process.env['UK_UPSTREAM_MIRROR'] = `http://127.0.0.1:${port}/mirror/`;
    await ensureTree(ws, request({ url: `http://127.0.0.1:${port}/elsewhere.tar.gz` }));
    expect(served).toEqual([`/mirror/${sha}`]);
    rmSync(cache, { recursive: true });
    rmSync(join(base, 'mirror', sha));
    served = [];
    await ensureTree(ws, request({ url: `http://127.0.0.1:${port}/demo-1.0.tar.gz` }));
    expect(served).toEqual([`/mirror/${sha}`, '/demo-1.0.tar.gz']);
  });
});
