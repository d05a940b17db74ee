/**
 * menuconfig executor: runs the configurator (an ESM program, Ink) with
 * this terminal, and fails if it does.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { ExecutorContext } from '@nx/devkit';
import { reportFailure } from '../../util/report';
import { UkError } from '../../util/errors';
import { selectTargets } from '../../manifest/select-targets';

export interface MenuconfigOptions {
  app: string;
  targets: string[];
  target?: string;
}

export default async function menuconfig(opts: MenuconfigOptions, ctx: ExecutorContext): Promise<{ success: boolean }> {
  try {
    if (ctx.configurationName) selectTargets(opts, ctx.configurationName);
    if (!process.stdin.isTTY)
      throw new UkError('menuconfig needs a terminal; use config, why, olddefconfig or apply-config in scripts');
    const program = join(__dirname, '..', 'menuconfig.mjs');
    const target = opts.target ?? ctx.configurationName ?? '';
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, [program, ctx.root, opts.app, target], { stdio: 'inherit' });
      child.on('error', reject);
      child.on('close', (c) => resolve(c ?? 1));
    });
    return { success: code === 0 };
  } catch (e) {
    return reportFailure(e);
  }
}
