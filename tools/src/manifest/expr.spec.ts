import { describe, expect, it } from 'vitest';
import { ExprError, evaluate, explain, parse, type Value } from './expr';

const env: Record<string, Value> = {
  plat: 'kvm',
  arch: 'x86_64',
  ukdebug: true,
  LOGLEVEL: 3,
  'ukdebug.ASSERT': false,
  nolibc: true,
  NAME: 'x',
};
const look = (n: string) => env[n] ?? (n.includes('.') || /^[A-Z]/.test(n) ? undefined : false);
const ev = (s: string) => evaluate(parse(s), look);

describe('dependency expressions', () => {
  it('evaluates libraries, options, target words and operators', () => {
    expect(ev('ukdebug && nolibc')).toBe(true);
    expect(ev('ukdebug && missinglib')).toBe(false);
    expect(ev('!ukdebug.ASSERT')).toBe(true);
    expect(ev('LOGLEVEL >= 3 && LOGLEVEL < 4')).toBe(true);
    expect(ev('plat == kvm && arch != arm64')).toBe(true);
    expect(ev("plat == 'linuxu' || (NAME == 'x' && !other.OPT)")).toBe(true);
    expect(ev('0x10 > 15')).toBe(true);
    expect(ev('other.OPT')).toBeUndefined();
  });

  it('explains the facts behind a value', () => {
    expect(explain(parse('plat == linuxu && ukdebug.ASSERT'), look)).toBe("plat = 'kvm', ukdebug.ASSERT = false");
  });

  it('reports syntax errors with a column', () => {
    expect(() => parse('ukdebug &&')).toThrow(ExprError);
    expect(() => parse('ukdebug &&')).toThrow(/at the end/);
    expect(() => parse('(a || b')).toThrow(/expected '\)'/);
    expect(() => parse('a $ b')).toThrow(/unexpected '\$' at column 3/);
    expect(() => parse('a b')).toThrow(/unexpected token at column 3/);
  });
});
