/**
 * Hello world, built with Nx and booted the way a user boots it: the
 * serial console / stdout must carry the lines, the exit status main's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectHello } from '../support/expect';
import { QEMU_X86, exec, nx, qemuMicrovm } from '../support/run';

const KVM_IMAGE = 'dist/apps/helloworld/kvm-x86_64/helloworld_kvm-x86_64';
const LINUXU_IMAGE = 'dist/apps/helloworld/linuxu-x86_64/helloworld_linuxu-x86_64';

describe('helloworld on kvm-x86_64', () => {
  beforeAll(() => {
    const r = nx(['build', 'helloworld', '--configuration=kvm-x86_64']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it('boots on microvm, prints its arguments and exits through isa-debug-exit with main = 0', () => {
    const r = exec(QEMU_X86, qemuMicrovm(KVM_IMAGE, 'one two'), { timeoutS: 60 });
    expectHello(r.stdout, ['one', 'two']);
    expect(r.code).toBe(1);
  });

  it.each(['pc', 'q35'])('boots on -M %s and powers off by itself', (machine) => {
    const r = exec(
      QEMU_X86,
      [
        '-M',
        machine,
        '-accel',
        'tcg',
        '-cpu',
        'max',
        '-m',
        '64M',
        '-display',
        'none',
        '-monitor',
        'none',
        '-serial',
        'stdio',
        '-kernel',
        KVM_IMAGE,
        '-append',
        'one two',
      ],
      { timeoutS: 60 },
    );
    expectHello(r.stdout, ['one', 'two']);
    expect(r.code).toBe(0);
  });

  it('passes quoted arguments through the command line', () => {
    const r = exec(QEMU_X86, qemuMicrovm(KVM_IMAGE, `'with space' "x y" z`), { timeoutS: 60 });
    expectHello(r.stdout, ['with space', 'x y', 'z']);
    expect(r.code).toBe(1);
  });

  it("runs through `nx run helloworld:run` and reports main's status", () => {
    const r = nx(['run', 'helloworld:run', '--configuration=kvm-x86_64', '--args=alpha beta']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expectHello(r.stdout, ['alpha', 'beta']);
    expect(r.stdout).toContain('helloworld (kvm-x86_64): main returned 0');
  });
});

describe('helloworld on linuxu-x86_64', () => {
  beforeAll(() => {
    const r = nx(['build', 'helloworld', '--configuration=linuxu-x86_64']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it('runs as a Linux process with stdin not a terminal and exits 0', () => {
    const r = exec(LINUXU_IMAGE, ['one', 'two'], { timeoutS: 20 });
    expectHello(r.stdout, ['one', 'two']);
    expect(r.code).toBe(0);
  });

  it('is a static ELF executable', () => {
    const r = exec('file', [LINUXU_IMAGE]);
    expect(r.stdout).toMatch(/ELF 64-bit LSB executable, x86-64.*statically linked/);
  });
});
