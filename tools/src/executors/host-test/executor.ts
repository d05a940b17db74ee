/**
 * host-test executor: a library's common sources plus each `tests/*.c`
 * program, compiled for this machine against its C library (the pool's
 * libc headers are left off the include path) and run. A test program
 * passes by exiting 0.
 */
import { mkdirSync } from 'node:fs';
import { withTempOutput, writeFileAtomic } from '../../fs/atomic-write';
import { withOutputLock } from '../../fs/lock';
import { basename, join, resolve } from 'node:path';
import { findTool, requireSanitizerRuntime, run, runOrFail } from '../../toolchain/tools';
import { UkError } from '../../util/errors';
import { batchExecutor, singleExecutor, type TaskWork } from '../../util/batch';
import { limited } from '../../util/limit';
import { ensureTree } from '../../upstream/fetch';
import { privateIncludes } from '../../upstream/sources';
import type { UpstreamSources } from '../../upstream/compile';

export interface HostTestOptions {
  name: string;
  sources: string[];
  tests: string[];
  includeDirs: string[];
  header: string;
  outDir: string;
  /** A library with an upstream: its common upstream sources, built from the upstream tree. */
  upstream?: UpstreamSources;
}

export const HOST_CFLAGS = [
  '-std=c11',
  '-O1',
  '-g',
  '-Wall',
  '-Wextra',
  '-Werror',
  '-fsanitize=undefined',
  '-fno-sanitize-recover=all',
];

export const hostTest: TaskWork<HostTestOptions> = (opts, root) =>
  withOutputLock(root, opts.outDir, () => hostTestLocked(opts, root));

async function hostTestLocked(opts: HostTestOptions, root: string): Promise<string> {
  const clang = findTool('clang');
  await requireSanitizerRuntime(clang);
  const out = resolve(root, opts.outDir);
  mkdirSync(out, { recursive: true });
  const header = join(opts.outDir, 'uk_config_host.h');
  writeFileAtomic(resolve(root, header), opts.header);
  // Upstream sources come from the tree (with the private include dirs and upstream.cflags, which here
  // apply to the whole command).
  let upstream: string[] = [];
  if (opts.upstream) {
    const tree = (await ensureTree(root, opts.upstream.request)).dir;
    const priv = privateIncludes(opts.upstream.request, tree, root);
    upstream = [
      ...opts.upstream.request.spec.cflags,
      ...priv.map((d) => `-I${d}`),
      ...opts.upstream.sources.map((s) => join(tree, s)),
    ];
  }
  const lines: string[] = [];
  const failed: string[] = [];
  for (const test of opts.tests) {
    const exe = join(opts.outDir, basename(test, '.c'));
    const args = [
      ...HOST_CFLAGS,
      '-D__UKRAFT_HOST_TEST__',
      '-include',
      header,
      ...opts.includeDirs.map((d) => `-I${d}`),
      ...opts.sources,
      ...upstream,
      test,
    ];
    await withTempOutput(resolve(root, exe), (tmp) =>
      limited(() => runOrFail(`compiling host test ${test}`, clang, [...args, '-o', tmp], root)),
    );
    const r = await limited(() => run(resolve(root, exe), [], root));
    lines.push(`${test}:`, r.stdout.trimEnd(), r.stderr.trimEnd());
    if (r.code !== 0) failed.push(`${test} (exit ${r.code})`);
  }
  const text = lines.filter(Boolean).join('\n');
  if (failed.length) throw new UkError(`${text}\nhost tests of ${opts.name} failed: ${failed.join(', ')}`);
  return `${text}\n${opts.name}: ${opts.tests.length} host test program(s) passed\n`;
}

export default singleExecutor(hostTest);
export const batch = batchExecutor(hostTest);
