/**
 * How to debug an image of each target: the boot command started stopped
 * behind a gdb remote stub on 127.0.0.1:<port>, and the gdb commands that
 * load the `.dbg`, find the sources, connect and stop at the breakpoint.
 *
 * - kvm-*: QEMU's gdbstub (`-gdb tcp:…` and `-S`: no instruction runs
 *   before gdb says continue).
 * - linuxu-x86_64: gdbserver runs the process (stopped at its first
 *   instruction).
 * - linuxu-arm64: qemu-aarch64 `-g <port>` (natively on an arm64 host:
 *   gdbserver).
 * - xen-*: not supported (docs/debugging.md says why).
 */
import { findTool } from '../../toolchain/tools';
import type { BootCommand } from '../../targets/types';
import { UkError } from '../../util/errors';
import { quoteWord } from '../../util/words';

/** What the debug executor starts and what gdb is told. */
export interface DebugPlan {
  /** The stopped boot: its status and statusLine as for `run`. */
  boot: BootCommand;
  /** gdb program. */
  gdb: string;
  /** gdb's arguments before the commands: quiet, the symbol file. */
  gdbArgs: string[];
  /** Commands gdb runs in order (each one `-ex`), ending with `continue`. */
  commands: string[];
  /** The remote stub's address. */
  remote: string;
}

export interface DebugRequest {
  target: string;
  /** The image as `run` boots it (its boot command is the starting point). */
  boot: BootCommand;
  /** The image with symbols. */
  dbg: string;
  /** Workspace root: source paths in the debug info are relative to it. */
  root: string;
  port: number;
  /** Where to stop first: a gdb location (`main`, `file.c:12`, `*0x1000`). */
  breakAt: string;
  /** ukraft-gdb.py, when it is there. */
  helper?: string;
}

/** gdb's architecture name per target architecture. */
const GDB_ARCH: Record<string, string> = { x86_64: 'i386:x86-64', arm64: 'aarch64' };

/** The stub's command: the boot command, stopped and listening on the port. */
function stoppedBoot(r: DebugRequest, host: string): BootCommand {
  const [plat, arch] = r.target.split('-') as [string, string];
  const b = r.boot;
  if (plat === 'kvm') return { ...b, args: [...b.args, '-gdb', `tcp:${host}:${r.port}`, '-S'] };
  if (plat === 'linuxu' && arch === 'x86_64')
    return { ...b, cmd: findTool('gdbserver'), args: [`${host}:${r.port}`, b.cmd, ...b.args] };
  if (plat === 'linuxu' && arch === 'arm64') {
    // On an x86_64 host the boot is qemu-aarch64 <image> …; on arm64 the image itself.
    if (/qemu-aarch64$/.test(b.cmd)) return { ...b, args: ['-g', String(r.port), ...b.args] };
    return { ...b, cmd: findTool('gdbserver'), args: [`${host}:${r.port}`, b.cmd, ...b.args] };
  }
  throw new UkError(
    `debug: ${r.target} is not supported: a Xen guest runs under the hypervisor, whose gdbstub ` +
      `(QEMU's, on the whole machine) does not know the domain's address space; see docs/debugging.md`,
  );
}

/** The debugging plan for one image. */
export function debugPlan(r: DebugRequest): DebugPlan {
  const host = '127.0.0.1';
  const arch = r.target.split('-')[1]!;
  const boot = stoppedBoot(r, host);
  const kvmX86 = r.target === 'kvm-x86_64';
  const commands = [
    'set pagination off',
    'set confirm off',
    // The frames below main (ukplat_entry, the platform's entry) are the image's too.
    'set backtrace past-main on',
    // DW_AT_comp_dir is "." (docs/reproducible.md): sources are relative to the workspace.
    `directory ${r.root}`,
    `set architecture ${GDB_ARCH[arch] ?? arch}`,
    // uk-threads, uk-alloc, uk-trace (tools/gdb/ukraft-gdb.py).
    ...(r.helper ? [`source ${r.helper}`] : []),
    // linuxu: the stub runs on this machine; read its files here, not over the wire.
    ...(r.target.startsWith('linuxu-') ? ['set sysroot /'] : []),
    `target remote ${host}:${r.port}`,
    // kvm-x86_64 starts in 32-bit mode (Multiboot/PVH) and switches to
    // 64-bit before main: a hardware breakpoint is checked by QEMU in any
    // mode and needs no write to memory the loader has not filled yet.
    `${kvmX86 ? 'hbreak' : 'break'} ${r.breakAt}`,
    'continue',
  ];
  return { boot, gdb: findTool('gdb-multiarch'), gdbArgs: ['-q', r.dbg], commands, remote: `${host}:${r.port}` };
}

/** The gdb command line a user can paste into a POSIX shell: every command as an -ex. */
export function gdbCommandLine(p: DebugPlan): string {
  return [p.gdb, ...p.gdbArgs, ...p.commands.flatMap((c) => ['-ex', c])].map(quoteWord).join(' ');
}
