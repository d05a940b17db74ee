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

/** Run the boot command with this terminal; stdout is also kept when a status line is looked for. */
function waitFor(cmd: string, args: string[], cwd: string, timeoutS: number, keepOutput: boolean): Promise<{ code: number; output: string }> {
  return new Promise((res, rej) => {
    const child = spawn(cmd, args, { cwd, stdio: ['inherit', keepOutput ? 'pipe' : 'inherit', 'inherit'] });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => {
      process.stdout.write(d);
      output = (output + d.toString()).slice(-65536);
    });
    const timer = timeoutS > 0 ? setTimeout(() => child.kill('SIGKILL'), timeoutS * 1000) : undefined;
    child.on('error', rej);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      res({ code: code ?? (signal === 'SIGKILL' && timer ? -2 : -1), output });
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
    const boot = targetSpec(target).boot(resolve(ctx.root, image), { memory: opts.memory ?? '64M', args, machine: opts.machine, workspaceRoot: ctx.root });
    const { code, output } = await waitFor(boot.cmd, boot.args, ctx.root, opts.timeout ?? 0, boot.statusLine !== undefined);
    if (code === -2) throw new UkError(`${opts.app} (${target}) did not stop within ${opts.timeout} s`);
    const line = boot.statusLine?.exec(output);
    const status = boot.status(code) ?? (line ? Number(line[1]) : undefined);
    console.log(`\n${opts.app} (${target}): ${status === undefined ? `exit code ${code}, main's status unknown` : `main returned ${status}`}`);
    return { success: status === 0 };
  } catch (e) {
    return reportFailure(e);
  }
}
