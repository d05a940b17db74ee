/**
 * debug executor: boot one image stopped behind a gdb remote stub on a
 * free 127.0.0.1 port (plan.ts) and attach gdb-multiarch with the
 * `.dbg`, the source directory and a breakpoint (`--break`, default
 * main). `--no-attach` prints the gdb command line and a VS Code
 * launch.json entry instead and waits for the image to end. Succeeds
 * when gdb exits 0 (attached) or main returns 0 (--no-attach).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExecutorContext } from '@nx/devkit';
import { checkTimeout } from '../../boot/options';
import { explainBoot, prepareBoot, type PreparedBoot } from '../../boot/session';
import { UkError } from '../../util/errors';
import { reportFailure } from '../../util/report';
import { oneTarget } from '../../manifest/select-targets';
import { bootRequest, type RunOptions } from '../run/executor';
import { debugPlan, gdbCommandLine, type DebugPlan } from './plan';
import { freePort, startStub, waitListening, type Stub } from './stub';

export interface DebugOptions extends Omit<RunOptions, 'forward'> {
  /** gdb location of the first stop (default main). */
  break?: string;
  /** false (--no-attach): print the commands instead of starting gdb. */
  attach?: boolean;
  /** TCP port of the stub on 127.0.0.1 (default: a free one). */
  port?: number;
}

/** A VS Code launch.json configuration (C/C++ extension, cppdbg) for the plan. */
export function vscodeLaunch(p: DebugPlan, name: string, root: string): object {
  const rel = (s: string) => s.split(root).join('${workspaceFolder}');
  const remote = p.commands.indexOf(p.commands.find((c) => c.startsWith('target remote'))!);
  return {
    name,
    type: 'cppdbg',
    request: 'launch',
    program: rel(p.gdbArgs[p.gdbArgs.length - 1]!),
    cwd: '${workspaceFolder}',
    MIMode: 'gdb',
    miDebuggerPath: p.gdb,
    miDebuggerServerAddress: p.remote,
    setupCommands: p.commands
      .slice(0, remote)
      .filter((c) => !c.startsWith('set confirm') && !c.startsWith('set pagination'))
      .map((c) => ({ text: rel(c) })),
    postRemoteConnectCommands: p.commands.slice(remote + 1, -1).map((c) => ({ text: c })),
  };
}

function checkPort(port: unknown): number | undefined {
  if (port === undefined) return undefined;
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535)
    throw new UkError(`--port=${String(port)}: must be a TCP port (1-65535)`);
  return port;
}

/** Run gdb on this terminal; its exit code. Ctrl-C goes to gdb (which stops the guest), not to us. */
function runGdb(p: DebugPlan, root: string): Promise<number> {
  const ignore = () => {};
  process.on('SIGINT', ignore);
  return new Promise<number>((res, rej) => {
    const gdb = spawn(p.gdb, [...p.gdbArgs, ...p.commands.flatMap((c) => ['-ex', c])], { cwd: root, stdio: 'inherit' });
    gdb.on('error', rej);
    gdb.on('close', (code) => res(code ?? 1));
  }).finally(() => process.off('SIGINT', ignore));
}

/** Wait for the stub to end, at most ms (0: forever); false when the time ran out. */
async function ended(stub: Stub, ms: number): Promise<boolean> {
  if (ms <= 0) {
    await stub.done;
    return true;
  }
  let timer: NodeJS.Timeout | undefined;
  const out = await Promise.race([
    stub.done.then(() => true),
    new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms))),
  ]);
  clearTimeout(timer);
  return out;
}

export default async function debugExecutor(opts: DebugOptions, ctx: ExecutorContext): Promise<{ success: boolean }> {
  let stub: Stub | undefined;
  let prepared: PreparedBoot | undefined;
  try {
    const target = oneTarget(opts, ctx.configurationName);
    const timeout = checkTimeout(opts.timeout);
    prepared = prepareBoot(bootRequest('debug', opts, ctx, target));
    const port = checkPort(opts.port) ?? (await freePort());
    // The plugin is bundled into tools/dist/executors/: the helper is tools/gdb/.
    const helper = resolve(__dirname, '..', '..', 'gdb', 'ukraft-gdb.py');
    const plan = debugPlan({
      target,
      boot: prepared.boot,
      dbg: prepared.dbg,
      root: ctx.root,
      port,
      breakAt: opts.break ?? 'main',
      helper: existsSync(helper) ? helper : undefined,
    });
    const started = Date.now();
    stub = startStub(plan.boot.cmd, plan.boot.args, ctx.root);
    if (!(await waitListening(port, stub, 10_000))) {
      const o = await Promise.race([stub.done, new Promise<undefined>((r) => setTimeout(r, 1000))]);
      throw new UkError(
        `debug: ${plan.boot.cmd} did not listen on ${plan.remote}${o ? ` (it exited: ${o.stderr.trim()})` : ''}`,
      );
    }
    const left = () => (timeout > 0 ? Math.max(1, timeout * 1000 - (Date.now() - started)) : 0);
    let gdbCode: number | undefined;
    if (opts.attach === false) {
      console.log(`debug: ${opts.app} (${target}) is stopped and waits for gdb on ${plan.remote}`);
      console.log(`debug: attach with:\n  cd ${ctx.root} && ${gdbCommandLine(plan)}`);
      const launch = vscodeLaunch(plan, `ukraft ${opts.app} (${target})`, ctx.root);
      console.log(`debug: VS Code launch.json configuration:\n${JSON.stringify(launch, null, 2)}`);
    } else {
      gdbCode = await runGdb(plan, ctx.root);
      // gdb's quit kills a stub it is attached to; give it a moment, then make sure.
      if (!(await ended(stub, 2000))) stub.kill();
    }
    const inTime = await ended(stub, left());
    if (!inTime) stub.kill();
    const outcome = { ...(await stub.done), timedOut: !inTime };
    const { verdict: v, symbols } = explainBoot({ ...prepared, boot: plan.boot }, outcome, timeout);
    if (symbols) console.log(`\n${symbols}`);
    if (gdbCode !== undefined) {
      console.log(
        `\n${opts.app} (${target}): gdb exited with code ${gdbCode}; the image ${v.status === undefined ? 'was stopped' : `ended: ${v.message}`}`,
      );
      return { success: gdbCode === 0 };
    }
    const text = `${opts.app} (${target}): ${v.message}`;
    if (v.status === undefined) console.error(`\n${text}`);
    else console.log(`\n${text}`);
    return { success: v.status === 0 };
  } catch (e) {
    stub?.kill();
    return reportFailure(e);
  } finally {
    prepared?.boot.cleanup?.();
  }
}
