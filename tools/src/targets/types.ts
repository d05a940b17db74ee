/**
 * What a build target (`<plat>-<arch>`) means to the image step and the
 * boot step. One file per target in this folder; its compiler and linker
 * flags are a row of toolchain/target-flags.ts. Adding a platform or an
 * architecture adds both (see docs/contributing.md).
 */

export interface BootOptions {
  memory: string;
  args: readonly string[];
  /** QEMU machine, where the target has a choice (kvm-x86_64: microvm, pc, q35). */
  machine?: string;
  /** Workspace root, for targets that keep downloaded artefacts in its cache folder. */
  workspaceRoot?: string;
  /** TCP ports forwarded from 127.0.0.1 to the guest; on kvm they add a NIC on QEMU user networking. */
  forward?: readonly PortForward[];
  /** A cpio newc archive for the guest's initrd library (kvm-x86_64: QEMU -initrd). */
  initrd?: string;
  /** A raw disk image file for a virtio-blk device (kvm), written in place. */
  disk?: string;
}

/** A TCP port forward from the host's 127.0.0.1 to the guest. */
export interface PortForward {
  host: number;
  guest: number;
}

/** QEMU options for a virtio NIC on user networking with forwards (none without forwards). */
export function userNetArgs(forward: readonly PortForward[] | undefined, device: string): string[] {
  if (!forward?.length) return [];
  const fwd = forward.map((f) => `hostfwd=tcp:127.0.0.1:${f.host}-:${f.guest}`).join(',');
  return ['-netdev', `user,id=n0,${fwd}`, '-device', `${device},netdev=n0`];
}

/** QEMU options for a virtio-blk device on a raw image (none without a disk). */
export function diskArgs(disk: string | undefined, device: string): string[] {
  if (!disk) return [];
  // A comma in a -drive value is written twice.
  return ['-drive', `file=${disk.replace(/,/g, ',,')},format=raw,if=none,id=disk0`, '-device', `${device},drive=disk0`];
}

export interface BootCommand {
  cmd: string;
  args: string[];
  /** Environment variables added for the command (linuxu: UK_INITRD). */
  env?: Record<string, string>;
  /** 'ignore': the boot takes no input (default: the terminal's, for a guest console). */
  stdin?: 'ignore';
  /**
   * Removes what the boot needed for itself alone (a device tree in a
   * temporary folder), after the command ended. Boots share no temporary
   * file, socket or port: two boots of one image at once are independent.
   */
  cleanup?(): void;
}

export interface ImageStepRequest {
  /** Workspace root; paths below are relative to it. */
  cwd: string;
  app: string;
  /** The stripped image and the image with symbols. */
  image: string;
  debugImage: string;
  /**
   * Boot defaults from the app manifest (run.memory, run.args), given only
   * to targets whose image step writes them into a file (bootDefaultsInImage);
   * others get undefined, so that the defaults are not in their link hash.
   */
  memory?: string;
  args?: readonly string[];
  /** The xl config gets a vif: the image links a Xen network driver (xen targets only). */
  vif?: boolean;
  /** The app packs an initrd (<image>.initrd.cpio beside the image): the xl config names it as ramdisk. */
  initrd?: boolean;
}

export interface TargetSpec {
  name: string;
  /** Platform image step after the link; returns the extra files it wrote. */
  imageStep?(req: ImageStepRequest): Promise<string[]>;
  /**
   * The image step writes the boot defaults (memory, arguments) into a file
   * beside the image (Xen's .xl.cfg): only then are they link inputs.
   */
  bootDefaultsInImage?: boolean;
  /** How to start an image of this target. */
  boot(image: string, opts: BootOptions): BootCommand;
}
