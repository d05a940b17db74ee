/**
 * Lua (apps/lua, project lua-app): Lua programs read from the console
 * ("-") print what Debian's lua5.4 prints on the host, on linuxu-x86_64,
 * kvm-x86_64 and linuxu-arm64 (and a script typed on xen-x86_64's
 * console); -e, script arguments, the environment,
 * os.exit(n), and the REPL on the kvm-x86_64 console through tmux.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QEMU_X86, REPO, exec, nx, qemuMicrovm } from '../support/run';
import { terminal } from '../support/tmux';
import { qemuXenDom0 } from '../support/xen';

const PROGRAMS = join(REPO, 'test', 'e2e', 'lua');
const LINUXU = 'dist/apps/lua/linuxu-x86_64/lua-app_linuxu-x86_64';
const KVM = 'dist/apps/lua/kvm-x86_64/lua-app_kvm-x86_64';
const ARM64 = 'dist/apps/lua/linuxu-arm64/lua-app_linuxu-arm64';
const XEN = 'dist/apps/lua/xen-x86_64/lua-app_xen-x86_64';
const programs = readdirSync(PROGRAMS)
  .filter((f) => f.endsWith('.lua'))
  .sort();

// A tmux server of our own for the REPL: another test run must not share its sessions.
const term = terminal(`ukraft-lua-${process.pid}`, 'repl');
const { tmux, waitFor } = term;
afterAll(() => term.kill());

/** Run cmd with input on stdin, killed after timeoutS. */
function run(cmd: string, args: string[], input: string, timeoutS: number) {
  const r = spawnSync(cmd, args, {
    cwd: REPO,
    input,
    encoding: 'utf8',
    timeout: timeoutS * 1000,
    killSignal: 'SIGKILL',
  });
  return { code: r.status ?? -1, out: (r.stdout ?? '').replace(/\r/g, '') };
}

/** The console output without the platform's last line. */
function program(out: string): string {
  return out.replace(/ukraft: main returned -?\d+\n$/, '');
}

describe('lua-app', () => {
  beforeAll(() => {
    for (const c of ['linuxu-x86_64', 'kvm-x86_64', 'linuxu-arm64', 'xen-x86_64']) {
      const r = nx(['build', 'lua-app', '-c', c]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
    }
  }, 600_000);

  it.each(programs)('%s prints what the host lua5.4 prints (linuxu-x86_64, script from stdin)', (name) => {
    const src = readFileSync(join(PROGRAMS, name), 'utf8');
    const want = run('lua5.4', ['-'], src, 30);
    expect(want.code).toBe(0);
    const got = run(LINUXU, ['-'], src, 30);
    expect(program(got.out)).toBe(want.out);
    expect(got.code).toBe(0);
  });

  it('kvm-x86_64 runs every program read from the serial console (Ctrl-D ends it) like the host', () => {
    // One boot per program would cost ~2 s each under TCG: concatenate them, each in its own scope.
    const src = programs.map((p) => `do\n${readFileSync(join(PROGRAMS, p), 'utf8')}\nend\n`).join('');
    const want = run('lua5.4', ['-'], src, 60);
    expect(want.code).toBe(0);
    const got = run(QEMU_X86, qemuMicrovm(KVM, '"-" x'), src + '\x04', 120);
    // The console echoes what it receives, and Lua reads the whole chunk before running it.
    expect(program(got.out)).toBe(src + want.out);
    expect(got.code).toBe(1); // isa-debug-exit: (0 << 1) | 1
  }, 150_000);

  it('linuxu-arm64 runs every program from stdin like the host', () => {
    const src = programs.map((p) => `do\n${readFileSync(join(PROGRAMS, p), 'utf8')}\nend\n`).join('');
    const want = run('lua5.4', ['-'], src, 60);
    const [cmd, args]: [string, string[]] = process.arch === 'arm64' ? [ARM64, ['-']] : ['qemu-aarch64', [ARM64, '-']];
    const got = run(cmd, args, src, 60);
    expect(program(got.out)).toBe(want.out);
    expect(got.code).toBe(0);
  }, 90_000);

  it('xen-x86_64 (dom0) reads a script from the Xen console and ends with its os.exit status', async () => {
    // Xen keeps serial input for itself until it hands it to dom0: type only after it says so.
    const q = spawn(QEMU_X86, qemuXenDom0(XEN, '-'), { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let sent = false;
    const done = new Promise<number>((res) => q.on('close', (code) => res(code ?? -1)));
    const kill = setTimeout(() => q.kill('SIGKILL'), 90_000);
    q.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!sent && out.includes('Serial input to DOM0')) {
        sent = true;
        setTimeout(() => q.stdin.write('print(string.format("%5.2f", math.pi), 6 * 7)\nos.exit(6)\n\x04'), 3000);
      }
    });
    const code = await done;
    clearTimeout(kill);
    expect(out.replace(/\r/g, '')).toContain(' 3.14\t42\n');
    expect(code).toBe(13); // (6 << 1) | 1
  }, 120_000);

  it('-e, script arguments and the environment reach Lua; os.exit(n) is the status (linuxu-x86_64)', () => {
    const r = exec(
      LINUXU,
      ['env.GREETING=hi', '-e', 'print(os.getenv("GREETING"), os.getenv("NOPE"), ...)', '-', 'a', 'b'],
      {
        timeoutS: 30,
      },
    );
    // stdin is closed ('ignore': /dev/null): "-" reads an empty script.
    expect(r.stdout).toContain('hi\tnil\n');
    expect(r.code).toBe(0);
    const e = exec(LINUXU, ['-e', 'io.write("bye") os.exit(7)'], { timeoutS: 30 });
    expect(e.stdout.startsWith('bye')).toBe(true);
    expect(e.code).toBe(7);
    const err = exec(LINUXU, ['-e', 'error("boom")'], { timeoutS: 30 });
    expect(err.stderr + err.stdout).toMatch(/boom/);
    expect(err.code).toBe(1);
  });

  it('os.exit(n) ends the kvm-x86_64 image with status n, after flushing output', () => {
    const r = exec(QEMU_X86, qemuMicrovm(KVM, '-e \'io.write(string.format("%5.2f", math.pi)) os.exit(5)\''), {
      timeoutS: 60,
    });
    expect(r.stdout).toContain(' 3.14');
    expect(r.code).toBe(11); // (5 << 1) | 1
  });

  it('the REPL on the kvm-x86_64 serial console evaluates lines typed in a terminal (tmux)', async () => {
    const qemu = [QEMU_X86, ...qemuMicrovm(KVM, '')].map((a) => `'${a}'`).join(' ');
    const started = tmux(
      'new-session',
      '-d',
      '-s',
      'repl',
      '-x',
      '120',
      '-y',
      '30',
      `timeout --foreground 120 ${qemu}; echo REPL-EXITED $?; sleep 60`,
    );
    expect(started.code, started.stderr).toBe(0);
    await waitFor('Lua 5.4.4');
    await waitFor(/^>/m); // the prompt (tmux drops its trailing blank)
    tmux('send-keys', '-t', 'repl', 'x = 6 * 7', 'Enter');
    tmux('send-keys', '-t', 'repl', 'print(x, coroutine.wrap(function() coroutine.yield(x + 1) end)())', 'Enter');
    // The console echoes the typed lines after their prompts.
    await waitFor(/^> x = 6 \* 7$/m);
    await waitFor(/^42\s+43$/m);
    tmux('send-keys', '-t', 'repl', 'os.exit(3)', 'Enter');
    await waitFor('REPL-EXITED 7');
  }, 150_000);
});
