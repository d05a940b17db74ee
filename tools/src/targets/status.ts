/**
 * The verdict of a boot, taken only from the guest: every platform prints
 * one status line last, in one format: "ukraft: main returned <n>" or
 * "ukraft: crashed, status <n>" (plat_putstatus in plat/shared/kprint.h).
 * Without that line the result is a failure of the boot command (QEMU, xl
 * or the linuxu process), whatever its exit code: QEMU exiting 1 on a bad
 * option must not read as isa-debug-exit's "main returned 0".
 */
import { basename } from 'node:path';

const STATUS_LINE = /^(?:\(d\d+\) )?ukraft: (?:main returned (-?\d+)|crashed, status (-?\d+))\r?$/gm;

/** main's status from the last status line in the console output, or undefined. */
export function guestStatus(output: string): { status: number; crashed: boolean } | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of output.matchAll(STATUS_LINE)) last = m;
  if (!last) return undefined;
  if (last[1] !== undefined) return { status: Number(last[1]), crashed: false };
  return { status: Number(last[2]), crashed: true };
}

export interface BootOutcome {
  /** Exit code of the boot command; null when it was killed by a signal. */
  code: number | null;
  signal?: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface Verdict {
  /** main's status when the guest printed it. */
  status?: number;
  /** One line for the user: what main returned, or why nothing is known. */
  message: string;
}

const XEN_CRASH = /^\(XEN\) Domain (\d+) \(vcpu#(\d+)\) crashed/m;
const XEN_CR2 = /^\(XEN\) cr3: [0-9a-f]+ +cr2: ([0-9a-f]+)/m;

/**
 * Xen's own report that it crashed a domain (on its console, with a
 * debug-level dump): a fault Xen could not deliver to the guest, such as
 * a xen-x86_64 PV guest overflowing a stack into its guard page, where
 * the exception frame has nowhere to go (docs/security.md).
 */
export function xenCrash(output: string): string | undefined {
  const m = XEN_CRASH.exec(output);
  if (!m) return undefined;
  const cr2 = XEN_CR2.exec(output)?.[1];
  return `Xen crashed domain ${m[1]} (vcpu ${m[2]}) before it printed a status line${cr2 ? `, cr2 0x${cr2.replace(/^0+(?=.)/, '')}` : ''}`;
}

/** What a boot means, from the guest's status line only (or Xen's crash report). */
export function bootVerdict(cmd: string, o: BootOutcome, timeoutS: number): Verdict {
  const name = basename(cmd);
  if (o.timedOut) return { message: `did not stop within ${timeoutS} s (killed)` };
  const g = guestStatus(o.stdout);
  if (g) return { status: g.status, message: g.crashed ? `crashed, status ${g.status}` : `main returned ${g.status}` };
  const xen = xenCrash(o.stdout);
  if (xen) return { message: xen };
  const how = o.code === null ? `was killed by ${o.signal ?? 'a signal'}` : `exited with code ${o.code}`;
  const said = o.stderr.trim() ? `:\n${o.stderr.trim()}` : '';
  if (!o.stdout.trim())
    return { message: `${name} failed to start: it ${how} before the guest printed anything${said}` };
  return { message: `the guest printed no status line; ${name} ${how}${said}` };
}
