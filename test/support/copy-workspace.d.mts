/** Types for copy-workspace.mjs (plain JS so the benchmarks can share it). */
/**
 * Copy the work tree into a new folder named <prefix>XXXXXX; returns its path.
 * ownPlugin: the copy builds and loads its own Nx plugin (its tools/).
 */
export declare function copyWorkspace(prefix: string, opts?: { ownPlugin?: boolean }): string;
/**
 * Make dir/node_modules a folder of links to the repository's packages, with
 * @ukraft/nx pointing at plugin (need not exist: a broken link), or none when null.
 */
export declare function linkNodeModules(dir: string, plugin: string | null): void;
/** Undo linkNodeModules: dir/node_modules is again one link to the repository's. */
export declare function shareNodeModules(dir: string): void;
