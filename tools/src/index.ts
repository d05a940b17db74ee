/**
 * @ukraft/nx: the Nx plugin of ukraft. Nx loads createNodes and
 * createDependencies from here; manifests import defineLibrary/defineApp.
 */
export { createNodes } from './graph/nodes';
export { createDependencies } from './graph/dependencies';
export { preTasksExecution } from './graph/pre-tasks';
export { postTasksExecution } from './graph/post-tasks';
export { defineApp, defineLibrary } from './manifest/define';
export type { AppManifestInput, LibraryManifestInput } from './manifest/schema';
/** Each target's toolchain, image and boot description (bench/ boots images the way `nx run` does). */
export { targetSpec } from './targets';
/** Xen in QEMU with the Linux dom0 of `nx run` (bench/xen-httpd.mjs runs domUs in it). */
export { xenHypervisor } from './xen/hypervisor';
export { linuxDom0, linuxDom0QemuArgs, writeDom0Initrd } from './xen/dom0';
