/**
 * SQLite (libs/sqlite, apps/sqlite as sqlite-app): the SQL corpus in
 * apps/sqlite/sql/ (packed into the initrd as /sql/*.sql) prints, byte for
 * byte, what the host's Debian sqlite3 prints for the same file, on every
 * target sqlite-app builds for; a database on the virtio-blk disk (snapfs
 * at /data) created by one kvm-x86_64 boot is read back by the next; a
 * syntax error gives sqlite3's message and status. kvm-arm64, xen-x86_64
 * and xen-arm64 run the whole corpus in one `nx run` each (the initrd
 * handed over by the target's own boot: QEMU -initrd, Xen's modules).
 * With libsqlite's VFS option set to UNIX (SQLite's unix VFS over nolibc's
 * POSIX calls, built in a scratch copy), the whole corpus on a database
 * file on ramfs prints what the host prints for a file on linuxu-x86_64.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGuest } from '../support/net';
import { QEMU_X86, REPO, exec, nx, qemuMicrovm } from '../support/run';
import { scratchWorkspace, type Scratch } from '../support/workspace';

const CORPUS = join(REPO, 'apps', 'sqlite', 'sql');
const DIST = 'dist/apps/sqlite';
const LINUXU = `${DIST}/linuxu-x86_64/sqlite-app_linuxu-x86_64`;
const KVM = `${DIST}/kvm-x86_64/sqlite-app_kvm-x86_64`;
const ARM64 = `${DIST}/linuxu-arm64/sqlite-app_linuxu-arm64`;
const scripts = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.sql'))
  .sort();
let tmp = '';
/** Targets checked through `nx run`, which passes the build's initrd as the target boots. */
const NX_RUN_TARGETS = ['kvm-arm64', 'xen-x86_64', 'xen-arm64'];

