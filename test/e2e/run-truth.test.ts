/**
 * `nx run` tells the truth (issue 23): a result comes only from the
 * guest's status line, QEMU's own failures are reported as such with its
 * message, and main receives exactly the words of `--args` (POSIX shell
 * words, docs/run.md) on kvm-x86_64 and linuxu-x86_64.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectHello } from '../support/expect';
import { REPO, exec, nx } from '../support/run';

const TARGETS = ['kvm-x86_64', 'linuxu-x86_64'] as const;

function run(target: string, ...extra: string[]) {
  return nx(['run', 'helloworld:run', `--configuration=${target}`, ...extra], REPO, 180);
}

beforeAll(() => {
  for (const t of TARGETS) {
    const r = nx(['build', 'helloworld', `--configuration=${t}`]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  }
  // httpd-app never returns from main: the one app whose run only a timeout ends.
  const h = nx(['build', 'httpd-app', '--configuration=kvm-x86_64']);
  expect(h.code, h.stdout + h.stderr).toBe(0);
}, 900_000);

describe('a QEMU that fails to start is not a result', () => {
  it('--machine=nope exits non-zero with QEMU message', () => {
    const r = run('kvm-x86_64', '--machine=nope');
    const out = r.stdout + r.stderr;
    expect(r.code, out).not.toBe(0);
    expect(out).toMatch(/qemu-system-x86_64 failed to start: it exited with code 1 before the guest printed anything/);
    expect(out).toContain('unsupported machine type');
    expect(out).not.toContain('main returned 0');
  });

  it('--memory=lots is refused like run.memory in the manifest', () => {
    const r = run('kvm-x86_64', '--memory=lots');
    const out = r.stdout + r.stderr;
    expect(r.code, out).not.toBe(0);
    expect(out).toContain('--memory=lots: must be like 64M or 1G (as run.memory in uk.app.ts)');
    expect(out).not.toContain('main returned');
  });

  it('--timeout stops a run that goes on too long and fails it', () => {
    // A server that never stops (helloworld can finish inside any short timeout on a fast machine).
    const r = nx(
      ['run', 'httpd-app:run', '--configuration=kvm-x86_64', '--timeout=2', '--forward=18931:80'],
      REPO,
      180,
    );
    const out = r.stdout + r.stderr;
    expect(r.code, out).not.toBe(0);
    expect(out).toContain('httpd-app (kvm-x86_64): did not stop within 2 s (killed)');
    expect(out).not.toContain('main returned');
  });

  it.each(TARGETS)('%s: the status line printed by the guest is the result', (t) => {
    const r = run(t);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ukraft: main returned 0\r?$/m);
    expect(r.stdout).toContain(`helloworld (${t}): main returned 0`);
  });
});

describe('arguments arrive as given', () => {
  const line = `"x  y" 'a b' c "" q=1 a=b=c back\\\\slash "q\\"uote" 's'\\''q' tab\\\tx`;
  const want = ['x  y', 'a b', 'c', '', 'q=1', 'a=b=c', 'back\\slash', 'q"uote', "s'q", 'tab\tx'];

  it.each(TARGETS)('%s: main gets exactly the shell words of --args=...', (t) => {
    const r = run(t, `--args=${line}`);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expectHello(r.stdout, want);
  });

  it.each(TARGETS)('%s: a single quoted word with two spaces stays one argument', (t) => {
    const r = run(t, '--args="x  y"');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expectHello(r.stdout, ['x  y', 'ukraft: main returned 0']);
  });

  it('refuses bytes that are not UTF-8, naming the argument', () => {
    // The shell builds the bytes: Node cannot put them in an argv string.
    const r = exec(
      'bash',
      [
        '-c',
        `node_modules/.bin/nx run helloworld:run -c linuxu-x86_64 --args=$'ok caf\\xe9 \\xff\\xfe' --output-style=static`,
      ],
      { timeoutS: 180 },
    );
    const out = r.stdout + r.stderr;
    expect(r.code, out).not.toBe(0);
    expect(out).toMatch(/--args: argument 2 \("caf\uFFFD"\) holds bytes that are not UTF-8/);
    expect(out).not.toContain('Hello world!');
  });

  it('kvm-x86_64: more arguments than MAXARGS are announced on the console', () => {
    const many = Array.from({ length: 100 }, (_, i) => `a${i}`).join(' ');
    const r = run('kvm-x86_64', `--args=${many}`);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('ukboot: 100 arguments given, main gets the first 63 (MAXARGS is 64 with argv[0])');
    expectHello(r.stdout, ['a0', 'a1']);
    expect(r.stdout).toMatch(/^a62\r?$/m);
    expect(r.stdout).not.toMatch(/^a63\r?$/m);
  });
});
