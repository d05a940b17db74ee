/**
 * The targets an Nx configuration stands for in an app: every executor
 * that takes `--configuration` (build, run, test, debug, config,
 * menuconfig, compile-commands, size-diff) asks here, so an unknown or
 * undeclared target gets one error everywhere.
 */
import { UkError } from '../util/errors';
import type { RunScope } from '../util/batch';
import { ALL_TARGETS } from './naming';

/** What selectTargets reads of an app's options. */
export interface DeclaredTargets {
  app: string;
  targets: string[];
}

/**
 * The targets a configuration stands for; a UkError if the app lacks it.
 * When the task graph it is given shows a run over many projects
 * (run-many, affected), an app that does not declare a known target is
 * left out (an empty list) rather than failing the run. Nx does not always
 * give a forked task the whole graph, so such a run can still fail on it:
 * pass --exclude for apps without the target.
 */
export function selectTargets(
  opts: DeclaredTargets,
  configuration: string | undefined,
  scope: RunScope = { manyProjects: false },
): string[] {
  if (!configuration) return opts.targets;
  if (!(ALL_TARGETS as readonly string[]).includes(configuration)) {
    throw new UkError(
      `unknown configuration '${configuration}': the targets are ${ALL_TARGETS.join(', ')}; app '${opts.app}' declares ${opts.targets.join(', ')}`,
    );
  }
  if (!opts.targets.includes(configuration)) {
    if (scope.manyProjects) return [];
    throw new UkError(
      `app '${opts.app}' does not declare target ${configuration}; it builds for ${opts.targets.join(', ')} (add the target to its uk.app.ts 'targets')`,
    );
  }
  return [configuration];
}

/** The one target an executor that boots or inspects one image works on: --target, else the configuration's. */
export function oneTarget(opts: DeclaredTargets & { target?: string }, configuration: string | undefined): string {
  if (configuration) selectTargets(opts, configuration);
  const target = opts.target ?? selectTargets(opts, configuration)[0]!;
  selectTargets(opts, target);
  return target;
}

/** The line for an app a many-project run leaves out. */
export function notDeclared(opts: DeclaredTargets, configuration: string | undefined): string {
  return `${opts.app}: skipped, it does not declare ${configuration} (it builds for ${opts.targets.join(', ')})\n`;
}
