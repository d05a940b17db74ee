/**
 * build executor: the link targets did the work (they are its
 * dependencies); this checks the configuration asked for and says where
 * the images are.
 */
import { batchExecutor, singleExecutor, type TaskWork } from '../../util/batch';
import { notDeclared, selectTargets } from '../../manifest/select-targets';

export interface BuildOptions {
  app: string;
  targets: string[];
  images: Record<string, string>;
}

export const reportImages: TaskWork<BuildOptions> = async (opts, _cwd, configuration, scope) => {
  const targets = selectTargets(opts, configuration, scope);
  if (targets.length === 0) return notDeclared(opts, configuration);
  return targets.map((t) => `${t}: ${opts.images[t]}\n`).join('');
};

export default singleExecutor(reportImages);
export const batch = batchExecutor(reportImages);
