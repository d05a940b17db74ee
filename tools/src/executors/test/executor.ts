/**
 * test executor on apps: boot each image with the app's run defaults and
 * pass when main returned 0 within the time bound. Cached on the images,
 * so `nx affected -t test` boots only what a change touched.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { targetSpec } from '../../targets';
import { selectTargets } from '../build/executor';
import { UkError } from '../../util/errors';
import { batchExecutor, singleExecutor, type TaskWork } from '../../util/batch';
import { limited } from '../../util/limit';

export interface TestOptions {
  app: string;
  targets: string[];
  images: Record<string, string>;
  memory?: string;
  args?: string[];
  timeout?: number;
}

function boot(cmd: string, args: string[], cwd: string, timeoutS: number): Promise<{ code: number; out: string; timedOut: boolean }> {
  return new Promise((res, rej) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutS * 1000);
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', rej);
    child.on('close', (code) => {
      clearTimeout(timer);
      res({ code: code ?? -1, out, timedOut });
    });
  });
}

export const bootTest: TaskWork<TestOptions> = async (opts, root, configuration) => {
  const lines: string[] = [];
  const failures: string[] = [];
  for (const t of selectTargets(opts, configuration)) {
    const spec = targetSpec(t);
    const b = spec.boot(resolve(root, opts.images[t]!), { memory: opts.memory ?? '64M', args: opts.args ?? [], workspaceRoot: root });
    const start = Date.now();
    const r = await limited(() => boot(b.cmd, b.args, root, opts.timeout ?? 120));
    const line = b.statusLine?.exec(r.out);
    const status = r.timedOut ? undefined : (b.status(r.code) ?? (line ? Number(line[1]) : undefined));
    const took = ((Date.now() - start) / 1000).toFixed(2);
    lines.push(r.out.trimEnd());
    const verdict = r.timedOut ? `did not stop within ${opts.timeout ?? 120} s` : status === 0 ? 'main returned 0' : status === undefined ? `exit code ${r.code}, main's status unknown` : `main returned ${status}`;
    lines.push(`${opts.app} ${t}: ${verdict} (${took} s)`);
    if (status !== 0) failures.push(`${t}: ${verdict}`);
  }
  if (failures.length) throw new UkError(`${lines.join('\n')}\nboot test of ${opts.app} failed: ${failures.join('; ')}`);
  return `${lines.join('\n')}\n`;
};

export default singleExecutor(bootTest);
export const batch = batchExecutor(bootTest);
