/**
 * httpd's HTTP request parser (apps/httpd/http.c) compiled for the host
 * with ASan and UBSan and driven by test/unit/httpd-parse-driver.c: the
 * answers RFC 9112 asks for on fixed inputs (400, 414, 431, 501, 505,
 * bare LF, absolute-form, Connection, Content-Length), then 100,000
 * rounds per seed of valid heads (exact path, lengths, keep-alive), their
 * prefixes (always incomplete, never an error), mutated heads and random
 * bytes (no access outside the exact-size buffer, no undefined
 * behaviour).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHostDriver, type HostDriver } from '../support/host-driver';
import { exec } from '../support/run';

let built: HostDriver;
let driver: string;

beforeAll(() => {
  built = buildHostDriver('httpd-parse-driver', [
    'test/unit/httpd-parse-driver.c',
    'apps/httpd/http.c',
    'apps/httpd/httpdate.c',
  ]);
  driver = built.path;
});
afterAll(() => built?.dispose());

describe('httpd request parsing on the host (ASan, UBSan)', () => {
  it.each([1, 2, 3])('answers as RFC 9112 says and survives damaged and random heads (seed %i)', (seed) => {
    const r = exec(driver, [String(seed), '100000'], { timeoutS: 120 });
    expect(r.stderr).toBe('');
    expect(r.code, r.stdout).toBe(0);
    const m = /^ok rounds (\d+) mutated-or-random ok (\d+) errors (\d+) incomplete (\d+)/m.exec(r.stdout);
    expect(m, r.stdout).not.toBeNull();
    expect(Number(m![1])).toBe(100_000);
    // Damaged input really was turned away, and some mutations still parse.
    expect(Number(m![3])).toBeGreaterThan(100_000);
    expect(Number(m![2])).toBeGreaterThan(1000);
  });
});
