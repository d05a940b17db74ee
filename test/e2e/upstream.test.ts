/**
 * The upstream mechanism end to end (docs/upstream.md), in a scratch copy
 * with its own upstream cache: a demo library over a file:// archive and a
 * 127.0.0.1 HTTP server the test runs, then libm over Debian's musl
 * source package for real.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exec, nx, REPO } from '../support/run';
import { scratchWorkspace, type Scratch } from '../support/workspace';

let ws: Scratch;
let base: string;
let archive: string;
let sha: string;
let cache: string;
let server: ChildProcess | undefined;
let port: number;

const env = () => ({ UK_UPSTREAM_CACHE: cache });
const run = (args: string[], extra: Record<string, string> = {}) => nx(args, ws.dir, 600, { ...env(), ...extra });
const out = (r: { stdout: string; stderr: string }) => r.stdout + r.stderr;

function manifest(upstream: string, sources = "['upstream:src/add.c']"): string {
  return `import { defineLibrary } from '@ukraft/nx';
export default defineLibrary({
  name: 'updemo',
  description: 'a demo upstream library',
  license: 'BSD-3-Clause',
  upstream: { ${upstream}, license: 'MIT' },
  sources: { common: ${sources} },
  include: [],
  exports: ['updemo_add'],
});
`;
}

const fileUrl = () => `url: '${pathToFileURL(archive).href}', sha256: '${sha}'`;
const httpUrl = () => `url: 'http://127.0.0.1:${port}/demo-1.0.tar.gz', sha256: '${sha}'`;

function trees(): string[] {
  const d = join(cache, 'trees');
  return existsSync(d) ? readdirSync(d) : [];
}

/*
 * The HTTP server runs in its own process: the nx commands run with
 * spawnSync, which blocks this process's event loop.
 */
const SERVER = `
const http = require('node:http'), fs = require('node:fs');
const [file, port] = process.argv.slice(1);
const s = http.createServer((q, r) => (q.url === '/demo-1.0.tar.gz' ? r.end(fs.readFileSync(file)) : r.writeHead(404).end()));
s.listen(Number(port), '127.0.0.1', () => console.log(s.address().port));
`;

async function startServer(at = 0): Promise<void> {
  const child = spawn(process.execPath, ['-e', SERVER, archive, String(at)], { stdio: ['ignore', 'pipe', 'inherit'] });
  server = child;
  port = await new Promise<number>((ok, fail) => {
    child.stdout!.once('data', (d: Buffer) => ok(Number(d.toString().trim())));
    child.once('exit', (code) => fail(new Error(`the test's HTTP server exited (${code})`)));
  });
}

