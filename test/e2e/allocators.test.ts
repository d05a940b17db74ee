/**
 * The allocator is one setting: hello world boots with each of the three
 * providers of 'allocator' (the region allocator by default, the buddy
 * and TLSF allocators chosen with `providers` in uk.config.json), and the
 * region image has the least code and data. Each allocator's in-image tests, with
 * 1,000,000 random operations on the heap, pass on kvm and linuxu, x86_64 and arm64.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootVirt, runLinuxuArm64, statusLine } from '../support/arm64';
import { QEMU_X86, exec, lines, nx, qemuMicrovm } from '../support/run';
import { scratchWorkspace, type Scratch } from '../support/workspace';

const TARGETS = ['kvm-x86_64', 'linuxu-x86_64'] as const;
type Target = (typeof TARGETS)[number];

function boot(image: string, target: Target, args: string[], timeoutS: number) {
  return target === 'kvm-x86_64'
    ? exec(QEMU_X86, qemuMicrovm(image, args.join(' ')), { timeoutS })
    : exec(image, args, { timeoutS });
}

/**
 * text + data of every object in an image's size table (<image>.size.txt): the bytes the
 * allocator choice changes. The file size is not used: kvm images round sections to 4 KiB
 * pages (W^X), so a smaller allocator can leave the file the same size.
 */
function codeAndData(table: string): number {
  let sum = 0;
  for (const m of table.matchAll(/^\S+\s+(\d+)\s+(\d+)\s+\d+$/gm)) sum += Number(m[1]) + Number(m[2]);
  expect(sum).toBeGreaterThan(0);
  return sum;
}

describe('choosing the allocator of hello world', () => {
  let ws: Scratch;
  const sizes: Record<string, Record<Target, number>> = {};

  /** Build hello world with `provider` (undefined: the default) in a scratch copy. */
  function build(provider: string | undefined): void {
    const file = 'apps/helloworld/uk.config.json';
    const config = existsSync(join(ws.dir, file)) ? JSON.parse(ws.read(file)) : {};
    if (provider) config.providers = { ...config.providers, allocator: provider };
    else delete config.providers;
    ws.write(file, JSON.stringify(config, null, 2));
    const name = provider ?? 'default';
    sizes[name] = {} as Record<Target, number>;
    for (const t of TARGETS) {
      const r = nx(['build', 'helloworld', `--configuration=${t}`], ws.dir);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const image = join(ws.dir, `dist/apps/helloworld/${t}/helloworld_${t}`);
      sizes[name]![t] = codeAndData(readFileSync(`${image}.size.txt`, 'utf8'));
      const run = boot(image, t, ['one', 'two'], 60);
      expect(lines(run.stdout).join('\n'), `${name} on ${t}`).toContain('Hello world!\none\ntwo\n');
      expect(run.code, `${name} on ${t}`).toBe(t === 'kvm-x86_64' ? 1 : 0);
    }
  }

  beforeAll(() => (ws = scratchWorkspace()));
  afterAll(() => ws?.dispose());

  it('boots with the default provider, the region allocator', () => {
    build(undefined);
    const why = nx(['run', 'helloworld:why', '--lib=ukallocregion', '-c', 'kvm-x86_64'], ws.dir);
    expect(why.stdout).toMatch(/provider of 'allocator' \(the default provider\)/);
  });

  it.each(['ukallocbbuddy', 'ukalloctlsf'])('boots with providers.allocator = %s', (p) => build(p));

  it('is smaller with the region allocator than with TLSF or the buddy allocator', () => {
    for (const t of TARGETS) {
      expect(sizes['default']![t], JSON.stringify(sizes)).toBeLessThan(sizes['ukalloctlsf']![t]);
      expect(sizes['default']![t], JSON.stringify(sizes)).toBeLessThan(sizes['ukallocbbuddy']![t]);
    }
  });
});

const ALLOC_TARGETS = [...TARGETS, 'kvm-arm64', 'linuxu-arm64'] as const;

/** Boot an alloctest image; status = main's (QEMU's exit code on x86_64 is (status << 1) | 1). */
function bootAlloctest(
  image: string,
  t: (typeof ALLOC_TARGETS)[number],
): { stdout: string; status: number | undefined } {
  if (t === 'kvm-arm64') {
    const r = bootVirt(image, '');
    return { stdout: r.stdout, status: statusLine(r.stdout) };
  }
  if (t === 'linuxu-arm64') {
    const r = runLinuxuArm64(image, []);
    return { stdout: r.stdout, status: r.code };
  }
  const r = boot(image, t, [], 300);
  return { stdout: r.stdout, status: t === 'kvm-x86_64' ? (r.code - 1) >> 1 : r.code };
}

describe.each(['region', 'bbuddy', 'tlsf'])('alloctest-%s', (a) => {
  beforeAll(() => {
    const r = nx(['build', `alloctest-${a}`]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it.each(ALLOC_TARGETS)('passes its tests, 1,000,000 heap operations included, on %s', (t) => {
    const r = bootAlloctest(`dist/apps/alloctest-${a}/${t}/alloctest-${a}_${t}`, t);
    const [, passed, failed] = /^(\d+) passed, (\d+) failed\r?$/m.exec(r.stdout) ?? [];
    expect(failed, r.stdout).toBe('0');
    expect(Number(passed)).toBeGreaterThanOrEqual(10);
    expect(r.stdout).toMatch(/^ok \w+\.stress_heap\w*\r?$/m);
    expect(r.status).toBe(0);
  });
});
