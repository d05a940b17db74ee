/** Types for udp-client.mjs (plain JS so the benchmark can share it). */
export interface ExchangeResult {
  sent: number;
  received: number;
  mismatched: number;
  lost: number;
  rttMs: number[];
}
export declare function rng(seed: number): () => number;
export declare function payloads(count: number, seed: number, max?: number): Buffer[];
export declare function exchange(o: {
  host: string;
  port: number;
  list: Buffer[];
  timeoutMs?: number;
  tries?: number;
}): Promise<ExchangeResult>;
export declare function stats(o: {
  host: string;
  port: number;
  timeoutMs?: number;
}): Promise<Record<string, number> | null>;
export declare function measure(o: {
  host: string;
  port: number;
  rttCount?: number;
  seconds?: number;
  window?: number;
  size?: number;
}): Promise<{ rttMs: number[]; seqLost: number; perSecond: number; lost: number }>;
