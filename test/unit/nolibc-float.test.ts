/**
 * nolibc's floating-point conversions on the host, against glibc: the
 * printf engine (libs/nolibc/src/format.c, fmt_float.c, decimal.c) and
 * strtod/strtof (strtod*.c, fpround.c, bigint.c) compiled with clang and
 * UBSan, their public names prefixed nolibc_, beside the driver
 * test/unit/float-driver.c. 1,000,000 random doubles through %.17g, %a,
 * %.0f .. %.40f, %e/%g/%a with random precisions and random flags and
 * widths, parsed back; 1,000,000 random decimal and hexadecimal strings
 * through strtod and strtof (bits, endptr, errno); fixed corner cases.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec } from '../support/run';

const SRC = 'libs/nolibc/src';
const LIB = [
  'bigint',
  'fpround',
  'strtod_dec',
  'strtod_parse',
  'strtod_bits',
  'strtod',
  'decimal',
  'fmt_float',
  'format',
  'format_args',
];
const FLAGS = '-std=c11 -O2 -g -Wall -Wextra -Werror -fsanitize=undefined -fno-sanitize-recover=all';
// The host's headers first; nolibc's include dir only for __nolibc_fp.h.
const RENAME =
  '-D_DEFAULT_SOURCE -DCONFIG_LIBNOLIBC_FLOAT=1 -idirafter libs/nolibc/include -Dstrtod=nolibc_strtod -Dstrtof=nolibc_strtof -Datof=nolibc_atof';

let dir: string;
let driver: string;

function run(...args: string[]): { checks: number; out: string } {
  const r = exec(driver, args, { timeoutS: 600 });
  expect(r.stderr).toBe('');
  expect(r.stdout).toMatch(/^\d+ checks, 0 failed$/m);
  expect(r.code, r.stdout).toBe(0);
  return { checks: Number(/^(\d+) checks/m.exec(r.stdout)![1]), out: r.stdout };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nolibc-float-'));
  driver = join(dir, 'driver');
  const objs = LIB.map((f) => join(dir, `${f}.o`));
  const cmds = LIB.map((f, i) => `clang ${FLAGS} ${RENAME} -c ${SRC}/${f}.c -o ${objs[i]}`);
  cmds.push(`clang ${FLAGS} -I${SRC} test/unit/float-driver.c ${objs.join(' ')} -lm -o ${driver}`);
  const cc = exec('bash', ['-c', cmds.join(' && ')]);
  expect(cc.code, cc.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('nolibc floating point against glibc', () => {
  it('parses the corner cases as glibc does', () => {
    expect(run('cases').checks).toBeGreaterThan(150);
  });

  it('prints 1,000,000 random doubles as glibc does and parses them back', () => {
    expect(run('print', '1000000', '1').checks).toBeGreaterThan(10_000_000);
  });

  it('parses 1,000,000 random strings to the same double and float as glibc', () => {
    expect(run('parse', '1000000', '1').checks).toBe(2_000_000);
  });
});
