/** Types for copy-workspace.mjs (plain JS so the benchmarks can share it). */
/**
 * Copy the work tree into a new folder named <prefix>XXXXXX; returns its path.
 * ownPlugin: the copy builds and loads its own Nx plugin (its tools/).
 */
export declare function copyWorkspace(prefix: string, opts?: { ownPlugin?: boolean }): string;
