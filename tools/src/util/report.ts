/**
 * How executors end on an error: a UkError prints its message alone (it
 * already names the file and cause); anything else is a bug and keeps
 * its stack.
 */
import { UkError } from './errors';

export function reportFailure(e: unknown): { success: false } {
  if (e instanceof UkError) console.error(`error: ${e.message}`);
  else console.error(e);
  return { success: false };
}
