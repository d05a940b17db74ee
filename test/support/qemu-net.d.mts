/** Types for qemu-net.mjs (plain JS so the benchmark can share it). */
export declare function userNet(hostPort: number, id?: string): string[];
export declare function tapNet(id?: string): string[];
export declare function x86Args(machine: string, image: string, extra?: string[]): string[];
export declare function virtArgs(machine: string, image: string, extra?: string[]): string[];
