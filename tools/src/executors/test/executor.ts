/**
 * test executor on apps: boot each image with the app's run defaults and
 * pass when main returned 0 within the time bound (boot/session.ts).
 * Cached on the images, so `nx affected -t test` boots only what a change
 * touched.
 */
import { bootImage, prepareBoot } from '../../boot/session';
import { notDeclared, selectTargets } from '../../manifest/select-targets';
import { UkError } from '../../util/errors';
import { batchExecutor, singleExecutor, type TaskWork } from '../../util/batch';
import { limited } from '../../util/limit';

export interface TestOptions {
  app: string;
  targets: string[];
  images: Record<string, string>;
  /** The app manifest: run.memory and run.testArgs (else run.args) are the defaults below. */
  manifest: string;
  memory?: string;
  args?: string[] | string;
  timeout?: number;
  /** Per target, the initrd the build wrote (apps with initrd.files). */
  initrds?: Record<string, string>;
}

export const bootTest: TaskWork<TestOptions> = async (opts, root, configuration, scope) => {
  const lines: string[] = [];
  const failures: string[] = [];
  const targets = selectTargets(opts, configuration, scope);
  if (targets.length === 0) return notDeclared(opts, configuration);
  const timeout = opts.timeout && opts.timeout > 0 ? opts.timeout : 120;
  for (const t of targets) {
    const p = prepareBoot({
      kind: 'test',
      app: opts.app,
      target: t,
      root,
      image: opts.images[t]!,
      manifest: opts.manifest,
      memory: opts.memory,
      args: opts.args,
      initrds: opts.initrds,
    });
    const r = await limited(() => bootImage(p, { timeout, echo: false, stdin: 'ignore' }));
    lines.push(r.outcome.stdout.trimEnd());
    if (r.symbols) lines.push(r.symbols);
    lines.push(`${opts.app} ${t}: ${r.verdict.message} (${r.took.toFixed(2)} s)`);
    if (r.verdict.status !== 0) failures.push(`${t}: ${r.verdict.message}`);
  }
  if (failures.length)
    throw new UkError(`${lines.join('\n')}\nboot test of ${opts.app} failed: ${failures.join('; ')}`);
  return `${lines.join('\n')}\n`;
};

export default singleExecutor(bootTest);
export const batch = batchExecutor(bootTest);
