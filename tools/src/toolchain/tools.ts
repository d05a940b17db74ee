/**
 * The toolchain: which programs ukraft drives, how to find them, and how
 * to run them. A missing program is a UkError naming the Debian package.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { UkError } from '../util/errors';

/** Program → Debian package that provides it. */
export const TOOL_PACKAGES: Record<string, string> = {
  clang: 'clang',
  'ld.lld': 'lld',
  'llvm-objcopy': 'llvm',
  'llvm-size': 'llvm',
  'qemu-system-x86_64': 'qemu-system-x86',
  'qemu-system-aarch64': 'qemu-system-arm',
  dtc: 'device-tree-compiler',
  'qemu-aarch64': 'qemu-user',
  'aarch64-linux-gnu-gcc': 'gcc-aarch64-linux-gnu',
  'aarch64-linux-gnu-ld': 'binutils-aarch64-linux-gnu',
};

const found = new Map<string, string>();

/** Absolute path of a program on PATH, or a UkError saying what to install. */
export function findTool(name: string): string {
  const hit = found.get(name);
  if (hit) return hit;
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, name);
    try {
      accessSync(p, constants.X_OK);
      found.set(name, p);
      return p;
    } catch {
      /* keep looking */
    }
  }
  const pkg = TOOL_PACKAGES[name];
  throw new UkError(`'${name}' was not found on PATH${pkg ? `: install it with 'apt-get install ${pkg}'` : ''}`);
}

/**
 * The shell command whose output identifies the toolchain; it is a
 * runtime input of every compile and link, so a compiler upgrade misses
 * the cache. It never fails: a missing tool is reported by the executor.
 */
export function toolchainIdentityCommand(): string {
  return (
    'clang --version 2>&1 | head -n 1; ld.lld --version 2>&1; llvm-objcopy --version 2>&1 | head -n 2; ' +
    'aarch64-linux-gnu-gcc --version 2>&1 | head -n 1; aarch64-linux-gnu-ld --version 2>&1 | head -n 1; true'
  );
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a program to completion, capturing its output. */
export function run(cmd: string, args: readonly string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** Run and throw a UkError with the program's output if it fails. */
export async function runOrFail(what: string, cmd: string, args: readonly string[], cwd: string): Promise<RunResult> {
  const r = await run(cmd, args, cwd);
  if (r.code !== 0) {
    throw new UkError(`${what} failed (exit ${r.code}):\n${r.stderr}${r.stdout}\ncommand: ${cmd} ${args.join(' ')}`);
  }
  return r;
}
