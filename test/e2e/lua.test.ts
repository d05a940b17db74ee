/**
 * Lua (apps/lua, project lua-app): Lua programs read from the console
 * ("-") print what Debian's lua5.4 prints on the host, on linuxu-x86_64,
 * kvm-x86_64, kvm-arm64, linuxu-arm64 and xen-arm64 (dom0), and a script
 * typed on xen-x86_64's console; -e, script arguments, the environment,
 * os.exit(n) (also through `nx run` on kvm-arm64 and as xen-arm64's
 * status line), and the REPL on the kvm-x86_64 console through tmux.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xenArm64QemuArgs } from '../../tools/src/targets/xen-arm64';
import { xenHypervisor } from '../../tools/src/xen/hypervisor';
import { QEMU_ARM64, qemuVirt, statusLine } from '../support/arm64';
import { QEMU_X86, REPO, exec, nx, qemuMicrovm } from '../support/run';
import { terminal } from '../support/tmux';
import { qemuXenDom0 } from '../support/xen';

const PROGRAMS = join(REPO, 'test', 'e2e', 'lua');
const LINUXU = 'dist/apps/lua/linuxu-x86_64/lua-app_linuxu-x86_64';
const KVM = 'dist/apps/lua/kvm-x86_64/lua-app_kvm-x86_64';
const ARM64 = 'dist/apps/lua/linuxu-arm64/lua-app_linuxu-arm64';
const XEN = 'dist/apps/lua/xen-x86_64/lua-app_xen-x86_64';
const VIRT = 'dist/apps/lua/kvm-arm64/lua-app_kvm-arm64';
const XEN_ARM64 = 'dist/apps/lua/xen-arm64/lua-app_xen-arm64';
/** Every program, each in its own scope, as one chunk: one boot instead of one per program. */
const corpus = () => programs.map((p) => `do\n${readFileSync(join(PROGRAMS, p), 'utf8')}\nend\n`).join('');
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

/**
 * Boot a Xen dom0 in QEMU and type input on its console once Xen hands
 * the serial input to dom0 (it keeps it for itself until it says so).
 * Xen buffers little serial input for dom0 and drops what overflows, so
 * with `pace` the input goes in pieces of 32 bytes, each once the console
 * has echoed the one before (or after 5 s without that echo).
 * Resolves with QEMU's exit code and the console output (\r dropped).
 */
