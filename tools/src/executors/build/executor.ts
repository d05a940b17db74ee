/**
 * build executor: the link targets did the work (they are its
 * dependencies); this checks the configuration asked for and says where
 * the images are.
 */
import { UkError } from '../../util/errors';
import { batchExecutor, singleExecutor, type RunScope, type TaskWork } from '../../util/batch';
import { ALL_TARGETS } from '../../manifest/naming';

export interface BuildOptions {
  app: string;
  targets: string[];
  images: Record<string, string>;
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
  opts: Pick<BuildOptions, 'app' | 'targets'>,
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

/** The line for an app a many-project run leaves out. */
export function notDeclared(opts: Pick<BuildOptions, 'app' | 'targets'>, configuration: string | undefined): string {
  return `${opts.app}: skipped, it does not declare ${configuration} (it builds for ${opts.targets.join(', ')})\n`;
}

export const reportImages: TaskWork<BuildOptions> = async (opts, _cwd, configuration, scope) => {
  const targets = selectTargets(opts, configuration, scope);
  if (targets.length === 0) return notDeclared(opts, configuration);
  return targets.map((t) => `${t}: ${opts.images[t]}\n`).join('');
};

export default singleExecutor(reportImages);
export const batch = batchExecutor(reportImages);
