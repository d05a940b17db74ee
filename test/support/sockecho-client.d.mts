// Types of sockecho-client.mjs.
export interface ClientResult {
  got: string;
  want: string;
  closed: boolean;
}
export function concurrent(host: string, port: number, n?: number): Promise<ClientResult[]>;
export function udp(host: string, port: number): Promise<string[]>;
export function reset(host: string, port: number): Promise<boolean>;
export function quit(host: string, port: number): Promise<string>;
export function exercise(
  host: string,
  tcp: number,
  udpPort: number,
): Promise<{ concurrent: ClientResult[]; udp: string[]; reset: boolean; quit: string }>;
