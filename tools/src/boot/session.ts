/**
 * One boot of one image, for every executor that boots (`run`, `test`,
 * `debug`): the app's boot defaults and the user's options become the
 * target's boot command (prepareBoot), the command runs under a time bound
 * (bootImage; `debug` starts it behind its gdb stub instead), and the end
 * of its output becomes the verdict, from the guest's status line only,
 * with a crash's backtrace symbolized from the `.dbg` (explainBoot).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runDefaults } from '../manifest/run-defaults';
import { symbolizeCrash } from '../debug/symbolize';
import { writeTraceFiles } from '../debug/trace-files';
import { targetSpec } from '../targets';
import { runBoot } from '../targets/boot-process';
import { checkImageFits } from '../targets/min-memory';
import { bootVerdict, type BootOutcome, type Verdict } from '../targets/status';
import type { BootCommand, PortForward } from '../targets/types';
import { UkError } from '../util/errors';
import { mainArguments } from '../util/words';
import { checkMemory, diskFor, initrdFor, parseForward } from './options';

/**
 * What boots: `run` (the console on this terminal, port forwards, a disk),
 * `test` (main's arguments from run.testArgs when the app has them) or
 * `debug` (stopped behind a gdb stub) or `profile` (with ukprof, output kept whole).
 */
export type BootKind = 'run' | 'test' | 'debug' | 'profile';

export interface BootRequest {
  kind: BootKind;
  app: string;
  target: string;
  /** Workspace root; the paths below are relative to it. */
  root: string;
  /** The stripped image; its symbols are `<image>.dbg`. */
  image: string;
  /** The app manifest, whose `run` block holds the defaults of the options below. */
  manifest: string;
  memory?: string;
  /** main's arguments as given (util/words.ts), replacing the manifest's. */
  args?: string[] | string;
  machine?: string;
  /** `run` only: TCP forwards from 127.0.0.1, replacing run.forward. */
  forward?: PortForward[] | string;
  /** An initrd from the command line, else the one the build wrote for the target. */
  initrd?: string;
  initrds?: Record<string, string>;
  /** `run` only: a raw disk image for a virtio-blk device. */
  disk?: string;
}

export interface PreparedBoot {
  app: string;
  target: string;
  root: string;
  /** Absolute paths of the image and its symbols. */
  image: string;
  dbg: string;
  boot: BootCommand;
  /** The forwards the boot sets up (kvm: host ports; xen: the domU port its dom0 curls). */
  forward: PortForward[];
}

/** The boot command of a request, every option checked; a UkError names the bad one. */
export function prepareBoot(req: BootRequest): PreparedBoot {
  const image = resolve(req.root, req.image);
  const dbg = `${image}.dbg`;
  const wanted = req.kind === 'debug' ? dbg : image;
  if (!existsSync(image) || !existsSync(wanted))
    throw new UkError(
      `${req.kind === 'debug' ? `${req.image}.dbg` : req.image} does not exist; build it with 'nx build ${req.app} --configuration=${req.target}'`,
    );
  const defaults = runDefaults(req.root, req.manifest);
  const memory = checkMemory(req.memory ?? defaults.memory);
  if (req.target === 'kvm-x86_64') checkImageFits(image, req.image, memory);
  const forwards = req.target.startsWith('kvm-') || req.target.startsWith('xen-');
  const forward = req.kind === 'run' && forwards ? parseForward(req.forward ?? defaults.forward) : [];
  const args = req.kind === 'test' ? (defaults.testArgs ?? defaults.args) : defaults.args;
  const boot = targetSpec(req.target).boot(image, {
    memory,
    args: mainArguments(req.args, args),
    machine: req.machine,
    workspaceRoot: req.root,
    forward,
    initrd: initrdFor(req, req.target, req.root),
    disk: req.kind === 'run' ? diskFor(req.disk, req.root) : undefined,
  });
  return { app: req.app, target: req.target, root: req.root, image, dbg, boot, forward };
}

export interface BootResult {
  outcome: BootOutcome;
  verdict: Verdict;
  /** The crash's backtrace, symbolized, when there was one and the `.dbg` is there. */
  symbols?: string;
  /** Seconds from start to end. */
  took: number;
}

/** The verdict of an ended boot and its symbolized backtrace. */
export function explainBoot(p: PreparedBoot, outcome: BootOutcome, timeoutS: number): Omit<BootResult, 'took'> {
  const symbols = symbolizeCrash(`${outcome.stdout}\n${outcome.stderr}`, p.dbg, p.root);
  return { outcome, verdict: bootVerdict(p.boot.cmd, outcome, timeoutS), ...(symbols ? { symbols } : {}) };
}

export interface BootRunOptions {
  /** Seconds; 0 waits forever. */
  timeout: number;
  /** Echo the console to this terminal as it comes. */
  echo: boolean;
  /** The guest's console input: this terminal's, or none. */
  stdin: 'inherit' | 'ignore';
  /** Bytes of output kept for the result (default: the last 64 KiB, enough for a verdict). */
  keep?: number;
}

/** Run a prepared boot to its end (or the time bound) and explain it. */
export async function bootImage(p: PreparedBoot, o: BootRunOptions): Promise<BootResult> {
  const start = Date.now();
  const outcome = await runBoot(p.boot.cmd, p.boot.args, p.root, o.timeout, {
    echo: o.echo,
    stdin: p.boot.stdin ?? o.stdin,
    env: p.boot.env,
    ...(o.keep ? { keep: o.keep } : {}),
  }).finally(() => p.boot.cleanup?.());
  return { ...explainBoot(p, outcome, o.timeout), took: (Date.now() - start) / 1000 };
}

/** The trace files of a boot whose image has uktrace (debug/trace-files.ts): the line saying where, or undefined. */
export function traceFilesOf(p: PreparedBoot, r: BootResult): string | undefined {
  return writeTraceFiles(r.outcome.stdout, p.image, p.root);
}
