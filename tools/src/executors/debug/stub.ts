/**
 * The gdb remote stub's process (QEMU, gdbserver, qemu-aarch64): a free
 * port to give it, starting it in its own process group (a Ctrl-C meant
 * for gdb must not kill the machine), knowing when it listens, and its
 * outcome for the verdict.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { BootOutcome } from '../../targets/status';

const KEEP = 65536;

/** A TCP port on 127.0.0.1 that nothing listens on now (the kernel's choice). */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => (port ? res(port) : rej(new Error('no free TCP port'))));
    });
  });
}

/** Whether a socket listens on the TCP port (IPv4 or IPv6, any address), from /proc/net. */
export function listening(port: number): boolean {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  for (const f of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch {
      continue;
    }
    // "sl local_address rem_address st ...": state 0A is LISTEN.
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A') return true;
    }
  }
  return false;
}

/**
 * Echo whole lines: a guest's serial console under a gdbstub arrives a
 * byte at a time, and Nx's stream output prefixes every chunk. A partial
 * line (a prompt) is written after 100 ms without more output.
 */
function lineEcho(to: NodeJS.WriteStream): { write(s: string): void; flush(): void } {
  let pending = '';
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending) to.write(pending);
    pending = '';
  };
  return {
    write(s) {
      pending += s;
      const nl = pending.lastIndexOf('\n');
      if (nl >= 0) {
        to.write(pending.slice(0, nl + 1));
        pending = pending.slice(nl + 1);
      }
      if (timer) clearTimeout(timer);
      timer = pending ? setTimeout(flush, 100) : undefined;
    },
    flush,
  };
}

/** A running stub and the promise of its outcome. */
export interface Stub {
  child: ChildProcess;
  done: Promise<BootOutcome>;
  /** SIGKILL to its whole process group. */
  kill(): void;
}

/** Start the stub with output echoed to this terminal as it comes and kept for the verdict. */
export function startStub(cmd: string, args: readonly string[], cwd: string): Stub {
  const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let stderr = '';
  const echoOut = lineEcho(process.stdout);
  const echoErr = lineEcho(process.stderr);
  child.stdout!.on('data', (d: Buffer) => {
    echoOut.write(d.toString());
    stdout = (stdout + d.toString()).slice(-KEEP);
  });
  child.stderr!.on('data', (d: Buffer) => {
    echoErr.write(d.toString());
    stderr = (stderr + d.toString()).slice(-KEEP);
  });
  child.on('close', () => {
    echoOut.flush();
    echoErr.flush();
  });
  const done = new Promise<BootOutcome>((res, rej) => {
    child.on('error', rej);
    child.on('close', (code, signal) => res({ code, signal, stdout, stderr, timedOut: false }));
  });
  const kill = () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  };
  return { child, done, kill };
}

/** Wait until the port listens, the stub ended, or ms passed; true when it listens. */
export async function waitListening(port: number, stub: Stub, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (stub.child.exitCode !== null || stub.child.signalCode !== null) return false;
    if (listening(port)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}
