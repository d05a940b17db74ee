import { describe, expect, it } from 'vitest';
import { generateHeader, headerWantsStackProtector } from '../config/header';
import { parseTarget } from '../manifest/naming';
import { stackProtectorFlags } from './flags';

describe('stack protector flags', () => {
  it('uses the global canary on x86_64 (no TLS), the default one on arm64', () => {
    expect(stackProtectorFlags('kvm-x86_64', true)).toEqual([
      '-fstack-protector-strong',
      '-mstack-protector-guard=global',
    ]);
    expect(stackProtectorFlags('linuxu-arm64', true)).toEqual(['-fstack-protector-strong']);
    expect(stackProtectorFlags('xen-x86_64', false)).toEqual(['-fno-stack-protector']);
  });

  it('follows the image-wide macro of the generated header, so flags and variant agree', () => {
    const t = parseTarget('kvm-arm64');
    const on = generateHeader(t, [], { stackProtector: true });
    const off = generateHeader(t, [], { stackProtector: false });
    expect(on).toContain('#define CONFIG_UK_STACK_PROTECTOR 1');
    expect(headerWantsStackProtector(on)).toBe(true);
    expect(headerWantsStackProtector(off)).toBe(false);
    expect(headerWantsStackProtector(generateHeader(undefined, [], { stackProtector: true }))).toBe(false);
  });
});
