/**
 * run executor: boot the image of one target with the console on this
 * terminal; succeeds when main returned 0.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExecutorContext } from '@nx/devkit';
import { targetSpec } from '../../targets';
import { UkError } from '../../util/errors';
import { reportFailure } from '../../util/report';
import { selectTargets } from '../build/executor';

export interface RunOptions {
  app: string;
  target?: string;
  targets: string[];
  images: Record<string, string>;
  memory?: string;
  args?: string[] | string;
  machine?: string;
  timeout?: number;
}

function waitFor(cmd: string, args: string[], cwd: string, timeoutS: number): Promise<number> {
  return new Promise((res, rej) => {
    const child = spawn(cmd, args, { cwd, stdio: 'inherit' });
    const timer = timeoutS > 0 ? setTimeout(() => child.kill('SIGKILL'), timeoutS * 1000) : undefined;
    child.on('error', rej);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      res(code ?? (signal === 'SIGKILL' && timer ? -2 : -1));
    });
  });
}

export default async function runExecutor(opts: RunOptions, ctx: ExecutorContext): Promise<{ success: boolean }> {
  try {
    const target = opts.target ?? selectTargets(opts, ctx.configurationName)[0]!;
    selectTargets(opts, target);
    const image = opts.images[target]!;
    if (!existsSync(resolve(ctx.root, image))) throw new UkError(`${image} does not exist; build it with 'nx build ${opts.app} --configuration=${target}'`);
    const args = typeof opts.args === 'string' ? opts.args.split(/\s+/).filter(Boolean) : (opts.args ?? []);
    const boot = targetSpec(target).boot(resolve(ctx.root, image), { memory: opts.memory ?? '64M', args, machine: opts.machine });
    const code = await waitFor(boot.cmd, boot.args, ctx.root, opts.timeout ?? 0);
    if (code === -2) throw new UkError(`${opts.app} (${target}) did not stop within ${opts.timeout} s`);
    const status = boot.status(code);
    console.log(`\n${opts.app} (${target}): ${status === undefined ? `exit code ${code}, main's status unknown` : `main returned ${status}`}`);
    return { success: status === 0 };
  } catch (e) {
    return reportFailure(e);
  }
}
