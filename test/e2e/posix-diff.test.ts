/**
 * POSIX differential test: apps/posixdiff prints one line per file-system
 * check (the call, its result, the errno name). The same source is built
 * with the host's cc and libc and run in a fresh temporary directory, and
 * built as posixdiff-app and run on linuxu-x86_64 and on kvm-x86_64 (one
 * boot), both with their working directory on the ramfs root. The
 * unikernel's lines must equal the host's, line for line.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QEMU_X86, REPO, exec, lines, nx, qemuMicrovm } from '../support/run';

const APP = join(REPO, 'apps', 'posixdiff');
const BEGIN = 'posixdiff: begin';
const END = 'posixdiff: end';

/** The lines from BEGIN to END, both included (the boot's own lines left out). */
function checks(out: string): string[] {
  const l = lines(out);
  const from = l.indexOf(BEGIN);
  const to = l.indexOf(END);
  expect(from, out).toBeGreaterThanOrEqual(0);
  expect(to, out).toBeGreaterThan(from);
  return l.slice(from, to + 1);
}

/** The differing lines as "N: -host / +unikernel" pairs (at most 40). */
function diff(host: string[], uk: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < Math.max(host.length, uk.length) && out.length < 80; i++) {
    if (host[i] === uk[i]) continue;
    out.push(`${i + 1}: - ${host[i] ?? '(none)'}`, `${i + 1}: + ${uk[i] ?? '(none)'}`);
  }
  return out.join('\n');
}

function expectSame(host: string[], uk: string[], where: string): void {
  const d = diff(host, uk);
  expect(d, `${where} differs from the host (- host, + ${where}):\n${d}`).toBe('');
}

describe('POSIX differential (posixdiff)', () => {
  let tmp = '';
  let host: string[] = [];

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'ukraft-posixdiff-'));
    const sources = readdirSync(APP)
      .filter((f) => f.endsWith('.c'))
      .map((f) => join(APP, f));
    const bin = join(tmp, 'posixdiff');
    const cc = exec('cc', ['-std=c11', '-D_XOPEN_SOURCE=700', '-Wall', '-Wextra', '-Werror', '-o', bin, ...sources], {
      timeoutS: 120,
    });
    expect(cc.code, cc.stdout + cc.stderr).toBe(0);
    const run = join(tmp, 'run');
    exec('mkdir', [run]);
    const r = exec(bin, ['pd'], { cwd: run, timeoutS: 60 });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    host = checks(r.stdout);
    for (const c of ['linuxu-x86_64', 'kvm-x86_64']) {
      const b = nx(['build', 'posixdiff-app', '-c', c]);
      expect(b.code, b.stdout + b.stderr).toBe(0);
    }
  }, 600_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('the host run checks enough and cleans up after itself', () => {
    expect(host.length).toBeGreaterThan(300);
    expect(host).toContain('rmdir(DIR) at the end: everything made was removed = 0');
  });

  it('linuxu-x86_64 prints what the host prints', () => {
    const r = exec('dist/apps/posixdiff/linuxu-x86_64/posixdiff-app_linuxu-x86_64', ['pd'], { timeoutS: 60 });
    expectSame(host, checks(r.stdout), 'linuxu-x86_64');
    expect(r.code).toBe(0);
  }, 90_000);

  it('kvm-x86_64 prints what the host prints', () => {
    const r = exec(QEMU_X86, qemuMicrovm('dist/apps/posixdiff/kvm-x86_64/posixdiff-app_kvm-x86_64', 'pd'), {
      timeoutS: 120,
    });
    expectSame(host, checks(r.stdout), 'kvm-x86_64');
    expect(r.code).toBe(1);
  }, 180_000);
});
