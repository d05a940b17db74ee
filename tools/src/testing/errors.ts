/** Test helper: run fn, expect a UkError, return its message. */
import { expect } from 'vitest';
import { UkError } from '../util/errors';

export function ukErrorMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UkError);
    return (e as Error).message;
  }
  throw new Error('expected a UkError');
}