/** The host's sqlite3 on the corpus file, with the same arguments. */
function host(args: string[], input?: string) {
  const r = spawnSync('sqlite3', args, { cwd: CORPUS, input, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** A linuxu image's output without the platform's last line. */
const program = (out: string) => out.replace(/\r/g, '').replace(/ukraft: main returned -?\d+\n$/, '');

function linuxu(image: string, args: string[], input?: string) {
  const [cmd, argv] = image === ARM64 && process.arch !== 'arm64' ? ['qemu-aarch64', [image, ...args]] : [image, args];
  const r = spawnSync(cmd, argv, {
    cwd: REPO,
    input,
    encoding: 'utf8',
    timeout: 60_000,
    killSignal: 'SIGKILL',
    env: { ...process.env, UK_INITRD: resolve(REPO, `${image}.initrd.cpio`) },
  });
  return { code: r.status ?? -1, stdout: program(r.stdout ?? ''), stderr: r.stderr ?? '' };
}

function kvm(append: string, extra: string[] = [], timeoutS = 120) {
  return exec(QEMU_X86, qemuMicrovm(KVM, append, extra), { timeoutS });
}

describe('sqlite-app', () => {
  beforeAll(() => {
    const v = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });
    if (v.error || v.status !== 0) {
      throw new Error(
        "the host's sqlite3 is missing: the corpus is compared with it; install the Debian package sqlite3 (bash scripts/setup.sh does)",
      );
    }
    for (const c of ['linuxu-x86_64', 'kvm-x86_64', 'linuxu-arm64', ...NX_RUN_TARGETS]) {
      const r = nx(['build', 'sqlite-app', '-c', c], REPO, 1200);
      expect(r.code, r.stdout + r.stderr).toBe(0);
    }
    tmp = mkdtempSync(join(tmpdir(), 'uk-sqlite-'));
  }, 1_500_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it.each(scripts)('%s: ".read" from the initrd prints what the host sqlite3 prints (linuxu-x86_64)', (name) => {
    const want = host([':memory:', `.read ${name}`]);
    expect(want.code, want.stderr).toBe(0);
    expect(want.stdout.length).toBeGreaterThan(0);
    const got = linuxu(LINUXU, [':memory:', `.read /sql/${name}`]);
    expect(got.stdout).toBe(want.stdout);
    expect(got.code).toBe(0);
  });

  it('the whole corpus from stdin (-batch) equals the host, on linuxu-x86_64 and linuxu-arm64', () => {
    const src = scripts.map((s) => readFileSync(join(CORPUS, s), 'utf8')).join('');
    const want = host(['-batch'], src);
    expect(want.code, want.stderr).toBe(0);
    for (const image of [LINUXU, ARM64]) {
      const got = linuxu(image, ['-batch'], src);
      expect(got.stdout, image).toBe(want.stdout);
      expect(got.code, image).toBe(0);
    }
  }, 120_000);

  it('kvm-x86_64 runs every corpus file from the initrd in one boot like the host', () => {
    const reads = scripts.map((s) => `".read /sql/${s}"`).join(' ');
    const want = host([':memory:', ...scripts.map((s) => `.read ${s}`)]);
    expect(want.code).toBe(0);
    const got = kvm(`:memory: ${reads}`, ['-initrd', `${KVM}.initrd.cpio`]);
    const out = got.stdout.replace(/\r/g, '');
    expect(out).toContain(want.stdout);
    // Nothing but the corpus's output between the boot lines and the end.
    expect(out.split(want.stdout)[1]).toMatch(/^(ukraft: main returned 0\n)?$/);
    expect(got.code).toBe(1); // isa-debug-exit: (0 << 1) | 1
  }, 150_000);

  it.each(NX_RUN_TARGETS)(
    '%s: nx run runs every corpus file from the initrd in one boot like the host',
    (target) => {
      const want = host([':memory:', ...scripts.map((s) => `.read ${s}`)]);
      expect(want.code).toBe(0);
      const reads = scripts.map((s) => `".read /sql/${s}"`).join(' ');
      const got = nx(['run', 'sqlite-app:run', '-c', target, `--args=:memory: ${reads}`], REPO, 400);
      const out = got.stdout.replace(/\r/g, '');
      expect(out, got.stderr).toContain(want.stdout);
      // The corpus's output is followed by main's return, nothing in between.
      expect(out.split(want.stdout)[1]).toMatch(/^ukraft: main returned 0\n/);
      expect(out).toContain(`sqlite-app (${target}): main returned 0`);
      expect(got.code).toBe(0);
    },
    450_000,
  );

  it('a table created on the virtio-blk disk (snapfs at /data) in one kvm-x86_64 boot is read back by the next', () => {
    const disk = join(tmp, 'db.img');
    writeFileSync(disk, Buffer.alloc(8 << 20));
    const drive = ['-drive', `file=${disk},format=raw,if=none,id=d0`, '-device', 'virtio-blk-device,drive=d0'];
    const first = kvm(
      `/data/t.db "CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT); INSERT INTO t(b) VALUES ('one'), ('two'); SELECT count(*) FROM t;"`,
      drive,
      90,
    );
    expect(first.stdout.replace(/\r/g, '')).toMatch(/(^|\n)2\n/);
    expect(first.code).toBe(1);
    const second = kvm(`/data/t.db "INSERT INTO t(b) VALUES ('three'); SELECT a, b FROM t ORDER BY a;"`, drive, 90);
    expect(second.stdout.replace(/\r/g, '')).toMatch(/(^|\n)1\|one\n2\|two\n3\|three\n/);
    expect(second.code).toBe(1);
    // Without the disk, /data/t.db does not exist: the table is not there.
    const none = kvm(`/data/t.db "SELECT count(*) FROM t;"`, [], 90);
    expect(none.stdout.replace(/\r/g, '')).toMatch(/Error: (in prepare, no such table: t|unable to open database)/);
    expect(none.code).toBe(3); // status 1
  }, 300_000);

  it('a commit on the disk survives a power cut right after it is reported (QEMU killed, no clean exit)', async () => {
    const disk = join(tmp, 'cut.img');
    writeFileSync(disk, Buffer.alloc(8 << 20));
    const drive = ['-drive', `file=${disk},format=raw,if=none,id=d0`, '-device', 'virtio-blk-device,drive=d0'];
    const made = kvm(`/data/c.db "CREATE TABLE t(a);"`, drive, 90);
    expect(made.code, made.stdout).toBe(1);
    // The INSERT commits (journal_mode=DELETE, synchronous=FULL), "committed" is printed after it,
    // then a query that runs for minutes keeps the shell from its clean exit (and its last sync).
    const long =
      'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x<2000000000) SELECT count(*) FROM c;';
    const g = startGuest(
      QEMU_X86,
      qemuMicrovm(KVM, `/data/c.db "INSERT INTO t VALUES (42);" "SELECT 'committed';" "${long}"`, drive),
    );
    try {
      await g.waitFor(/^committed$/m, 90_000);
    } finally {
      await g.stop(); // SIGKILL: the guest's power cut
    }
    const after = kvm(`/data/c.db "SELECT 'rows', count(*), sum(a) FROM t;"`, drive, 90);
    expect(after.stdout.replace(/\r/g, '')).toMatch(/(^|\n)rows\|1\|42\n/);
    expect(after.code).toBe(1);
  }, 300_000);

  it('a syntax error gives the host sqlite3 message and a non-zero status (command line, stdin, kvm)', () => {
    // linuxu's console is one stream: stdout, then each error as it happens.
    for (const args of [
      [':memory:', 'SELECT 1; SELEC 2;'],
      [':memory:', 'CREATE TABLE t(a UNIQUE); INSERT INTO t VALUES (1), (1);'],
    ]) {
      const want = host(args);
      const got = linuxu(LINUXU, args);
      expect(want.code).not.toBe(0);
      expect(want.stderr).toMatch(/^Error: /);
      expect(got.stdout).toBe(want.stdout + want.stderr);
      expect(got.code).toBe(want.code);
    }
    const src =
      'SELECT 1;\nCREATE TABLE t(a UNIQUE);\nINSERT INTO t VALUES (1);\nINSERT INTO t VALUES (1);\nSELECT 2,\n  FROM;\n.nosuch\nSELECT 3;\n';
    const want = host(['-batch'], src);
    const got = linuxu(LINUXU, ['-batch'], src);
    const errors = want.stderr.split(/(?=^(?:Parse error|Runtime error|Error:))/m);
    expect(errors).toHaveLength(3);
    let rest = got.stdout;
    for (const e of errors) {
      expect(rest).toContain(e);
      rest = rest.replace(e, '');
    }
    expect(rest).toBe(want.stdout);
    expect(got.code).toBe(1);
    const k = kvm(':memory: "SELEC 1;"', [], 60);
    expect(k.stdout.replace(/\r/g, '')).toContain(
      'Error: in prepare, near "SELEC": syntax error\n  SELEC 1;\n  ^--- error here\n',
    );
    expect(k.code).toBe(3); // status 1
  }, 120_000);
});

describe("sqlite-app with SQLite's unix VFS (libsqlite.VFS=UNIX, built in a scratch copy)", () => {
  let ws: Scratch | undefined;
  let image = '';
  let dir = '';

  beforeAll(() => {
    ws = scratchWorkspace();
    ws.edit('apps/sqlite/uk.config.json', (text) => {
      const config = JSON.parse(text);
      config.options = { ...config.options, libsqlite: { VFS: 'UNIX' } };
      return JSON.stringify(config, null, 2);
    });
    const r = nx(['build', 'sqlite-app', '-c', 'linuxu-x86_64'], ws.dir, 1200);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    image = join(ws.dir, LINUXU);
    dir = mkdtempSync(join(tmpdir(), 'uk-sqlite-unix-'));
  }, 1_300_000);
  afterAll(() => {
    ws?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the whole corpus on a database file (ramfs) equals the host on a file (linuxu-x86_64)', () => {
    // The unix VFS is the one built in: its VFS names are in the image.
    expect(readFileSync(image).includes('unix-dotfile')).toBe(true);
    const want = host([join(dir, 'host.db'), ...scripts.map((s) => `.read ${s}`)]);
    expect(want.code, want.stderr).toBe(0);
    const got = linuxu(image, ['/corpus.db', ...scripts.map((s) => `.read /sql/${s}`)]);
    expect(got.stdout).toBe(want.stdout);
    expect(got.code, got.stderr).toBe(0);
  }, 120_000);
});
