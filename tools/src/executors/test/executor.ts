/**
 * test executor on apps: boot each image with the app's run defaults and
 * pass when main returned 0 within the time bound. Cached on the images,
 * so `nx affected -t test` boots only what a change touched.
 */
import { resolve } from 'node:path';
import { targetSpec } from '../../targets';
import { bootVerdict } from '../../targets/status';
import { notDeclared, selectTargets } from '../build/executor';
import { UkError } from '../../util/errors';
import { batchExecutor, singleExecutor, type TaskWork } from '../../util/batch';
import { runBoot } from '../../targets/boot-process';
import { limited } from '../../util/limit';
import { runDefaults } from '../../manifest/run-defaults';
import { mainArguments } from '../../util/words';
import { checkMemory, initrdFor } from '../run/executor';
import { symbolizeCrash } from '../../debug/symbolize';

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
  const defaults = runDefaults(root, opts.manifest);
  for (const t of targets) {
    const spec = targetSpec(t);
    const timeout = opts.timeout && opts.timeout > 0 ? opts.timeout : 120;
    const b = spec.boot(resolve(root, opts.images[t]!), {
      memory: checkMemory(opts.memory ?? defaults.memory),
      args: mainArguments(opts.args, defaults.testArgs ?? defaults.args),
      workspaceRoot: root,
      initrd: initrdFor(opts, t, root),
    });
    const start = Date.now();
    const r = await limited(() =>
      runBoot(b.cmd, b.args, root, timeout, { echo: false, stdin: 'ignore', env: b.env }),
    ).finally(() => b.cleanup?.());
    const { status, message: verdict } = bootVerdict(b.cmd, r, timeout);
    const took = ((Date.now() - start) / 1000).toFixed(2);
    lines.push(r.stdout.trimEnd());
    const symbols = symbolizeCrash(`${r.stdout}\n${r.stderr}`, `${resolve(root, opts.images[t]!)}.dbg`, root);
    if (symbols) lines.push(symbols);
    lines.push(`${opts.app} ${t}: ${verdict} (${took} s)`);
    if (status !== 0) failures.push(`${t}: ${verdict}`);
  }
  if (failures.length)
    throw new UkError(`${lines.join('\n')}\nboot test of ${opts.app} failed: ${failures.join('; ')}`);
  return `${lines.join('\n')}\n`;
};

export default singleExecutor(bootTest);
export const batch = batchExecutor(bootTest);
