/**
 * run executor: boot the image of one target with the console on this
 * terminal (boot/session.ts); succeeds only when the guest's status line
 * says main returned 0 (targets/status.ts).
 */
import type { ExecutorContext } from '@nx/devkit';
import { bootImage, prepareBoot, traceFilesOf, type BootKind, type BootRequest } from '../../boot/session';
import { checkTimeout } from '../../boot/options';
import { oneTarget } from '../../manifest/select-targets';
import type { PortForward } from '../../targets/types';
import { reportFailure } from '../../util/report';

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

/**
 * The boot request of an executor that boots one image as `run` does
 * (run, debug, profile): its options, the target, and main's arguments as
 * the shell gave them. boot/session.ts uses of them what the kind needs.
 */
export function bootRequest(
  kind: BootKind,
  opts: Pick<RunOptions, 'app' | 'images' | 'manifest'> & Partial<RunOptions>,
  ctx: ExecutorContext,
  target: string,
): BootRequest {
  return {
    kind,
    app: opts.app,
    target,
    root: ctx.root,
    image: opts.images[target]!,
    manifest: opts.manifest,
    memory: opts.memory,
    args: rawArgs(opts as RunOptions, ctx),
    machine: opts.machine,
    forward: opts.forward,
    initrd: opts.initrd,
    initrds: opts.initrds,
    disk: opts.disk,
  };
}

export default async function runExecutor(opts: RunOptions, ctx: ExecutorContext): Promise<{ success: boolean }> {
  try {
    const target = oneTarget(opts, ctx.configurationName);
    const timeout = checkTimeout(opts.timeout);
    const p = prepareBoot(bootRequest('run', opts, ctx, target));
    for (const f of target.startsWith('kvm-') ? p.forward : [])
      console.log(
        `${opts.app} (${target}): open http://127.0.0.1:${f.host}/ (forwarded to the guest's port ${f.guest})`,
      );
    const r = await bootImage(p, { timeout, echo: true, stdin: 'inherit' });
    if (r.symbols) console.log(`\n${r.symbols}`);
    const trace = traceFilesOf(p, r);
    if (trace) console.log(trace);
    const text = `${opts.app} (${target}): ${r.verdict.message}`;
    if (r.verdict.status === undefined) console.error(`\n${text}`);
    else console.log(`\n${text}`);
    return { success: r.verdict.status === 0 };
  } catch (e) {
    return reportFailure(e);
  }
}
