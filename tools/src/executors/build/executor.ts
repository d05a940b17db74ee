/**
 * build executor: the link targets did the work (they are its
 * dependencies); this checks the configuration asked for and says where
 * the images are.
 */
import type { ExecutorContext } from '@nx/devkit';
import { UkError } from '../../util/errors';
import { reportFailure } from '../../util/report';

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

export default async function buildExecutor(opts: BuildOptions, ctx: ExecutorContext): Promise<{ success: boolean }> {
  try {
    for (const t of selectTargets(opts, ctx.configurationName)) console.log(`${t}: ${opts.images[t]}`);
    return { success: true };
  } catch (e) {
    return reportFailure(e);
  }
}
