/**
 * How each target boots: the command line that starts an image and how
 * the exit code of that command maps back to main's return value.
 */
import { UkError } from '../util/errors';
import { findTool } from '../toolchain/tools';

export interface BootOptions {
  memory: string;
  args: readonly string[];
  machine: 'microvm' | 'pc' | 'q35';
}

export interface BootCommand {
  cmd: string;
  args: string[];
  /** main's status from the command's exit code, or undefined if unknown. */
  status(exitCode: number): number | undefined;
}

export function bootCommand(target: string, image: string, o: BootOptions): BootCommand {
  switch (target) {
    case 'kvm-x86_64':
      return {
        cmd: findTool('qemu-system-x86_64'),
        args: [
          '-M', o.machine, '-accel', 'tcg', '-cpu', 'max', '-m', o.memory,
          '-nodefaults', '-no-user-config', '-nographic', '-serial', 'stdio',
          '-device', 'isa-debug-exit,iobase=0xf4,iosize=4',
          '-kernel', image, '-append', o.args.join(' '),
        ],
        // isa-debug-exit: QEMU exits (v << 1) | 1. A plain 0 is an ACPI power-off.
        status: (code) => (code & 1 ? code >> 1 : code === 0 ? 0 : undefined),
      };
    case 'linuxu-x86_64':
      return { cmd: image, args: [...o.args], status: (code) => code };
    default:
      throw new UkError(`ukraft does not know how to boot target ${target} yet`);
  }
}