async function stopServer(): Promise<void> {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

beforeAll(async () => {
  ws = scratchWorkspace();
  base = mkdtempSync(join(tmpdir(), 'uk-upstream-e2e-'));
  mkdirSync(join(base, 'src', 'demo-1.0', 'src'), { recursive: true });
  writeFileSync(join(base, 'src', 'demo-1.0', 'src', 'add.c'), 'int updemo_add(int a, int b)\n{\n\treturn a + b;\n}\n');
  archive = join(base, 'demo-1.0.tar.gz');
  execFileSync('tar', ['-czf', archive, '-C', join(base, 'src'), 'demo-1.0']);
  sha = createHash('sha256').update(readFileSync(archive)).digest('hex');
  await startServer();
  mkdirSync(join(ws.dir, 'libs', 'updemo'));
  // helloworld pulls the library in, so it has a compile target.
  ws.write('apps/helloworld/uk.config.json', '{ "libraries": ["updemo"] }');
  ws.git('add', '-A');
  ws.git('commit', '-qm', 'updemo');
});
afterAll(async () => {
  await stopServer();
  ws?.dispose();
  if (base) rmSync(base, { recursive: true, force: true });
});
beforeEach(() => {
  cache = join(base, `cache-${Math.random().toString(36).slice(2)}`);
  for (const d of ['dist', '.nx']) rmSync(join(ws.dir, d), { recursive: true, force: true });
});

describe('an upstream library over file:// and http://', () => {
  it('fetches, builds and links from a file:// archive; the object is built from the tree', () => {
    ws.write('libs/updemo/uk.lib.ts', manifest(fileUrl()));
    const r = run(['build', 'helloworld', '-c', 'linuxu-x86_64']);
    expect(r.code, out(r)).toBe(0);
    expect(out(r)).toContain('nx run updemo:fetch');
    expect(out(r)).toMatch(/updemo \(linuxu-x86_64\): 1 of 1 source file\(s\) compiled \(1 upstream\)/);
    expect(trees()).toHaveLength(1);
    const obj = readdirSync(join(ws.dir, 'dist', 'libs', 'updemo')).map((d) =>
      join(ws.dir, 'dist', 'libs', 'updemo', d, 'libupdemo.o'),
    );
    const nm = exec('llvm-nm', obj);
    expect(nm.stdout).toMatch(/ T updemo_add$/m);
    // The debug info names the tree upstream/updemo, not the cache path.
    const strings = exec('llvm-dwarfdump', ['--debug-info', obj[0]!]);
    expect(strings.stdout).toContain('upstream/updemo');
    expect(strings.stdout).not.toContain(cache);
  });

  it('a wrong sha256 prints both sums, names the library, and unpacks nothing', () => {
    const wrong = '0'.repeat(64);
    ws.write('libs/updemo/uk.lib.ts', manifest(fileUrl().replace(sha, wrong)));
    const r = run(['run', 'updemo:fetch']);
    expect(r.code).not.toBe(0);
    expect(out(r)).toContain("libs/updemo/uk.lib.ts: library 'updemo': checksum mismatch");
    expect(out(r)).toContain(`expected sha256 ${wrong}`);
    expect(out(r)).toContain(`got      sha256 ${sha}`);
    expect(trees()).toEqual([]);
    expect(existsSync(join(cache, 'archives'))).toBe(false);
  });

  it('a patch that does not apply names the patch file and the failing hunk', () => {
    ws.write(
      'libs/updemo/broken.patch',
      '--- a/src/add.c\n+++ b/src/add.c\n@@ -1,4 +1,4 @@\n int updemo_add(int a, int b)\n {\n-\treturn a - b;\n+\treturn b - a;\n }\n',
    );
    ws.write('libs/updemo/uk.lib.ts', manifest(`${fileUrl()}, patches: ['broken.patch']`));
    const r = run(['run', 'updemo:fetch']);
    expect(r.code).not.toBe(0);
    expect(out(r)).toContain("library 'updemo': patch libs/updemo/broken.patch does not apply");
    expect(out(r)).toContain('hunk #1 of src/add.c (libs/updemo/broken.patch line 3) FAILED');
    expect(out(r)).toContain('-\treturn a - b;');
    expect(trees()).toEqual([]);
  });

  it('a source the upstream does not have is named', () => {
    ws.write('libs/updemo/uk.lib.ts', manifest(fileUrl(), "['upstream:src/add.c', 'upstream:src/sub.c']"));
    const r = run(['run', 'updemo:fetch']);
    expect(r.code).not.toBe(0);
    expect(out(r)).toContain(
      "library 'updemo': 'sources' names upstream file(s) that its upstream does not have: upstream:src/sub.c",
    );
  });

  it('over http: works online, then offline with a warm cache, and fails offline with a cold one', async () => {
    ws.write('libs/updemo/uk.lib.ts', manifest(httpUrl()));
    const online = run(['build', 'helloworld', '-c', 'linuxu-x86_64']);
    expect(online.code, out(online)).toBe(0);
    expect(out(online)).toContain('updemo: upstream downloaded, verified and unpacked');
    await stopServer();
    try {
      rmSync(join(ws.dir, 'dist'), { recursive: true, force: true });
      const warm = run(['build', 'helloworld', '-c', 'linuxu-x86_64', '--skip-nx-cache']);
      expect(warm.code, out(warm)).toBe(0);
      expect(out(warm)).toContain('updemo: upstream in the cache');
      expect(out(warm)).toMatch(/updemo \(linuxu-x86_64\): 1 of 1 source file\(s\) compiled/);
      cache = join(base, 'cold');
      const cold = run(['build', 'helloworld', '-c', 'linuxu-x86_64', '--skip-nx-cache']);
      expect(cold.code).not.toBe(0);
      expect(out(cold)).toContain(
        "libs/updemo/uk.lib.ts: library 'updemo': cannot fetch its upstream archive through the url channel",
      );
      expect(out(cold)).toContain('ECONNREFUSED');
      expect(out(cold)).toContain('npx nx run updemo:fetch');
    } finally {
      await startServer(port);
    }
  });

  it('two fetches at once share one whole tree', async () => {
    ws.write('libs/updemo/uk.lib.ts', manifest(httpUrl()));
    const bin = resolve(REPO, 'node_modules', '.bin', 'nx');
    const one = () =>
      new Promise<{ code: number; text: string }>((done) => {
        const child = spawn(bin, ['run', 'updemo:fetch', '--output-style=static'], {
          cwd: ws.dir,
          env: { ...process.env, ...env(), NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let text = '';
        child.stdout.on('data', (d: Buffer) => (text += d.toString()));
        child.stderr.on('data', (d: Buffer) => (text += d.toString()));
        const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
        child.on('close', (code) => (clearTimeout(timer), done({ code: code ?? -1, text })));
      });
    const [a, b] = await Promise.all([one(), one()]);
    expect(a.code, a.text).toBe(0);
    expect(b.code, b.text).toBe(0);
    expect(trees()).toHaveLength(1);
    expect(readdirSync(join(cache, 'tmp'))).toEqual([]);
    expect(readFileSync(join(cache, 'trees', trees()[0]!, 'src', 'add.c'), 'utf8')).toContain('return a + b;');
  });

  it('the debian channel names itself when its mirror is unreachable', () => {
    ws.write('libs/updemo/uk.lib.ts', manifest(`debian: { package: 'musl', version: '1.2.3-1' }, sha256: '${sha}'`));
    const sources = join(base, 'unreachable.list');
    writeFileSync(
      sources,
      'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://127.0.0.1:9/debian bookworm main\n',
    );
    const r = run(['run', 'updemo:fetch'], { UK_UPSTREAM_DEBIAN_SOURCES: sources });
    expect(r.code).not.toBe(0);
    expect(out(r)).toContain("library 'updemo': cannot fetch its upstream archive through the debian channel");
    expect(out(r)).toContain('apt-get update failed');
    expect(out(r)).toContain('UK_UPSTREAM_DEBIAN_SOURCES');
  });
});

describe('libm over the debian channel (musl)', () => {
  it('fetches musl from Debian, verifies, unpacks, patches, builds and passes its in-image tests', () => {
    const f = run(['run', 'libm:fetch']);
    expect(f.code, out(f)).toBe(0);
    expect(out(f)).toContain('libm: upstream downloaded, verified and unpacked');
    const [tree] = trees();
    expect(tree).toMatch(/^7d5b0b6062521e4627e099e4c9dc8248d32a30285e959b7eecaa780cf8cfd4a4-/);
    expect(readFileSync(join(cache, 'trees', tree!, 'src', 'math', 'acosh.c'), 'utf8')).toContain('ukraft:');
    const b = run(['build', 'selftest', '-c', 'linuxu-x86_64']);
    expect(b.code, out(b)).toBe(0);
    const r = exec(join(ws.dir, 'dist/apps/selftest/linuxu-x86_64/selftest_linuxu-x86_64'), ['libm', 'fenv']);
    expect(r.stdout).toMatch(/^8 passed, 0 failed$/m);
    expect(r.code).toBe(0);
  });

  it('an app that turns float formatting off while it links libm is refused, naming the select', () => {
    ws.edit('apps/selftest/uk.config.json', (s) => s.replace('"FLOAT": true', '"FLOAT": false'));
    try {
      const r = run(['build', 'selftest', '-c', 'kvm-arm64']);
      expect(r.code).not.toBe(0);
      expect(out(r)).toContain("apps/selftest/uk.config.json: 'options.nolibc.FLOAT': conflict");
      expect(out(r)).toContain('libm.FP selects it (libs/libm/uk.lib.ts)');
    } finally {
      ws.git('checkout', '-q', '--', 'apps/selftest/uk.config.json');
    }
  });
});
