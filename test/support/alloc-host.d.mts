/** Types for alloc-host.mjs (plain JS so the benchmarks can share it). */
export declare const REPO: string;

export interface HostAllocator {
  /** Short name: region, bbuddy, tlsf. */
  name: string;
  /** The library that implements it. */
  lib: string;
  /** Its consistency-check function, if it has one. */
  check: string | undefined;
  /** Whether it only sustains stack-order (LIFO) use. */
  lifo: boolean;
}

export declare const ALLOCATORS: HostAllocator[];

/** Compile the stress driver for allocator `a` to `out`; throws with clang's output on failure. */
export declare function buildAllocDriver(a: HostAllocator, out: string, opts: { sanitize: boolean }): string;
