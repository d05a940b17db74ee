/**
 * How executors end on an error: a UkError prints its message alone (it
 * already names the file and cause); anything else is a bug and keeps
 * its stack.
 */
import { UkError } from './errors';

export function failureText(e: unknown): string {
  return e instanceof UkError ? `error: ${e.message}\n` : `${(e as Error).stack ?? String(e)}\n`;
}

export function reportFailure(e: unknown): { success: false } {
  process.stderr.write(failureText(e));
  return { success: false };
}
