/**
 * The arm64 architecture end to end: hello world and selftest built with
 * Nx for kvm-arm64 (QEMU virt, ELF and Image, entered at EL1 and EL2)
 * and linuxu-arm64 (qemu-aarch64), main's status through the status line
 * and through semihosting, crash dumps (the format xen-arm64 shares), the
 * gcc toolchain, and the cache rule between the two architectures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkArm64ImageHeader, parseArm64ImageHeader } from '../../tools/src/targets/arm64-image';
import { bootVirt, expectArm64Dump, expectFloatingPoint, runLinuxuArm64, statusLine } from '../support/arm64';
import { expectHello, summary } from '../support/expect';
import { REPO, exec, lines, named, nx, tasks } from '../support/run';
import { scratchWorkspace, type Scratch } from '../support/workspace';

const HELLO = 'dist/apps/helloworld/kvm-arm64/helloworld_kvm-arm64';
const HELLO_LINUXU = 'dist/apps/helloworld/linuxu-arm64/helloworld_linuxu-arm64';
const SELFTEST = 'dist/apps/selftest/kvm-arm64/selftest_kvm-arm64';
const SELFTEST_LINUXU = 'dist/apps/selftest/linuxu-arm64/selftest_linuxu-arm64';

describe('helloworld on kvm-arm64', () => {
  beforeAll(() => {
    const r = nx(['build', 'helloworld', '--configuration=kvm-arm64']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it.each([
    ['cortex-a57 at EL1', {}],
    ['-cpu max', { cpu: 'max' }],
    ['virtualization=on (entered at EL2)', { machine: 'virtualization=on' }],
    ['-cpu max, virtualization=on', { cpu: 'max', machine: 'virtualization=on' }],
  ])('boots as an ELF with %s, prints its arguments and QEMU exits 0 by itself', (_name, o) => {
    const r = bootVirt(HELLO, 'one two', o);
    expectHello(r.stdout, ['one', 'two']);
    expect(statusLine(r.stdout), r.stdout).toBe(0);
    expect(lines(r.stdout).filter(Boolean).pop()).toBe('ukraft: main returned 0');
    expect(r.code).toBe(0);
  });

  it('hello world never halts, so the GIC is not set up and its driver not linked', () => {
    const nm = exec('llvm-nm', [`${HELLO}.dbg`]).stdout;
    expect(nm).not.toMatch(/ [tT] uk_gic_init$/m);
  });

  it('writes a valid arm64 Image beside the ELF, and it boots with -kernel too', () => {
    const buf = readFileSync(join(REPO, `${HELLO}.Image`));
    const h = parseArm64ImageHeader(buf);
    expect(checkArm64ImageHeader(h, buf.length)).toEqual([]);
    expect(h.textOffset).toBe(0x200000n);
    expect(Buffer.from(buf.subarray(0x38, 0x3c)).toString('latin1')).toBe('ARM\x64');
    const r = bootVirt(`${HELLO}.Image`, 'one two', { machine: 'virtualization=on' });
    expectHello(r.stdout, ['one', 'two']);
    expect(r.code).toBe(0);
  });

  it("with ukplat.semihosting=1 and QEMU semihosting, QEMU exits with main's status and argv lacks the parameter", () => {
    const r = bootVirt(HELLO, `ukplat.semihosting=1 'with space' "x y" z`, { semihosting: true });
    expectHello(r.stdout, ['with space', 'x y', 'z']);
    expect(r.stdout).not.toContain('ukplat.semihosting');
    expect(r.code).toBe(0);
  });

  it("runs through `nx run helloworld:run` and reports main's status", () => {
    const r = nx(['run', 'helloworld:run', '--configuration=kvm-arm64', '--args=alpha beta']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expectHello(r.stdout, ['alpha', 'beta']);
    expect(r.stdout).toContain('helloworld (kvm-arm64): main returned 0');
  });
});

describe('helloworld on linuxu-arm64', () => {
  beforeAll(() => {
    const r = nx(['build', 'helloworld', '--configuration=linuxu-arm64']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it('runs under qemu-aarch64, prints its arguments and exits 0', () => {
    const r = runLinuxuArm64(HELLO_LINUXU, ['one', 'two']);
    expectHello(r.stdout, ['one', 'two']);
    expect(r.code).toBe(0);
  });

  it('is a static arm64 ELF executable', () => {
    expect(exec('file', [HELLO_LINUXU]).stdout).toMatch(/ELF 64-bit LSB executable, ARM aarch64.*statically linked/);
  });
});

describe('selftest and crashes on arm64', () => {
  beforeAll(() => {
    for (const t of ['kvm-arm64', 'linuxu-arm64']) {
      const r = nx(['build', 'selftest', `--configuration=${t}`]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
    }
  });

  it('selftest sleeps, so its image does link the GIC driver', () => {
    expect(exec('llvm-nm', [`${SELFTEST}.dbg`]).stdout).toMatch(/ T uk_gic_init$/m);
  });

  it('passes every check on kvm-arm64, status 0 by line and by semihosting', () => {
    const r = bootVirt(SELFTEST, 'ukplat.semihosting=1', { semihosting: true });
    const s = summary(r.stdout);
    expect(s.failed, r.stdout).toBe(0);
    expect(s.passed).toBeGreaterThanOrEqual(20);
    expectFloatingPoint(r.stdout);
    expect(statusLine(r.stdout)).toBe(0);
    expect(r.code).toBe(0);
  });

  // Timer interrupts through each GIC version, entered at EL1 and at EL2.
  it.each([
    ['GICv3 at EL1', { machine: 'gic-version=3' }],
    ['GICv3 at EL2, -cpu max', { machine: 'virtualization=on,gic-version=3', cpu: 'max' }],
    ['GICv2 at EL2', { machine: 'virtualization=on' }],
  ])('passes every check on kvm-arm64 with %s', (_name, o) => {
    const r = bootVirt(SELFTEST, '', o);
    const s = summary(r.stdout);
    expect(s.failed, r.stdout).toBe(0);
    expect(s.passed).toBeGreaterThanOrEqual(20);
    expect(r.stdout).toMatch(/^ok arm64_irq\.one_interrupt_per_deadline\r?$/m);
    expect(r.stdout).toMatch(/^ok plat_time\.halt_sleeps_until_the_deadline\r?$/m);
    // FP/SIMD enabled at EL1 after an EL2 entry too (CPTR_EL2 without FP traps), and an
    // interrupt whose handler writes every v register and FPSR gives them all back.
    expectFloatingPoint(r.stdout);
    expect(r.stdout).toMatch(/^ok arm64_irq_fp\.interrupt_keeps_q0_q31_fpcr_fpsr\r?$/m);
    expect(statusLine(r.stdout)).toBe(0);
  });

  it('passes every check on linuxu-arm64', () => {
    const r = runLinuxuArm64(SELFTEST_LINUXU, []);
    const s = summary(r.stdout);
    expect(s.failed, r.stdout).toBe(0);
    expect(s.passed).toBeGreaterThanOrEqual(20);
    expect(r.code).toBe(0);
  });

  it('a NULL write on kvm-arm64 prints a readable dump and ends with the crash status', () => {
    const r = bootVirt(SELFTEST, 'ukplat.semihosting=1 crash fault', { semihosting: true });
    const d = expectArm64Dump(r.stdout, 'fault');
    expect(d.elr).toMatch(/^0x0*402/);
    expect(d.image).toBe('0x0000000040200000');
    expect(statusLine(r.stdout)).toBe(127);
    expect(r.code).toBe(127);
  });

  it('an undefined instruction on kvm-arm64 is decoded from the syndrome, and frame #0 resolves to it', () => {
    const r = bootVirt(SELFTEST, 'crash undef');
    const d = expectArm64Dump(r.stdout, 'undef');
    const where = exec('llvm-addr2line', ['-f', '-e', `${SELFTEST}.dbg`, d.elr]);
    expect(where.stdout).toMatch(/^crash_on_purpose$/m);
    expect(lines(r.stdout).filter(Boolean).pop()).toBe('ukraft: crashed, status 127');
  });

  it('a boot stack overflow on kvm-arm64 hits the guard page, even after the DTB added RAM', () => {
    const r = bootVirt(SELFTEST, 'crash stack');
    expectArm64Dump(r.stdout, 'stack');
    expect(lines(r.stdout).filter(Boolean).pop()).toBe('ukraft: crashed, status 127');
  });

  it('a panic on kvm-arm64 prints its message; without semihosting QEMU exits 0 and the line tells', () => {
    const r = bootVirt(SELFTEST, 'crash panic');
    expect(r.stdout).toContain('CRASH: selftest: crash requested (panic)');
    expect(r.stdout).toMatch(/Backtrace:/);
    expect(lines(r.stdout).filter(Boolean).pop()).toBe('ukraft: crashed, status 127');
    expect(r.code).toBe(0);
  });

  it('the backtrace resolves to source functions with llvm-addr2line', () => {
    const r = bootVirt(SELFTEST, 'crash fault');
    const pc = /^ {2}#0 {2}(0x[0-9a-f]+)/m.exec(r.stdout)![1]!;
    const where = exec('llvm-addr2line', ['-f', '-e', `${SELFTEST}.dbg`, pc]);
    expect(where.stdout).toMatch(/crash_on_purpose|main/);
  });

  it('a fault on linuxu-arm64 prints the signal and PC/SP/FP and exits 127', () => {
    const r = runLinuxuArm64(SELFTEST_LINUXU, ['crash', 'fault']);
    expect(r.stdout).toMatch(/SIGSEGV .* at address 0x0*10\b/);
    expect(r.stdout).toMatch(/PC 0x[0-9a-f]{16} {2}SP 0x[0-9a-f]{16} {2}FP/);
    expect(r.code).toBe(127);
  });
});

describe('arm64 in a scratch workspace: gcc toolchain and the cache rule', () => {
  let ws: Scratch;
  beforeAll(() => {
    ws = scratchWorkspace();
    const r = nx(['build', 'helloworld'], ws.dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });
  afterAll(() => ws?.dispose());
  // Tasks that did work (no per-target placeholders, each once: batch runs may name a task twice).
  const ran = (out: string) =>
    [...new Set(tasks(out).ran)].filter((t) => !/:(kvm|linuxu|xen)-(x86_64|arm64)$/.test(t) && !t.endsWith(':build'));

  it('touching an arm64-only source reruns its compile and the arm64 link, no x86_64 task', () => {
    ws.edit('plat/kvm/arm64/pl011.c', (s) => `${s}\n/* touched by the test */\n`);
    const r = nx(['build', 'helloworld'], ws.dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const done = ran(r.stdout);
    expect(named(done, /:compile-/)).toEqual([expect.stringMatching(/^plat-kvm:compile-kvm-arm64-/)]);
    expect(named(done, /:link-/)).toEqual(['helloworld:link-kvm-arm64']);
    expect(done.filter((t) => t.includes('x86_64'))).toEqual([]);
  });

  it('a source shared by both architectures is compiled once per architecture', () => {
    ws.edit('libs/nolibc/src/strlen.c', (s) => `${s}\n/* touched by the test */\n`);
    const r = nx(['build', 'helloworld'], ws.dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const compiles = named(ran(r.stdout), /^nolibc:compile-/);
    const targets = compiles.map((t) => /^nolibc:compile-(.+)-[0-9a-f]+$/.exec(t)![1]).sort();
    expect(targets).toEqual(expect.arrayContaining(['kvm-arm64', 'kvm-x86_64', 'linuxu-arm64', 'linuxu-x86_64']));
    expect(new Set(targets).size).toBe(targets.length);
    const machine = (target: string) => {
      const obj = exec('bash', ['-c', `ls dist/libs/nolibc/${target}-*/obj/libs__nolibc__src__strlen.c.o`], {
        cwd: ws.dir,
      }).stdout.trim();
      return exec('llvm-readelf', ['-h', obj], { cwd: ws.dir }).stdout;
    };
    expect(machine('kvm-arm64')).toMatch(/Machine:\s+AArch64/);
    expect(machine('kvm-x86_64')).toMatch(/Machine:\s+Advanced Micro Devices X86-64/);
  });

  it('UK_TOOLCHAIN=gcc builds hello world for kvm-arm64 with GNU gcc and ld, and it boots', () => {
    const env = { UK_TOOLCHAIN: 'gcc' };
    const r = exec(
      join(REPO, 'node_modules', '.bin', 'nx'),
      ['build', 'helloworld', '--configuration=kvm-arm64', '--output-style=static'],
      { cwd: ws.dir, env, timeoutS: 600 },
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    // The toolchain is part of the hash: nothing came from the clang build's cache.
    expect(named(tasks(r.stdout).cached, /:(compile|link)-kvm-arm64/)).toEqual([]);
    const obj = join(ws.dir, 'dist/apps/helloworld/kvm-arm64/app/obj/apps__helloworld__main.c.o');
    expect(exec('llvm-readelf', ['-p', '.comment', obj]).stdout).toMatch(/GCC: \(Debian [^)]*\) 12/);
    const b = bootVirt(join(ws.dir, HELLO), 'one two');
    expectHello(b.stdout, ['one', 'two']);
    expect(statusLine(b.stdout)).toBe(0);
    expect(b.code).toBe(0);
    const img = readFileSync(join(ws.dir, `${HELLO}.Image`));
    expect(checkArm64ImageHeader(parseArm64ImageHeader(img), img.length)).toEqual([]);
  });

  it('UK_TOOLCHAIN=gcc builds selftest for kvm-arm64 (threads, locks, atomics) and every check passes', () => {
    const env = { UK_TOOLCHAIN: 'gcc' };
    const r = exec(
      join(REPO, 'node_modules', '.bin', 'nx'),
      ['build', 'selftest', '--configuration=kvm-arm64', '--output-style=static'],
      { cwd: ws.dir, env, timeoutS: 600 },
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const b = bootVirt(join(ws.dir, SELFTEST), '');
    const s = summary(b.stdout);
    expect(s.failed, b.stdout).toBe(0);
    expect(s.passed).toBeGreaterThanOrEqual(60);
    expect(statusLine(b.stdout)).toBe(0);
  });
});
