// Building an allocator library for the host: ukalloc's sources, the
// allocator's sources (its uk_allocator_init() makes the allocator), the
// stress workload and test/unit/alloc-driver.c, compiled with clang.
// Used by test/unit/alloc.test.ts and bench/alloc.mjs.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..', '..');

/** The allocators: library, its consistency check, whether it needs stack order. */
export const ALLOCATORS = [
  { name: 'region', lib: 'ukallocregion', check: undefined, lifo: true },
  { name: 'bbuddy', lib: 'ukallocbbuddy', check: 'uk_allocbbuddy_check', lifo: false },
  { name: 'tlsf', lib: 'ukalloctlsf', check: 'uk_alloctlsf_check', lifo: false },
];

const sources = (lib) =>
  readdirSync(join(REPO, 'libs', lib, 'src'))
    .filter((f) => f.endsWith('.c'))
    .map((f) => `libs/${lib}/src/${f}`);

/**
 * Compile the driver for allocator `a` to `out`. sanitize: add ASan and
 * UBSan (tests); otherwise -O2 only (benchmarks). Throws with clang's
 * output on failure.
 */
export function buildAllocDriver(a, out, { sanitize }) {
  const args = [
    '-std=c11',
    '-O2',
    '-g',
    '-Wall',
    '-Wextra',
    '-Werror',
    ...(sanitize ? ['-fsanitize=address,undefined', '-fno-sanitize-recover=all'] : []),
    ...(a.check ? [`-DALLOC_CHECK=${a.check}`] : []),
    '-Ilibs/ukalloc/include',
    // ukalloc's trace points (uk/trace.h); with uktrace.ENABLE off they compile to nothing.
    '-Ilibs/uktrace/include',
    `-Ilibs/${a.lib}/include`,
    ...sources('ukalloc'),
    ...sources(a.lib),
    'libs/ukalloc/tests/image/stress.c',
    'test/unit/alloc-driver.c',
    '-o',
    out,
  ];
  const r = spawnSync('clang', args, { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`clang ${args.join(' ')}\n${r.stdout}${r.stderr}`);
  return out;
}