function typeToXenDom0(cmd: string, args: string[], input: string, timeoutS: number, pace = false) {
  const q = spawn(cmd, args, { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
  // Decoded once at the end: a chunk may end inside a UTF-8 sequence.
  const chunks: Buffer[] = [];
  let seen = '';
  let sent = false;
  const kill = setTimeout(() => q.kill('SIGKILL'), timeoutS * 1000);
  const pieces = pace ? (input.match(/[^]{1,32}/g) ?? []) : [input];
  let next = 0;
  let typed = '';
  let stall: NodeJS.Timeout | undefined;
  const type = () => {
    clearTimeout(stall);
    if (next >= pieces.length) return;
    typed += pieces[next];
    q.stdin.write(pieces[next++]);
    stall = setTimeout(type, 5000);
  };
  q.stdout.on('data', (d: Buffer) => {
    chunks.push(d);
    seen += d.toString('latin1');
    if (!sent && seen.includes('Serial input to DOM0')) {
      sent = true;
      setTimeout(type, 3000);
    } else if (pace && next > 0 && seen.replace(/\r/g, '').endsWith(typed.slice(-32).replace(/\x04/g, ''))) type();
  });
  return new Promise<{ code: number; out: string }>((res) =>
    q.on('close', (code) => {
      clearTimeout(kill);
      clearTimeout(stall);
      res({ code: code ?? -1, out: Buffer.concat(chunks).toString('utf8').replace(/\r/g, '') });
    }),
  );
}

/** QEMU virt running the kvm-arm64 image; semihosting makes main's status QEMU's exit code. */
const virt = (append: string) => qemuVirt(VIRT, `ukplat.semihosting=1 ${append}`, { semihosting: true });

/** QEMU running Xen with the xen-arm64 image as dom0 (Xen powers off when dom0 ends). */
const xenArm64 = (args: string[]) =>
  xenArm64QemuArgs(xenHypervisor(REPO, 'arm64'), `${REPO}/${XEN_ARM64}.Image`, { memory: '64M', args });

describe('lua-app', () => {
  beforeAll(() => {
    for (const c of ['linuxu-x86_64', 'kvm-x86_64', 'linuxu-arm64', 'xen-x86_64', 'kvm-arm64', 'xen-arm64']) {
      const r = nx(['build', 'lua-app', '-c', c]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
    }
  }, 900_000);

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
    const src = corpus();
    const want = run('lua5.4', ['-'], src, 60);
    expect(want.code).toBe(0);
    const got = run(QEMU_X86, qemuMicrovm(KVM, '"-" x'), src + '\x04', 120);
    // The console echoes what it receives, and Lua reads the whole chunk before running it.
    expect(program(got.out)).toBe(src + want.out);
    expect(got.code).toBe(1); // isa-debug-exit: (0 << 1) | 1
  }, 150_000);

  it('kvm-arm64 runs every program read from the PL011 console (Ctrl-D ends it) like the host', () => {
    const src = corpus();
    const want = run('lua5.4', ['-'], src, 60);
    expect(want.code).toBe(0);
    const got = run(QEMU_ARM64, virt('-'), src + '\x04', 240);
    expect(program(got.out)).toBe(src + want.out);
    expect(statusLine(got.out)).toBe(0);
    expect(got.code).toBe(0);
  }, 300_000);

  it('kvm-arm64 through `nx run`: the acceptance -e prints " 3.14" with status 0; os.exit(3) is status 3', () => {
    const pi = nx(['run', 'lua-app:run', '-c', 'kvm-arm64', `--args=-e 'print(string.format("%5.2f", math.pi))'`]);
    expect(pi.stdout).toMatch(/^ 3\.14\r?$/m);
    expect(pi.stdout).toContain('lua-app (kvm-arm64): main returned 0');
    expect(pi.code, pi.stdout + pi.stderr).toBe(0);
    const three = nx(['run', 'lua-app:run', '-c', 'kvm-arm64', `--args=-e 'os.exit(3)'`]);
    expect(three.stdout).toContain('lua-app (kvm-arm64): main returned 3');
    expect(three.code).not.toBe(0);
  }, 300_000);

  it('xen-arm64 (dom0) runs every program typed on the Xen console like the host, and os.exit(n) is its status', async () => {
    const src = corpus();
    const want = run('lua5.4', ['-'], src, 60);
    expect(want.code).toBe(0);
    // Xen's console input does not hand dom0 bytes >= 0x80 intact: type the UTF-8 bytes of string
    // literals (the only place the corpus has them) as Lua's decimal escapes, the same string.
    const ascii = [...Buffer.from(src, 'utf8')].map((b) => (b < 0x80 ? String.fromCharCode(b) : `\\${b}`)).join('');
    const got = await typeToXenDom0('qemu-system-aarch64', xenArm64(['-']), `${ascii}os.exit(4)\n\x04`, 400, true);
    const at = got.out.indexOf(want.out);
    expect(at, got.out).toBeGreaterThan(0);
    expect(got.out.slice(at + want.out.length)).toMatch(/^ukraft: main returned 4\n/);
  }, 450_000);

  it('xen-arm64 (dom0): the acceptance -e prints " 3.14" with status 0', () => {
    const r = exec('qemu-system-aarch64', xenArm64(['-e', 'print(string.format("%5.2f", math.pi))']), {
      timeoutS: 240,
    });
    expect(r.stdout.replace(/\r/g, '')).toMatch(/\n 3\.14\nukraft: main returned 0\n/);
  }, 300_000);

  it('linuxu-arm64 runs every program from stdin like the host', () => {
    const src = corpus();
    const want = run('lua5.4', ['-'], src, 60);
    const [cmd, args]: [string, string[]] = process.arch === 'arm64' ? [ARM64, ['-']] : ['qemu-aarch64', [ARM64, '-']];
    const got = run(cmd, args, src, 60);
    expect(program(got.out)).toBe(want.out);
    expect(got.code).toBe(0);
  }, 90_000);

  it('xen-x86_64 (dom0) reads a script from the Xen console and ends with its os.exit status', async () => {
    const { code, out } = await typeToXenDom0(
      QEMU_X86,
      qemuXenDom0(XEN, '-'),
      'print(string.format("%5.2f", math.pi), 6 * 7)\nos.exit(6)\n\x04',
      90,
    );
    expect(out).toContain(' 3.14\t42\n');
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
