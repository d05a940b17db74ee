/**
 * Booting arm64 images from tests: the QEMU virt command of the README
 * (kvm-arm64) and qemu-aarch64 (linuxu-arm64), and main's status from
 * the status line a kvm-arm64 image prints last.
 */
import { exec, type Result } from './run';

export const QEMU_ARM64 = 'qemu-system-aarch64';

export interface VirtOptions {
  cpu?: string;
  /** Extra machine properties, e.g. 'virtualization=on' (entered at EL2). */
  machine?: string;
  /** Turn semihosting on in QEMU (the image uses it with ukplat.semihosting=1). */
  semihosting?: boolean;
}

/** The acceptance command: QEMU virt, 64M, -nographic -no-reboot, ELF or Image via -kernel. */
export function qemuVirt(image: string, append: string, o: VirtOptions = {}): string[] {
  return [
    '-M', o.machine ? `virt,${o.machine}` : 'virt', '-cpu', o.cpu ?? 'cortex-a57', '-m', '64M',
    '-nographic', '-no-reboot',
    ...(o.semihosting ? ['-semihosting-config', 'enable=on,target=native'] : []),
    '-kernel', image, '-append', append,
  ];
}

export function bootVirt(image: string, append: string, o: VirtOptions = {}): Result {
  return exec(QEMU_ARM64, qemuVirt(image, append, o), { timeoutS: 90 });
}

/** main's status from the last `ukraft: ...` line (127 for `ukraft: crashed`). */
export function statusLine(out: string): number | undefined {
  const m = [...out.replace(/\r/g, '').matchAll(/^ukraft: (?:main returned (\d+)|(crashed))$/gm)].pop();
  return m ? (m[2] ? 127 : Number(m[1])) : undefined;
}

/** Run a linuxu-arm64 executable: natively on arm64, else under qemu-aarch64. */
export function runLinuxuArm64(image: string, args: string[]): Result {
  return process.arch === 'arm64' ? exec(image, args, { timeoutS: 60 }) : exec('qemu-aarch64', [image, ...args], { timeoutS: 60 });
}
