import { afterEach, describe, expect, it } from 'vitest';
import { TOOLCHAIN_ENV, toolchainFor, toolchainName } from './select';
import { cflagsFor } from './flags';

const saved = process.env[TOOLCHAIN_ENV];
afterEach(() => {
  if (saved === undefined) delete process.env[TOOLCHAIN_ENV];
  else process.env[TOOLCHAIN_ENV] = saved;
});

describe('toolchain selection (UK_TOOLCHAIN)', () => {
  it('defaults to clang and accepts clang or gcc only', () => {
    delete process.env[TOOLCHAIN_ENV];
    expect(toolchainName()).toBe('clang');
    process.env[TOOLCHAIN_ENV] = 'gcc';
    expect(toolchainName()).toBe('gcc');
    process.env[TOOLCHAIN_ENV] = 'icc';
    expect(() => toolchainName()).toThrow(/UK_TOOLCHAIN=icc is not a toolchain/);
  });

  it("gcc for kvm-arm64: the cross gcc, GNU ld and gcc's own headers instead of -nostdlibinc", () => {
    process.env[TOOLCHAIN_ENV] = 'gcc';
    const tc = toolchainFor('kvm-arm64');
    expect(tc.cc).toMatch(/aarch64-linux-gnu-gcc$/);
    expect(tc.ld).toMatch(/aarch64-linux-gnu-ld$/);
    const flags = cflagsFor('kvm-arm64', 'a.c', 'config.h', []);
    expect(flags).not.toContain('-nostdlibinc');
    expect(flags).not.toContain('--target=aarch64-unknown-none-elf');
    expect(flags).toEqual(expect.arrayContaining(['-nostdinc', '-isystem', '-mno-outline-atomics']));
    expect(flags).not.toContain('-mgeneral-regs-only');
  });

  it('refuses gcc for a target that has only clang', () => {
    process.env[TOOLCHAIN_ENV] = 'gcc';
    expect(() => toolchainFor('kvm-x86_64')).toThrow(/target kvm-x86_64 has no gcc toolchain/);
  });
});
