import { describe, expect, it } from 'vitest';
import { TARGET_FLAGS } from '../toolchain/target-flags';
import { TARGET_SPECS, targetSpec } from './index';

describe('the target registry', () => {
  it('has a toolchain row for every target, and no row without a target', () => {
    expect([...TARGET_FLAGS.keys()]).toEqual([...TARGET_SPECS.keys()]);
  });

  it('names the supported targets for an unknown one', () => {
    expect(() => targetSpec('kvm-riscv64')).toThrow(/target kvm-riscv64 is not supported .*kvm-x86_64, linuxu-x86_64/);
  });
});
