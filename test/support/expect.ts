/**
 * Assertions on console output shared by the boot tests: hello world's
 * lines and the selftest summary.
 */
import { expect } from 'vitest';
import { lines } from './run';

/** "Hello world!" followed by each argument on its own line. */
export function expectHello(out: string, args: string[]): void {
  const l = lines(out);
  const at = l.indexOf('Hello world!');
  expect(at, out).toBeGreaterThanOrEqual(0);
  expect(l.slice(at + 1, at + 1 + args.length)).toEqual(args);
}

/** The selftest's "N passed, M failed" line. */
export function summary(out: string): { passed: number; failed: number } {
  const m = /^(\d+) passed, (\d+) failed\r?$/m.exec(out);
  expect(m, out).not.toBeNull();
  return { passed: Number(m![1]), failed: Number(m![2]) };
}
