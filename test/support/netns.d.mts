/** Types for netns.mjs (plain JS so the benchmarks can share it). */
export interface TapNamespaceBase {
  name: string;
  hostIp: string;
  guestIp: string;
  dispose(): void;
}
export declare function makeTapNamespace(tag: string, mtu?: number): TapNamespaceBase;
