/**
 * Start a boot command (QEMU, xl, a linuxu image) and keep the end of its
 * output for the verdict (targets/status.ts), optionally echoing it to
 * this terminal as it comes. A timeout of 0 waits forever.
 */
import { spawn } from 'node:child_process';
import type { BootOutcome } from './status';

const KEEP = 65536;

/**
 * Echo a guest's output a line at a time: a serial console delivers it in
 * small pieces, and Nx, when its output is not a terminal, ends every
 * piece with a newline of its own ("H" "TTP/1.1 200 OK"). A line without
 * its newline yet (a prompt) goes out after FLUSH_MS all the same.
 */
export function lineEcho(out: (s: string) => void, flushMs = 100): { write(d: Buffer): void; flush(): void } {
  let pending = '';
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending) out(pending);
    pending = '';
  };
  return {
    write(d: Buffer) {
      pending += d.toString();
      const nl = pending.lastIndexOf('\n');
      if (nl >= 0) {
        out(pending.slice(0, nl + 1));
        pending = pending.slice(nl + 1);
      }
      if (timer) clearTimeout(timer);
      timer = pending ? setTimeout(flush, flushMs) : undefined;
    },
    flush,
  };
}

export function runBoot(
  cmd: string,
  args: readonly string[],
  cwd: string,
  timeoutS: number,
  o: { echo: boolean; stdin: 'inherit' | 'ignore'; env?: Record<string, string>; keep?: number },
): Promise<BootOutcome> {
  return new Promise((res, rej) => {
    const child = spawn(cmd, args, {
      cwd,
      stdio: [o.stdin, 'pipe', 'pipe'],
      ...(o.env ? { env: { ...process.env, ...o.env } } : {}),
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const echo = o.echo ? lineEcho((s) => process.stdout.write(s)) : undefined;
    child.stdout.on('data', (d: Buffer) => {
      echo?.write(d);
      stdout = (stdout + d.toString()).slice(-(o.keep ?? KEEP));
    });
    child.stderr.on('data', (d: Buffer) => {
      if (o.echo) process.stderr.write(d);
      stderr = (stderr + d.toString()).slice(-KEEP);
    });
    const timer =
      timeoutS > 0
        ? setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, timeoutS * 1000)
        : undefined;
    child.on('error', rej);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      echo?.flush();
      res({ code, signal, stdout, stderr, timedOut });
    });
  });
}
