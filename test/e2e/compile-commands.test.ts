/**
 * clangd: `nx run <app>:compile-commands -c <target>` writes a
 * compile_commands.json with the exact invocations of the image's
 * compiles, and clangd opens a library source from it with no errors
 * (without it, the same check finds the includes missing).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, exec, nx } from '../support/run';

const OUT = 'dist/clangd/helloworld-kvm-x86_64';
const FILE = 'libs/ukalloc/src/alloc.c';
const empty = mkdtempSync(join(tmpdir(), 'ukraft-clangd-'));

interface Entry {
  directory: string;
  file: string;
  arguments: string[];
}

beforeAll(() => {
  const r = nx(['run', 'helloworld:compile-commands', '-c', 'kvm-x86_64', `--output=${OUT}/compile_commands.json`]);
  expect(r.code, r.stdout + r.stderr).toBe(0);
});
afterAll(() => rmSync(empty, { recursive: true, force: true }));

const clangd = (dir: string) => exec('clangd', [`--compile-commands-dir=${dir}`, `--check=${FILE}`], { timeoutS: 120 });

describe('compile_commands.json for clangd', () => {
  it('holds the exact compile of every library source of the image, and the app', () => {
    const db = JSON.parse(readFileSync(join(REPO, OUT, 'compile_commands.json'), 'utf8')) as Entry[];
    const alloc = db.find((e) => e.file === join(REPO, FILE));
    expect(alloc).toBeDefined();
    expect(alloc!.directory).toBe(REPO);
    // The generated uk/config.h of ukalloc's kvm-x86_64 variant, which the build wrote.
    const i = alloc!.arguments.indexOf('-include');
    expect(alloc!.arguments[i + 1]).toMatch(/^dist\/libs\/ukalloc\/kvm-x86_64-[0-9a-f]{10}\/include\/uk\/config\.h$/);
    expect(exec('test', ['-s', alloc!.arguments[i + 1]!]).code).toBe(0);
    expect(alloc!.arguments).toEqual(
      expect.arrayContaining(['--target=x86_64-unknown-none-elf', '-Ilibs/ukalloc/include']),
    );
    // The same command the compile ran: its stamp records the flags.
    const obj = alloc!.arguments[alloc!.arguments.indexOf('-o') + 1]!;
    const stamp = JSON.parse(readFileSync(join(REPO, `${obj}.stamp`), 'utf8')) as { flags: string };
    expect(alloc!.arguments.slice(1, alloc!.arguments.indexOf('-c'))).toEqual(stamp.flags.split('\0'));
    for (const f of ['apps/helloworld/main.c', 'plat/kvm/x86_64/boot64.S']) {
      expect(db.map((e) => e.file)).toContain(join(REPO, f));
    }
  });

  it(`clangd --check=${FILE} reports no errors with it, and errors without it`, () => {
    const ok = clangd(join(REPO, OUT));
    expect(ok.stderr).toContain('All checks completed, 0 errors');
    expect(ok.code, ok.stderr.slice(-3000)).toBe(0);
    const bare = clangd(empty);
    // Without the database the pool's headers (uk/...) are not found.
    expect(bare.stderr).toMatch(/'uk\/[a-z_]+\.h' file not found/);
    expect(bare.code).not.toBe(0);
  });
});
