/**
 * host-test executor: a library's common sources plus each `tests/*.c`
 * program, compiled for this machine against its C library (the pool's
 * libc headers are left off the include path) and run. A test program
 * passes by exiting 0.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { findTool, run, runOrFail } from '../../toolchain/tools';
import { UkError } from '../../util/errors';
import { batchExecutor, singleExecutor, type TaskWork } from '../../util/batch';
import { limited } from '../../util/limit';

export interface HostTestOptions {
  name: string;
  sources: string[];
  tests: string[];
  includeDirs: string[];
  header: string;
  outDir: string;
}

export const HOST_CFLAGS = ['-std=c11', '-O1', '-g', '-Wall', '-Wextra', '-Werror', '-fsanitize=undefined', '-fno-sanitize-recover=all'];

export const hostTest: TaskWork<HostTestOptions> = async (opts, root) => {
  const clang = findTool('clang');
  const out = resolve(root, opts.outDir);
  mkdirSync(out, { recursive: true });
  const header = join(opts.outDir, 'uk_config_host.h');
  writeFileSync(resolve(root, header), opts.header);
  const lines: string[] = [];
  const failed: string[] = [];
  for (const test of opts.tests) {
    const exe = join(opts.outDir, basename(test, '.c'));
    const args = [...HOST_CFLAGS, '-D__UKRAFT_HOST_TEST__', '-include', header, ...opts.includeDirs.map((d) => `-I${d}`), ...opts.sources, test, '-o', exe];
    await limited(() => runOrFail(`compiling host test ${test}`, clang, args, root));
    const r = await limited(() => run(resolve(root, exe), [], root));
    lines.push(`${test}:`, r.stdout.trimEnd(), r.stderr.trimEnd());
    if (r.code !== 0) failed.push(`${test} (exit ${r.code})`);
  }
  const text = lines.filter(Boolean).join('\n');
  if (failed.length) throw new UkError(`${text}\nhost tests of ${opts.name} failed: ${failed.join(', ')}`);
  return `${text}\n${opts.name}: ${opts.tests.length} host test program(s) passed\n`;
};

export default singleExecutor(hostTest);
export const batch = batchExecutor(hostTest);
