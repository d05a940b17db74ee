/**
 * The toolchain: which programs ukraft drives, how to find them, and how
 * to run them. A missing program is a UkError naming the Debian package.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { UkError } from '../util/errors';

/** Program → Debian package that provides it. */
export const TOOL_PACKAGES: Record<string, string> = {
  clang: 'clang',
  'ld.lld': 'lld',
  'llvm-objcopy': 'llvm',
  'llvm-size': 'llvm',
  'llvm-nm': 'llvm',
  clangd: 'clangd',
  'qemu-system-x86_64': 'qemu-system-x86',
  'qemu-system-aarch64': 'qemu-system-arm',
  dtc: 'device-tree-compiler',
  'qemu-aarch64': 'qemu-user',
  'aarch64-linux-gnu-gcc': 'gcc-aarch64-linux-gnu',
  'aarch64-linux-gnu-ld': 'binutils-aarch64-linux-gnu',
  'gdb-multiarch': 'gdb-multiarch',
  gdbserver: 'gdbserver',
  'llvm-symbolizer': 'llvm',
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

let sanitizerChecked = false;

/**
 * Host tests link clang's sanitizer runtime, which Debian ships apart from
 * clang (libclang-rt-<version>-dev, a recommendation that
 * --no-install-recommends leaves out). A UkError naming the package when
 * it is missing, instead of the linker's "cannot find" line.
 */
export async function requireSanitizerRuntime(clang: string): Promise<void> {
  if (sanitizerChecked) return;
  const arch = process.arch === 'arm64' ? 'aarch64' : 'x86_64';
  const lib = `libclang_rt.ubsan_standalone-${arch}.a`;
  const r = await run(clang, [`-print-file-name=${lib}`], process.cwd());
  const path = r.stdout.trim();
  if (r.code !== 0 || path === lib || !existsSync(path)) {
    const v = await run(clang, ['-dumpversion'], process.cwd());
    const major = /^(\d+)/.exec(v.stdout.trim())?.[1] ?? '<version>';
    throw new UkError(
      `clang's sanitizer runtime (${lib}) is missing; the host tests link it: install it with 'apt-get install libclang-rt-${major}-dev' (scripts/setup.sh does)`,
    );
  }
  sanitizerChecked = true;
}

/** The programs whose versions identify the toolchain (compiles and links). */
const IDENTITY_TOOLS = ['clang', 'ld.lld', 'llvm-objcopy', 'aarch64-linux-gnu-gcc', 'aarch64-linux-gnu-ld'];

/** The version lines that identify the toolchain: what the identity command prints. */
const VERSIONS =
  'clang --version 2>&1 | head -n 1; ld.lld --version 2>&1; llvm-objcopy --version 2>&1 | head -n 2; ' +
  'aarch64-linux-gnu-gcc --version 2>&1 | head -n 1; aarch64-linux-gnu-ld --version 2>&1 | head -n 1';

/** Where the identity command keeps the versions it printed, with the key they belong to. */
export const IDENTITY_CACHE = '.cache/ukraft/toolchain-identity';

/**
 * The shell command whose output identifies the toolchain; it is a
 * runtime input of every compile and link, so a compiler upgrade misses
 * the cache. It never fails: a missing tool is reported by the executor.
 *
 * It prints the tools' version lines. Running them starts ten processes
 * (three load all of LLVM) at every hash of every nx command, so the
 * lines are kept in IDENTITY_CACHE under a key: path, device, inode, size,
 * mtime and ctime (to the nanosecond) of each program found on PATH,
 * symlinks followed (one `stat`).
 * Any change to a program (an upgrade, another one earlier on PATH, a
 * switched symlink) changes its inode or ctime, which no tool can set
 * back, and the versions are run again (also whenever `stat` fails); so
 * a kept line is never stale, and the output (what the hash sees) is the
 * same as running them, on every machine with the same toolchain (a
 * remote cache still shares).
 */
export function toolchainIdentityCommand(): string {
  const f = IDENTITY_CACHE;
  return [
    `k=$(stat -L --printf '%n:%d:%i:%s:%.9Y:%.9Z ' $(for t in ${IDENTITY_TOOLS.join(' ')}; do command -v $t; done)) || k=;`,
    // The kept lines when the first line is this key, else run the versions and keep them.
    `if { [ -n "$k" ] && IFS= read -r c && [ "$c" = "$k" ] && while IFS= read -r l; do printf '%s\\n' "$l"; done; } 2>/dev/null < ${f}; then :; else`,
    `o=$(${VERSIONS}); printf '%s\\n' "$o";`,
    `mkdir -p ${dirname(f)} 2>/dev/null && printf '%s\\n%s\\n' "$k" "$o" > ${f}.$$ 2>/dev/null && mv -f ${f}.$$ ${f} 2>/dev/null; fi;`,
    'true',
  ].join(' ');
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
