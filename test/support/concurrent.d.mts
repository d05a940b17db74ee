/** Types for concurrent.mjs (plain JS so the benchmarks can share it). */
import type { ChildProcess } from 'node:child_process';

export interface NxResult {
  code: number;
  signal: NodeJS.Signals | null;
  out: string;
  ms: number;
}
export declare const TEMP_NAME: RegExp;
export declare function clean(dir: string): void;
export declare function startNx(
  dir: string,
  args: readonly string[],
  timeoutS?: number,
  opts?: { detached?: boolean },
): { child: ChildProcess; done: Promise<NxResult> };
export declare function concurrently(
  dir: string,
  args: readonly string[],
  count: number,
  maxGapMs?: number,
  timeoutS?: number,
): Promise<{ results: NxResult[]; delays: number[] }>;
export declare function tree(dir: string): Map<string, string>;
export declare function diffTrees(expected: Map<string, string>, actual: Map<string, string>): string[];
export declare function leftoverTemps(dir: string): string[];
