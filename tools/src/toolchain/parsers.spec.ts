import { describe, expect, it } from 'vitest';
import { parseDepfile } from './compile';
import { sizesFromGnuMap, sizesFromMap } from './image';

describe('depfile parsing', () => {
  it('reads continued lines and escaped spaces', () => {
    const text = 'dist/obj/a.o: libs/a/src/a.c \\\n  libs/a/include/uk/a.h dist/x/my\\ dir/c.h\n';
    expect(parseDepfile(text)).toEqual(['libs/a/src/a.c', 'libs/a/include/uk/a.h', 'dist/x/my dir/c.h']);
  });
});

describe('link map sizes', () => {
  it('sums input sections per object and section kind', () => {
    const map = [
      '             VMA              LMA     Size Align Out     In      Symbol',
      '          100000           100000     1000     16 .text',
      '          100000           100000       40     16         dist/libs/nolibc/kvm-x86_64-x/libnolibc.o:(.text.memcpy)',
      '          100040           100040       20      1         dist/apps/h/kvm-x86_64/app/obj/main.o:(.text.main)',
      '          100040           100040        0      1                 main',
      '          200000           200000      100     16 .bss',
      '          200000           200000       80     16         dist/libs/nolibc/kvm-x86_64-x/libnolibc.o:(.bss.buf)',
      '               0                0      300      1 .debug_info',
      '               0                0      300      1         dist/libs/nolibc/kvm-x86_64-x/libnolibc.o:(.debug_info)',
    ].join('\n');
    const s = sizesFromMap(map);
    expect(s.get('libnolibc.o')).toEqual({ text: 0x40, data: 0, bss: 0x80 });
    expect(s.get('main.o')).toEqual({ text: 0x20, data: 0, bss: 0 });
  });
});

describe('GNU ld map sizes (UK_TOOLCHAIN=gcc)', () => {
  it('sums input sections, long names on their own line included, loaded sections only', () => {
    const map = [
      '.text           0x0000000040200000     0x1000',
      ' *(.text.head)',
      ' .text.head     0x0000000040200000       0x40 dist/plat/kvm/kvm-arm64-x/libplat-kvm.o',
      '                0x0000000040200000                ukplat_kvm_arm64_head',
      ' *fill*         0x0000000040200040        0x4 ',
      ' .text.uk_alloc_set_default',
      '                0x0000000040201060        0xc dist/libs/ukalloc/kvm-arm64-y/libukalloc.o',
      '.bss            0x0000000040208000    0x28000',
      ' .bss.buf       0x0000000040208000       0x80 dist/libs/ukalloc/kvm-arm64-y/libukalloc.o',
      '.debug_info     0x0000000000000000      0x300',
      ' .debug_info    0x0000000000000000      0x300 dist/libs/ukalloc/kvm-arm64-y/libukalloc.o',
    ].join('\n');
    const s = sizesFromGnuMap(map);
    expect(s.get('libplat-kvm.o')).toEqual({ text: 0x40, data: 0, bss: 0 });
    expect(s.get('libukalloc.o')).toEqual({ text: 0xc, data: 0, bss: 0x80 });
  });
});
