/**
 * A process-wide limit on concurrent tool invocations, so a batch of many
 * compile tasks in one process does not start hundreds of compilers.
 */
import { availableParallelism } from 'node:os';

let active = 0;
const waiting: (() => void)[] = [];
const max = Math.max(1, availableParallelism());

export async function limited<T>(fn: () => Promise<T>): Promise<T> {
  if (active >= max) await new Promise<void>((r) => waiting.push(r));
  active++;
  try {
    return await fn();
  } finally {
    active--;
    waiting.shift()?.();
  }
}
