/**
 * The `xl` domain configuration written beside a Xen image, so that on a
 * Xen host `xl create -c <app>_<target>.xl.cfg` (run from the image's
 * folder) starts it with the app's run defaults.
 */
import { basename, resolve } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { UkError } from '../util/errors';
import { guestCmdline } from '../util/words';

export interface XlConfig {
  name: string;
  /** Path of the kernel as written in the file (relative to where xl runs). */
  kernel: string;
  /** QEMU-style size: 64M, 1G, 524288K. */
  memory: string;
  vcpus: number;
  /** Command-line pieces, joined with spaces (as on kvm's -append). */
  args: readonly string[];
  /** "pv" on x86_64; arm guests have a single type and need none. */
  type?: 'pv' | 'pvh';
  /** One network interface on XL_BRIDGE (the image has a network driver). */
  vif?: boolean;
  /** The initrd xl loads as the first module (start_info's mod_start on x86_64, /chosen on arm). */
  ramdisk?: string;
}

/**
 * The bridge the vif joins: the one the Xen test harness makes in its
 * Linux dom0 (test/support/xen-dom0.sh). A host whose bridge is called
 * otherwise overrides it: xl create -c <cfg> 'vif=["bridge=xenbr0"]'.
 */
export const XL_BRIDGE = 'br0';

/** Libraries that are a Xen network front end: an image with one gets a vif. */
const XEN_NETWORK_DRIVERS = ['netfront'];

/** True if the image's libraries include a Xen network driver. */
export function hasNetworkDriver(libraries: readonly string[]): boolean {
  return libraries.some((l) => XEN_NETWORK_DRIVERS.includes(l));
}

/** Megabytes of a size such as 64M, 1G or 65536K (xl's memory is in MiB). */
export function memoryMiB(size: string): number {
  const m = /^(\d+)\s*([KMG]?)i?B?$/i.exec(size.trim());
  if (!m) throw new UkError(`memory size '${size}' is not understood (use e.g. 64M or 1G)`);
  const n = Number(m[1]);
  const unit = (m[2] ?? '').toUpperCase();
  const mib =
    unit === 'G' ? n * 1024 : unit === 'K' ? Math.ceil(n / 1024) : unit === 'M' ? n : Math.ceil(n / (1024 * 1024));
  return Math.max(mib, 4);
}

/** An xl string literal. */
function xlString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function xlConfigText(c: XlConfig): string {
  return [
    `# xl domain configuration, written by the ukraft build.`,
    `# On a Xen host, from this folder: xl create -c ${c.name}.xl.cfg`,
    `name = ${xlString(c.name)}`,
    ...(c.type ? [`type = ${xlString(c.type)}`] : []),
    `kernel = ${xlString(c.kernel)}`,
    ...(c.ramdisk ? [`ramdisk = ${xlString(c.ramdisk)}`] : []),
    `memory = ${memoryMiB(c.memory)}`,
    `vcpus = ${c.vcpus}`,
    `extra = ${xlString(guestCmdline(c.args))}`,
    ...(c.vif ? [`vif = ['bridge=${XL_BRIDGE}']`] : []),
    // Success ends the domain as poweroff, failure as crash: both just go away.
    `on_poweroff = "destroy"`,
    `on_crash = "destroy"`,
    '',
  ].join('\n');
}

/** Write `<image>.xl.cfg` beside the image (kernel: the file xl loads, default the image); returns its path. */
export function writeXlConfig(
  cwd: string,
  image: string,
  c: Omit<XlConfig, 'kernel' | 'name' | 'ramdisk'> & { kernel?: string; ramdisk?: boolean },
): string {
  const file = `${image}.xl.cfg`;
  const text = xlConfigText({
    ...c,
    name: basename(image),
    kernel: basename(c.kernel ?? image),
    ramdisk: c.ramdisk ? `${basename(image)}.initrd.cpio` : undefined,
  });
  writeFileAtomic(resolve(cwd, file), text);
  return file;
}
