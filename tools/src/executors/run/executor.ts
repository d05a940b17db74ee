/**
 * run executor: boot the image of one target with the console on this
 * terminal; succeeds only when the guest's status line says main
 * returned 0 (targets/status.ts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExecutorContext } from '@nx/devkit';
import { runDefaults } from '../../manifest/run-defaults';
import { guestMemory } from '../../manifest/schema';
import { checkImageFits } from '../../targets/min-memory';
import { targetSpec } from '../../targets';
import { bootVerdict } from '../../targets/status';
import { runBoot } from '../../targets/boot-process';
import type { PortForward } from '../../targets/types';
import { UkError } from '../../util/errors';
import { reportFailure } from '../../util/report';
import { mainArguments } from '../../util/words';
import { selectTargets } from '../build/executor';
import { symbolizeCrash } from '../../debug/symbolize';
import { writeTraceFiles } from '../../debug/trace-files';

export interface RunOptions {
  app: string;
  target?: string;
  targets: string[];
  images: Record<string, string>;
  /** The app manifest: run.memory, run.args and run.forward are the defaults of the options below. */
  manifest: string;
  /** --memory: replaces run.memory. */
  memory?: string;
  /** --args: replaces run.args (util/words.ts). */
  args?: string[] | string;
  machine?: string;
  timeout?: number;
  /** --forward=HOST:GUEST[,HOST:GUEST]: replaces the manifest's run.forward (TCP from 127.0.0.1). */
  forward?: PortForward[] | string;
  /** Per target, the initrd the build wrote (apps with initrd.files). */
  initrds?: Record<string, string>;
  /** An initrd (cpio newc) to pass instead, from the command line. */
  initrd?: string;
  /** A raw disk image for a virtio-blk device (kvm), from the command line. */
  disk?: string;
}

/** --disk, resolved and checked to exist (QEMU would create nothing and fail late). */
export function diskFor(disk: string | undefined, root: string): string | undefined {
  if (disk === undefined) return undefined;
  const p = resolve(root, disk);
  if (!existsSync(p)) throw new UkError(`--disk=${disk} does not exist (make one, e.g. truncate -s 64M ${disk})`);
  return p;
}

/** The initrd to boot target with (--initrd, else the app's), checked to exist. */
export function initrdFor(
  opts: Pick<RunOptions, 'initrd' | 'initrds'>,
  target: string,
  root: string,
): string | undefined {
  const f = opts.initrd ?? opts.initrds?.[target];
  if (f === undefined) return undefined;
  const p = resolve(root, f);
  if (!existsSync(p)) throw new UkError(`initrd ${f} does not exist (the build writes the app's beside the image)`);
  return p;
}

/** The forwards from the option: objects from the manifest, or "8080:80,8443:443" on the command line. */
export function parseForward(f: PortForward[] | string | undefined): PortForward[] {
  if (f === undefined) return [];
  if (typeof f !== 'string') return f;
  return f
    .split(',')
    .filter(Boolean)
    .map((pair) => {
      const m = /^(\d+):(\d+)$/.exec(pair.trim());
      const ok = (n: number) => n >= 1 && n <= 65535;
      if (!m || !ok(Number(m[1])) || !ok(Number(m[2])))
        throw new UkError(`--forward=${f}: '${pair}' is not HOST:GUEST with two TCP ports (1-65535)`);
      return { host: Number(m[1]), guest: Number(m[2]) };
    });
}

/** --memory checked like run.memory in the manifest. */
export function checkMemory(memory: string): string {
  const r = guestMemory.safeParse(memory);
  if (!r.success) throw new UkError(`--memory=${memory}: ${r.error.issues[0]!.message} (as run.memory in uk.app.ts)`);
  return memory;
}

/** --timeout: seconds, 0 for none. */
export function checkTimeout(timeout: unknown): number {
  const t = timeout ?? 0;
  if (typeof t !== 'number' || !Number.isFinite(t) || t < 0)
    throw new UkError(`--timeout=${String(timeout)}: must be a number of seconds (0: no timeout)`);
  return t;
}

/**
 * `--args` exactly as the shell gave it: Nx's parser drops a matching
 * pair of quotes around a `--args=...` value ('"x  y"' became two words)
 * and turns `--args=5` into a number, so the raw override is read back
 * from the task graph when it is there.
 */
export function rawArgs(opts: RunOptions, ctx: ExecutorContext): string[] | string | undefined {
  const task = Object.values(ctx.taskGraph?.tasks ?? {}).find(
    (t) => t.target.project === ctx.projectName && t.target.target === ctx.targetName,
  );
  const unparsed = (task?.overrides as { __overrides_unparsed__?: unknown } | undefined)?.__overrides_unparsed__;
  if (!Array.isArray(unparsed)) return opts.args;
  const values: string[] = [];
  for (let i = 0; i < unparsed.length; i++) {
    const a = String(unparsed[i]);
    if (a.startsWith('--args=')) values.push(a.slice('--args='.length));
    else if (a === '--args' && i + 1 < unparsed.length) values.push(String(unparsed[++i]));
  }
  return values.length ? values : opts.args;
}

export default async function runExecutor(opts: RunOptions, ctx: ExecutorContext): Promise<{ success: boolean }> {
  try {
    if (ctx.configurationName) selectTargets(opts, ctx.configurationName);
    const target = opts.target ?? selectTargets(opts, ctx.configurationName)[0]!;
    selectTargets(opts, target);
    const image = opts.images[target]!;
    if (!existsSync(resolve(ctx.root, image)))
      throw new UkError(`${image} does not exist; build it with 'nx build ${opts.app} --configuration=${target}'`);
    const defaults = runDefaults(ctx.root, opts.manifest);
    const memory = checkMemory(opts.memory ?? defaults.memory);
    if (target === 'kvm-x86_64') checkImageFits(resolve(ctx.root, image), image, memory);
    const timeout = checkTimeout(opts.timeout);
    const forward =
      target.startsWith('kvm-') || target === 'xen-x86_64' ? parseForward(opts.forward ?? defaults.forward) : [];
    const boot = targetSpec(target).boot(resolve(ctx.root, image), {
      memory,
      args: mainArguments(rawArgs(opts, ctx), defaults.args),
      machine: opts.machine,
      workspaceRoot: ctx.root,
      forward,
      initrd: initrdFor(opts, target, ctx.root),
      disk: diskFor(opts.disk, ctx.root),
    });
    for (const f of target.startsWith('kvm-') ? forward : [])
      console.log(
        `${opts.app} (${target}): open http://127.0.0.1:${f.host}/ (forwarded to the guest's port ${f.guest})`,
      );
    const outcome = await runBoot(boot.cmd, boot.args, ctx.root, timeout, {
      echo: true,
      stdin: boot.stdin ?? 'inherit',
      env: boot.env,
    }).finally(() => boot.cleanup?.());
    const symbols = symbolizeCrash(`${outcome.stdout}\n${outcome.stderr}`, `${resolve(ctx.root, image)}.dbg`, ctx.root);
    if (symbols) console.log(`\n${symbols}`);
    const trace = writeTraceFiles(outcome.stdout, resolve(ctx.root, image), ctx.root);
    if (trace) console.log(trace);
    const v = bootVerdict(boot.cmd, outcome, timeout);
    const text = `${opts.app} (${target}): ${v.message}`;
    if (v.status === undefined) console.error(`\n${text}`);
    else console.log(`\n${text}`);
    return { success: v.status === 0 };
  } catch (e) {
    return reportFailure(e);
  }
}
