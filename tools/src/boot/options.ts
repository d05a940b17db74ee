/**
 * The boot options a user gives `run`, `test` and `debug` (and their
 * defaults in uk.app.ts), each checked with an error that names the
 * option: --memory, --timeout, --forward, --initrd, --disk.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { guestMemory } from '../manifest/schema';
import type { PortForward } from '../targets/types';
import { UkError } from '../util/errors';

/** --disk, resolved and checked to exist (QEMU would create nothing and fail late). */
export function diskFor(disk: string | undefined, root: string): string | undefined {
  if (disk === undefined) return undefined;
  const p = resolve(root, disk);
  if (!existsSync(p)) throw new UkError(`--disk=${disk} does not exist (make one, e.g. truncate -s 64M ${disk})`);
  return p;
}

/** The initrd to boot target with (--initrd, else the app's), checked to exist. */
export function initrdFor(
  opts: { initrd?: string; initrds?: Record<string, string> },
  target: string,
  root: string,
): string | undefined {
  const f = opts.initrd ?? opts.initrds?.[target];
  if (f === undefined) return undefined;
  const p = resolve(root, f);
  if (!existsSync(p)) throw new UkError(`initrd ${f} does not exist (the build writes the app's beside the image)`);
  return p;
}

/** The forwards from the option: objects from the manifest, or "8080:80,8443:443" on the command line. */
export function parseForward(f: PortForward[] | string | undefined): PortForward[] {
  if (f === undefined) return [];
  if (typeof f !== 'string') return f;
  return f
    .split(',')
    .filter(Boolean)
    .map((pair) => {
      const m = /^(\d+):(\d+)$/.exec(pair.trim());
      const ok = (n: number) => n >= 1 && n <= 65535;
      if (!m || !ok(Number(m[1])) || !ok(Number(m[2])))
        throw new UkError(`--forward=${f}: '${pair}' is not HOST:GUEST with two TCP ports (1-65535)`);
      return { host: Number(m[1]), guest: Number(m[2]) };
    });
}

/** --memory checked like run.memory in the manifest. */
export function checkMemory(memory: string): string {
  const r = guestMemory.safeParse(memory);
  if (!r.success) throw new UkError(`--memory=${memory}: ${r.error.issues[0]!.message} (as run.memory in uk.app.ts)`);
  return memory;
}

/** --timeout: seconds, 0 for none. */
export function checkTimeout(timeout: unknown): number {
  const t = timeout ?? 0;
  if (typeof t !== 'number' || !Number.isFinite(t) || t < 0)
    throw new UkError(`--timeout=${String(timeout)}: must be a number of seconds (0: no timeout)`);
  return t;
}
