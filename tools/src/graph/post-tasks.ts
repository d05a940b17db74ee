/**
 * postTasksExecution: a failed build exits 1, not 130.
 *
 * Nx 23 gives the tasks it skips because a dependency failed (the link and
 * `build` after a compile error) no result, then takes the missing results
 * for an interrupted run and exits 130, the code of SIGINT. Here, after the
 * tasks, a run that has a failure and no stopped task (what a real
 * interrupt leaves) is an ordinary failure: its exit code becomes 1.
 * A real Ctrl+C still exits 130: Nx's signal handler exits before this
 * hook runs, or marks the running tasks stopped.
 *
 * Only the nx command's own process can change its exit code; when the
 * hook runs elsewhere (the Nx daemon, an isolated plugin worker) it does
 * nothing and Nx's code stands (docs/errors.md).
 */
import type { PostTasksExecution, PostTasksExecutionContext } from '@nx/devkit';

/** The exit code Nx uses for an interrupted run. */
export const INTERRUPTED = 130;

/** Whether a run's results are an ordinary failure rather than an interrupt. */
export function ordinaryFailure(results: PostTasksExecutionContext['taskResults']): boolean {
  const all = Object.values(results);
  return all.some((r) => r.status === 'failure') && !all.some((r) => r.status === 'stopped');
}

/** Whether this process is the nx command itself (not the daemon or a plugin worker). */
function isCommandProcess(argv: readonly string[]): boolean {
  if ((globalThis as { NX_DAEMON?: unknown }).NX_DAEMON) return false;
  return argv.length === process.argv.length && argv.every((a, i) => a === process.argv[i]);
}

export const postTasksExecution: PostTasksExecution = (_options, context) => {
  if (!isCommandProcess(context.argv) || !ordinaryFailure(context.taskResults)) return;
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) =>
    exit(Number(code) === INTERRUPTED ? 1 : (code ?? undefined))) as typeof process.exit;
};
