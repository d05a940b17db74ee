/** Types for copy-workspace.mjs (plain JS so the benchmarks can share it). */
/** Copy the work tree into a new folder named <prefix>XXXXXX; returns its path. */
export declare function copyWorkspace(prefix: string): string;
