/**
 * What a build target (`<plat>-<arch>`) means to the toolchain, the image
 * step and the boot step. One file per target in this folder; adding a
 * platform or an architecture adds files here (see docs/contributing.md).
 */

export interface BootOptions {
  memory: string;
  args: readonly string[];
  /** QEMU machine, where the target has a choice (kvm-x86_64: microvm, pc, q35). */
  machine?: string;
  /** Workspace root, for targets that keep downloaded artefacts in its cache folder. */
  workspaceRoot?: string;
}

export interface BootCommand {
  cmd: string;
  args: string[];
  /** main's status from the command's exit code, or undefined if unknown. */
  status(exitCode: number): number | undefined;
  /**
   * A line the image prints last whose first group is main's status: used
   * when the exit code does not tell it (xl create -c always exits 0).
   */
  statusLine?: RegExp;
}

export interface ImageStepRequest {
  /** Workspace root; paths below are relative to it. */
  cwd: string;
  app: string;
  /** The stripped image and the image with symbols. */
  image: string;
  debugImage: string;
  /** Boot defaults from the app manifest. */
  memory: string;
  args: readonly string[];
}

export interface GccToolchain {
  /** Compiler driver, e.g. aarch64-linux-gnu-gcc. */
  cc: string;
  /** GNU linker (ld.bfd), for partial and final links. */
  ld: string;
  cflags: readonly string[];
  ldflags: readonly string[];
}

export interface TargetSpec {
  name: string;
  /** Compiler flags specific to this target (before the common ones). */
  cflags: readonly string[];
  /** Extra final-link flags. */
  ldflags: readonly string[];
  /**
   * The GNU toolchain alternative (UK_TOOLCHAIN=gcc, see
   * toolchain/select.ts): programs and the flags that replace cflags and
   * ldflags. Absent: clang only.
   */
  gcc?: GccToolchain;
  /** Platform image step after the link; returns the extra files it wrote. */
  imageStep?(req: ImageStepRequest): Promise<string[]>;
  /** How to start an image of this target. */
  boot(image: string, opts: BootOptions): BootCommand;
}
