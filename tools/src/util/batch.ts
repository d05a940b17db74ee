/**
 * Nx batch mode: one process runs every task of an executor that is ready
 * at once, instead of one forked process per task (~1 s each). Tasks
 * start when their in-batch dependencies have finished; results stream
 * back to Nx as they complete. The work itself is shared with the
 * single-task executor through `TaskWork`.
 */
import type { ExecutorContext, TaskGraph } from '@nx/devkit';
import { failureText, reportFailure } from './report';

/** What a task knows of the run it is part of. */
export interface RunScope {
  /** The run asked for this target of more than one project (run-many, affected). */
  manyProjects: boolean;
}

/** One task's work: resolves to its terminal output, throws on failure. */
export type TaskWork<O> = (
  options: O,
  root: string,
  configuration: string | undefined,
  scope: RunScope,
) => Promise<string>;

/**
 * Whether the run asked for `target` of several projects: the task graph's
 * roots are the tasks the user named, so a run-many or affected run has a
 * root of that target for each project.
 */
export function runScope(graph: TaskGraph | undefined, target: string | undefined): RunScope {
  if (!graph || !target) return { manyProjects: false };
  const projects = new Set(
    graph.roots
      .map((id) => graph.tasks[id]?.target)
      .filter((t) => t?.target === target)
      .map((t) => t!.project),
  );
  return { manyProjects: projects.size > 1 };
}

interface TaskResult {
  success: boolean;
  terminalOutput: string;
}

/** The single-task executor for some work. */
export function singleExecutor<O>(work: TaskWork<O>) {
  return async (options: O, ctx: ExecutorContext): Promise<{ success: boolean }> => {
    try {
      const out = await work(options, ctx.root, ctx.configurationName, runScope(ctx.taskGraph, ctx.targetName));
      if (out) process.stdout.write(out);
      return { success: true };
    } catch (e) {
      return reportFailure(e);
    }
  };
}

/** The batch executor for the same work. */
export function batchExecutor<O>(work: TaskWork<O>) {
  return async function* (
    taskGraph: TaskGraph,
    inputs: Record<string, O>,
    _overrides: O,
    ctx: ExecutorContext,
  ): AsyncIterableIterator<{ task: string; result: TaskResult }> {
    const ids = Object.keys(inputs);
    const done = new Map<string, boolean>();
    const running = new Map<string, Promise<{ id: string; result: TaskResult }>>();
    const ready = (id: string) => (taskGraph.dependencies[id] ?? []).every((d) => !(d in inputs) || done.has(d));
    while (done.size < ids.length) {
      for (const id of ids) {
        if (done.has(id) || running.has(id) || !ready(id)) continue;
        const failedDep = (taskGraph.dependencies[id] ?? []).find((d) => done.get(d) === false);
        if (failedDep) {
          done.set(id, false);
          yield { task: id, result: { success: false, terminalOutput: `not run: ${failedDep} failed\n` } };
          continue;
        }
        const task = taskGraph.tasks[id];
        const configuration = task?.target.configuration;
        running.set(
          id,
          work(inputs[id]!, ctx.root, configuration, runScope(ctx.taskGraph ?? taskGraph, task?.target.target)).then(
            (out) => ({ id, result: { success: true, terminalOutput: out } }),
            (e: unknown) => ({ id, result: { success: false, terminalOutput: failureText(e) } }),
          ),
        );
      }
      if (running.size === 0) break;
      const { id, result } = await Promise.race(running.values());
      running.delete(id);
      done.set(id, result.success);
      yield { task: id, result };
    }
  };
}
