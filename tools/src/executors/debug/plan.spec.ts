import { describe, expect, it } from 'vitest';
import { debugPlan, gdbCommandLine } from './plan';

const boot = (cmd: string, args: string[]) => ({ cmd, args, status: (c: number) => c });
const req = (target: string, b = boot('/usr/bin/qemu-system-x86_64', ['-kernel', 'img'])) => ({
  target,
  boot: b,
  dbg: '/ws/img.dbg',
  root: '/ws',
  port: 40001,
  breakAt: 'main',
});

describe('debugPlan', () => {
  it('kvm: the boot command, stopped, with the gdbstub on 127.0.0.1 only; a hardware breakpoint on x86_64', () => {
    const p = debugPlan(req('kvm-x86_64'));
    expect(p.boot.cmd).toBe('/usr/bin/qemu-system-x86_64');
    expect(p.boot.args).toEqual(['-kernel', 'img', '-gdb', 'tcp:127.0.0.1:40001', '-S']);
    expect(p.commands).toContain('set architecture i386:x86-64');
    expect(p.commands.slice(-3)).toEqual(['target remote 127.0.0.1:40001', 'hbreak main', 'continue']);
    const arm = debugPlan({ ...req('kvm-arm64'), breakAt: 'apps/x/main.c:12' });
    expect(arm.commands).toContain('set architecture aarch64');
    expect(arm.commands.slice(-2)).toEqual(['break apps/x/main.c:12', 'continue']);
  });

  it('linuxu: gdbserver runs the process on x86_64, qemu-aarch64 -g on arm64', () => {
    const x = debugPlan(req('linuxu-x86_64', boot('/ws/img', ['one'])));
    expect(x.boot.cmd).toMatch(/gdbserver$/);
    expect(x.boot.args).toEqual(['127.0.0.1:40001', '/ws/img', 'one']);
    expect(x.commands).toContain('set sysroot /');
    const a = debugPlan(req('linuxu-arm64', boot('/usr/bin/qemu-aarch64', ['/ws/img', 'one'])));
    expect(a.boot.args).toEqual(['-g', '40001', '/ws/img', 'one']);
  });

  it('xen: refused with the reason', () => {
    expect(() => debugPlan(req('xen-x86_64'))).toThrow(/xen-x86_64 is not supported.*docs\/debugging\.md/);
  });

  it('prints a command line a shell gives back word for word', () => {
    const line = gdbCommandLine(debugPlan(req('kvm-x86_64')));
    expect(line).toContain(" -ex 'target remote 127.0.0.1:40001' -ex 'hbreak main' -ex continue");
    expect(line).toMatch(/^\S*gdb-multiarch -q \/ws\/img\.dbg /);
  });
});
