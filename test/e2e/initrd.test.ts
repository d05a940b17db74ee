/**
 * The initrd: fstest's declared files packed into <image>.initrd.cpio by
 * the build, handed over by `nx run` (QEMU -initrd) and unpacked into the
 * ramfs root before main; bad archives get one clear line at boot and
 * main still runs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpioArchive, type CpioMember } from '../../tools/src/initrd/cpio';
import { QEMU_X86, exec, nx, qemuMicrovm } from '../support/run';

const DIR = 'dist/apps/fstest/kvm-x86_64';
const IMAGE = `${DIR}/fstest_kvm-x86_64`;
const INDEX = readFileSync('apps/fstest/files/index.html', 'utf8');
const file = (name: string, text: string): CpioMember => ({ name, mode: 0o100644, data: Buffer.from(text) });
const dir = (name: string): CpioMember => ({ name, mode: 0o40755, data: Buffer.alloc(0) });

let tmp = '';
function archive(name: string, bytes: Buffer): string {
  const p = join(tmp, name);
  writeFileSync(p, bytes);
  return p;
}

function boot(initrd: string, append: string, extra: string[] = []) {
  return exec(QEMU_X86, qemuMicrovm(IMAGE, append, ['-initrd', initrd, ...extra]), { timeoutS: 60 });
}

describe('initrd on kvm-x86_64', () => {
  beforeAll(() => {
    const r = nx(['build', 'fstest', '-c', 'kvm-x86_64']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    tmp = mkdtempSync(join(tmpdir(), 'uk-initrd-'));
  }, 300_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('nx run passes the archive the build wrote, and main reads its files', () => {
    const r = nx(['run', 'fstest:run', '-c', 'kvm-x86_64', '--args=cat /www/index.html /etc/motd']);
    expect(r.stdout).toContain(INDEX.trim());
    expect(r.stdout).toContain('ukraft initrd motd');
    expect(r.stdout).toContain('fstest (kvm-x86_64): main returned 0');
    expect(r.code).toBe(0);
  }, 90_000);

  it('unpacks through the Multiboot entry too (-M pc), with directories listed', () => {
    const r = boot(`${IMAGE}.initrd.cpio`, 'ls /www', ['-M', 'pc']);
    expect(r.stdout).toContain(`- ${Buffer.byteLength(INDEX)} index.html`);
    expect(r.code).toBe(1);
  }, 90_000);

  it('keeps modes and symbolic links, and makes missing parents', () => {
    const a = cpioArchive([
      { name: 'deep/er/x', mode: 0o100600, data: Buffer.from('x') },
      { name: 'deep/link', mode: 0o120777, data: Buffer.from('er/x') },
    ]);
    const r = boot(archive('links.cpio', a), 'cat /deep/link');
    expect(r.stdout).toMatch(/^x\s*$/m);
    expect(r.code).toBe(1);
  }, 90_000);

  it('bad magic: one line at boot, and main runs on an empty root', () => {
    const r = boot(
      archive('magic.cpio', Buffer.from('this is not a cpio archive at all, not even close....'.repeat(4))),
      'ls /',
    );
    expect(r.stdout).toContain(
      'initrd: bad archive at byte 0: not a cpio newc archive (bad magic); 0 members unpacked',
    );
    expect(r.stdout).toContain('ukraft: main returned 0');
    expect(r.code).toBe(1);
  }, 90_000);

  it('truncated: what came before stays, the cut member is reported', () => {
    const a = cpioArchive([dir('etc'), file('etc/first', 'one'), file('etc/second', 'x'.repeat(4000))]);
    const r = boot(archive('cut.cpio', a.subarray(0, a.length - 2000)), 'cat /etc/first');
    expect(r.stdout).toMatch(/initrd: bad archive at byte \d+: truncated archive; 2 members unpacked/);
    expect(r.stdout).toContain('one');
    expect(r.code).toBe(1);
  }, 90_000);

  it("a '..' path is refused before anything is written outside /", () => {
    const a = cpioArchive([file('ok', 'fine'), file('../escape', 'bad')]);
    const r = boot(archive('dotdot.cpio', a), 'cat /ok /escape');
    expect(r.stdout).toMatch(
      /initrd: bad archive at byte \d+: member name with a '\.\.' component; 1 members unpacked/,
    );
    expect(r.stdout).toContain('fine');
    expect(r.stdout).toContain('cat: /escape: No such file or directory');
  }, 90_000);

  it('a file larger than the free memory is reported, without a crash', () => {
    const a = cpioArchive([file('small', 'kept'), { name: 'big', mode: 0o100644, data: Buffer.alloc(40 << 20, 7) }]);
    const r = boot(archive('big.cpio', a), 'cat /small /big');
    expect(r.stdout).toContain('initrd: /big: too large for memory (41943040 bytes); 1 members unpacked');
    expect(r.stdout).toContain('kept');
    expect(r.stdout).toContain('cat: /big: No such file or directory');
    expect(r.stdout).not.toMatch(/CRASH|panic/i);
  }, 90_000);
});

describe('initrd on kvm-arm64', () => {
  beforeAll(() => {
    const r = nx(['build', 'fstest', '-c', 'kvm-arm64']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  }, 300_000);

  it('nx run boots the Image with -initrd, and the files come from /chosen', () => {
    const r = nx(['run', 'fstest:run', '-c', 'kvm-arm64', '--args=cat /www/index.html /etc/motd']);
    expect(r.stdout).toContain(INDEX.trim());
    expect(r.stdout).toContain('ukraft initrd motd');
    expect(r.stdout).toContain('fstest (kvm-arm64): main returned 0');
    expect(r.code).toBe(0);
  }, 90_000);
});

describe('initrd on linuxu-x86_64', () => {
  beforeAll(() => {
    const r = nx(['build', 'fstest', '-c', 'linuxu-x86_64']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  }, 300_000);

  it('nx run names the archive in UK_INITRD, and the process unpacks it', () => {
    const r = nx(['run', 'fstest:run', '-c', 'linuxu-x86_64', '--args=cat /www/index.html']);
    expect(r.stdout).toContain(INDEX.trim());
    expect(r.code).toBe(0);
  }, 90_000);

  it('a missing UK_INITRD file is one line, and main runs', () => {
    const r = exec('dist/apps/fstest/linuxu-x86_64/fstest_linuxu-x86_64', ['ls', '/'], {
      timeoutS: 30,
      env: { UK_INITRD: '/nonexistent.cpio' },
    });
    expect(r.stdout + r.stderr).toContain('linuxu: initrd /nonexistent.cpio: cannot open (errno 2)');
    expect(r.code).toBe(0);
  }, 90_000);
});
