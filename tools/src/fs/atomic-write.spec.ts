import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  isTempName,
  sweepStaleTemps,
  tempPathFor,
  withTempOutput,
  withTempOutputs,
  writeFileAtomic,
} from './atomic-write';
import { withLock } from './lock';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ukraft-atomic-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A pid that is certainly not running: a child that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('tempPathFor', () => {
  it('names a hidden file in the same folder, unique per call, marked with this pid', () => {
    const a = tempPathFor(join(dir, 'x', 'libfoo.o'));
    const b = tempPathFor(join(dir, 'x', 'libfoo.o'));
    expect(a).not.toBe(b);
    expect(a.startsWith(join(dir, 'x', '.libfoo.o.tmp-'))).toBe(true);
    expect(a).toContain(`-${process.pid}-`);
    expect(isTempName(a.split('/').pop()!)).toBe(true);
    expect(isTempName('libfoo.o')).toBe(false);
  });
});

describe('writeFileAtomic', () => {
  it('writes the file (folders created) with the mode asked for and leaves nothing else', () => {
    const p = join(dir, 'a', 'b', 'config.h');
    writeFileAtomic(p, 'one\n', 0o755);
    expect(readFileSync(p, 'utf8')).toBe('one\n');
    expect(statSync(p).mode & 0o777).toBe(0o755);
    writeFileAtomic(p, 'two\n');
    expect(readFileSync(p, 'utf8')).toBe('two\n');
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['config.h']);
  });

  it('on failure removes its temporary file and keeps the old content', () => {
    const p = join(dir, 'target');
    writeFileAtomic(p, 'old');
    // A folder in the way makes the rename fail after the temporary file was written.
    const blocked = join(dir, 'blocked');
    writeFileAtomic(join(blocked, 'inner'), 'x');
    expect(() => writeFileAtomic(blocked, 'new')).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['blocked', 'target']);
    expect(readFileSync(p, 'utf8')).toBe('old');
  });

  it('a reader polling while another process rewrites the file only ever sees whole contents', async () => {
    const p = join(dir, 'big.json');
    const a = 'a'.repeat(1 << 18);
    const b = 'b'.repeat(1 << 18);
    writeFileAtomic(p, a);
    // The writer: a separate process rewriting the file 100 times through the helper (bundled
    // with esbuild, so plain node runs it).
    const bundle = buildSync({
      entryPoints: [join(__dirname, 'atomic-write.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      globalName: 'atomic',
    });
    const script = `${bundle.outputFiles[0]!.text}
      const w = module.exports.writeFileAtomic;
      for (let i = 0; i < 100; i++) w(${JSON.stringify(p)}, (i % 2 ? 'a' : 'b').repeat(1 << 18));`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
    let reads = 0;
    let done = false;
    void exited.then(() => (done = true));
    while (!done) {
      const text = readFileSync(p, 'utf8');
      expect(text === a || text === b).toBe(true);
      reads++;
      await new Promise((r) => setImmediate(r));
    }
    expect(await exited, err).toBe(0);
    expect(reads).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual(['big.json']);
  }, 60_000);
});

describe('withTempOutputs', () => {
  it('renames every output into place after fn, which wrote the temporary names', async () => {
    const outs = [join(dir, 'img.dbg'), join(dir, 'img')];
    const r = await withTempOutputs(outs, async (temps) => {
      expect(temps.every((t, i) => t !== outs[i] && !existsSync(outs[i]!))).toBe(true);
      temps.forEach((t, i) => writeFileSync(t, `file ${i}`));
      return 42;
    });
    expect(r).toBe(42);
    expect(readFileSync(outs[0]!, 'utf8')).toBe('file 0');
    expect(readFileSync(outs[1]!, 'utf8')).toBe('file 1');
    expect(readdirSync(dir).sort()).toEqual(['img', 'img.dbg']);
  });

  it('when fn fails: nothing is renamed, the temporary files are gone, the error is fn’s', async () => {
    const out = join(dir, 'libx.o');
    writeFileSync(out, 'previous');
    await expect(
      withTempOutput(out, async (t) => {
        writeFileSync(t, 'half');
        throw new Error('compiler failed');
      }),
    ).rejects.toThrow('compiler failed');
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['libx.o']);
  });
});

describe('sweepStaleTemps', () => {
  it('removes temporary files of dead processes, keeps live ones and real outputs', () => {
    const sub = join(dir, 'obj');
    writeFileAtomic(join(sub, 'a.o'), 'a');
    const dead = join(sub, `.a.o.tmp-${deadPid()}-0123abcd`);
    const live = tempPathFor(join(sub, 'a.o'));
    writeFileSync(dead, 'x');
    writeFileSync(live, 'y');
    expect(sweepStaleTemps(dir)).toBe(1);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(join(sub, 'a.o'))).toBe(true);
    expect(sweepStaleTemps(join(dir, 'missing'))).toBe(0);
  });
});

describe('withLock', () => {
  it('runs holders one after another, and removes the lock after', async () => {
    const lock = join(dir, 'out.lock');
    const log: string[] = [];
    const hold = (name: string) =>
      withLock(
        lock,
        async () => {
          log.push(`${name} in`);
          await new Promise((r) => setTimeout(r, 50));
          log.push(`${name} out`);
        },
        { pollMs: 10 },
      );
    await Promise.all([hold('a'), hold('b'), hold('c')]);
    for (let i = 0; i < log.length; i += 2) expect(log[i + 1]).toBe(log[i]!.replace('in', 'out'));
    expect(existsSync(lock)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('breaks a lock whose holder is dead, at once', async () => {
    const lock = join(dir, 'out.lock');
    writeFileSync(lock, `${deadPid()}\n`);
    const t0 = Date.now();
    expect(await withLock(lock, async () => readFileSync(lock, 'utf8'))).toBe(`${process.pid}\n`);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(existsSync(lock)).toBe(false);
  });

  it('waits for a live holder; when the wait runs out it fails naming the lock, or proceeds if asked', async () => {
    const lock = join(dir, 'out.lock');
    writeFileSync(lock, `${process.ppid}\n`); // a live process that is not us
    await expect(withLock(lock, async () => 1, { waitMs: 200, pollMs: 20 })).rejects.toThrow(
      new RegExp(`waited 0 s for the lock .*out\\.lock \\(held by process ${process.ppid}\\)`),
    );
    expect(await withLock(lock, async () => 2, { waitMs: 200, pollMs: 20, onTimeout: 'proceed' })).toBe(2);
    // Not ours: left alone.
    expect(readFileSync(lock, 'utf8')).toBe(`${process.ppid}\n`);
  });
});
