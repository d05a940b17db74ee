// Running apps/bench in images: build it for a target in a workspace
// (optionally with another allocator) and read its "<name> <value>"
// lines from a boot. Shared by alloc.mjs and sched.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENV, timed } from './lib.mjs';

export const QEMU_MICROVM = [
  '-M',
  'microvm',
  '-accel',
  'tcg',
  '-cpu',
  'max',
  '-nodefaults',
  '-no-user-config',
  '-nographic',
  '-serial',
  'stdio',
  '-device',
  'isa-debug-exit,iobase=0xf4,iosize=4',
];

/** Build apps/bench for target in dir, with providers.allocator = allocator when given. */
export function buildBench(dir, target, allocator) {
  const file = join(dir, 'apps/bench/uk.config.json');
  const config = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  if (allocator) config.providers = { ...config.providers, allocator };
  else delete config.providers;
  writeFileSync(file, JSON.stringify(config, null, 2));
  timed(
    join(dir, 'node_modules', '.bin', 'nx'),
    ['build', 'bench', `--configuration=${target}`, '--output-style=static'],
    dir,
  );
  return join(dir, `dist/apps/bench/${target}/bench_${target}`);
}

/** Boot the image once with args; returns { name: number } from its output. */
export function runBench(image, target, args) {
  const r =
    target === 'kvm-x86_64'
      ? spawnSync('qemu-system-x86_64', [...QEMU_MICROVM, '-m', '64M', '-kernel', image, '-append', args.join(' ')], {
          encoding: 'utf8',
          env: ENV,
          timeout: 300000,
        })
      : spawnSync(image, args, { encoding: 'utf8', env: ENV, timeout: 300000 });
  if (!/^bench done\r?$/m.test(r.stdout ?? ''))
    throw new Error(`${image} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  const values = {};
  for (const m of r.stdout.matchAll(/^(\w+) (\d+)\r?$/gm)) values[m[1]] = Number(m[2]);
  return values;
}
