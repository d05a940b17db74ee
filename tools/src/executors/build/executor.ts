/**
 * build executor: the link targets did the work (they are its
 * dependencies); this checks the configuration asked for and says where
 * the images are.
 */
import { UkError } from '../../util/errors';
import { batchExecutor, singleExecutor, type TaskWork } from '../../util/batch';

export interface BuildOptions {
  app: string;
  targets: string[];
  images: Record<string, string>;
}

/** The targets a configuration stands for; a UkError if the app lacks it. */
export function selectTargets(opts: Pick<BuildOptions, 'app' | 'targets'>, configuration: string | undefined): string[] {
  if (!configuration) return opts.targets;
  if (!opts.targets.includes(configuration)) {
    throw new UkError(
      `app '${opts.app}' does not declare target ${configuration}; it builds for ${opts.targets.join(', ')} (add the target to its uk.app.ts 'targets')`,
    );
  }
  return [configuration];
}

export const reportImages: TaskWork<BuildOptions> = async (opts, _cwd, configuration) =>
  selectTargets(opts, configuration)
    .map((t) => `${t}: ${opts.images[t]}\n`)
    .join('');

export default singleExecutor(reportImages);
export const batch = batchExecutor(reportImages);
