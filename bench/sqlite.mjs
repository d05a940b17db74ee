// SQLite benchmark (issue 17): the Unikraft paper's workload, 60,000 INSERTs
// (one autocommit statement each), with the same SQL and PRAGMAs on the host's
// native sqlite3 and on sqlite-app: linuxu-x86_64 in memory and on a file
// (its ramfs root), kvm-x86_64 under TCG in memory, on ramfs and (with
// --disk) on the virtio-blk disk through snapfs. The SQL is one file, /bench.sql,
// in an initrd of its own (cpio), run with ".read"; the host reads the same
// file. Each figure is the median wall time of --runs (default 5) runs from
// spawn to exit; for the images the same image running "SELECT 1" is measured
// too and subtracted ("net"), so boot and initrd unpacking are not counted.
// Also prints sqlite-app's image sizes.
//
// Unless --no-unix, the same rows (but the disk's) are measured for sqlite-app
// built with SQLite's unix VFS (libsqlite.VFS=UNIX, in a scratch copy), its runs
// alternating with those of the default image (same load), with the ratio
// unix/own of the net times.
//
//   node bench/sqlite.mjs [--runs=5] [--rows=60000] [--disk] [--no-unix]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ENV, REPO, fmt, median, scratch, timed } from './lib.mjs';

const { targetSpec } = createRequire(import.meta.url)(join(REPO, 'tools/dist/index.js'));

const arg = (name, def) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const runs = Number(arg('runs', '5'));
const rows = Number(arg('rows', '60000'));
const withDisk = process.argv.includes('--disk');
const withUnix = !process.argv.includes('--no-unix');
const PAPER = { unikraft: 1.07, linux: 1.15 }; // seconds, the paper's 60K INSERT figure

const tmp = mkdtempSync(join(tmpdir(), 'uk-sqlite-bench-'));
let unixWs;
try {
  // The workload: no fsync per statement (synchronous=OFF), the journal in memory.
  const sql = [
    'PRAGMA synchronous=OFF;',
    'PRAGMA journal_mode=MEMORY;',
    'CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT, n INTEGER);',
  ];
  for (let i = 0; i < rows; i++) sql.push(`INSERT INTO t(v, n) VALUES ('value ${i}', ${i * 7});`);
  sql.push('SELECT count(*) FROM t;');
  const file = join(tmp, 'bench.sql');
  writeFileSync(file, sql.join('\n') + '\n');
  const cpio = join(tmp, 'bench.cpio');
  const pack = spawnSync('sh', ['-c', `echo bench.sql | cpio -o -H newc > ${cpio}`], { cwd: tmp, stdio: 'ignore' });
  if (pack.status !== 0) throw new Error('cpio failed (Debian package cpio)');

  const build = (dir) => {
    for (const c of ['linuxu-x86_64', 'kvm-x86_64']) {
      timed(join(REPO, 'node_modules/.bin/nx'), ['build', 'sqlite-app', '-c', c, '--output-style=static'], dir);
    }
  };
  build(REPO);
  // The unix-VFS variant: the same app with libsqlite.VFS=UNIX, in a scratch copy.
  unixWs = withUnix ? scratch() : undefined;
  if (unixWs) {
    const cfg = join(unixWs.dir, 'apps/sqlite/uk.config.json');
    const config = JSON.parse(readFileSync(cfg, 'utf8'));
    config.options = { ...config.options, libsqlite: { VFS: 'UNIX' } };
    writeFileSync(cfg, JSON.stringify(config, null, 2));
    build(unixWs.dir);
  }
  const image = (root, c) => join(root, `dist/apps/sqlite/${c}/sqlite-app_${c}`);
  const LINUXU = image(REPO, 'linuxu-x86_64');
  const KVM = image(REPO, 'kvm-x86_64');
  // Booted the way `nx run` boots it (tools/src/targets/kvm-x86_64.ts): microvm, TCG, the initrd.
  const qemuOf = (kvm) => (args, disk) =>
    targetSpec('kvm-x86_64').boot(kvm, { memory: '256M', args, initrd: cpio, disk }).args;
  const qemu = qemuOf(KVM);

  /** Wall ms of one run of cmd; the output must end with the row count. */
  const once = (cmd, args, env, ok, before) => {
    before();
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd: tmp, env, encoding: 'utf8', maxBuffer: 1 << 26 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (!ok.includes(r.status))
      throw new Error(`${cmd} ${args.join(' ')}: status ${r.status}\n${r.stdout}\n${r.stderr}`);
    if (!args.join(' ').includes('SELECT 1') && !r.stdout.replace(/\r/g, '').includes(`${rows}\n`)) {
      throw new Error(`${cmd}: no row count ${rows} in the output:\n${r.stdout.slice(-500)}\n${r.stderr}`);
    }
    return ms;
  };
  /** Median wall ms of cmd over --runs runs. */
  const measure = (cmd, args, env = ENV, ok = [0], before = () => {}) => {
    const t = [];
    for (let i = 0; i < runs; i++) t.push(once(cmd, args, env, ok, before));
    return median(t);
  };
  /** Medians of several commands ([cmd, args]), their runs alternating (the same load for each). */
  const alternate = (cmds, env = ENV, ok = [0]) => {
    const t = cmds.map(() => []);
    for (let i = 0; i < runs; i++) cmds.forEach(([cmd, args], j) => t[j].push(once(cmd, args, env, ok, () => {})));
    return t.map(median);
  };
  const pairs = [];
  const results = [];
  const row = (what, ms, base = 0) => {
    results.push({ what, ms, net: ms - base });
    console.log(`${what}: ${fmt(ms)}${base ? ` (net ${fmt(ms - base)})` : ''}`);
  };

  const dbFile = join(tmp, 'host.db');
  const hostMem = measure('sqlite3', [':memory:', '.read bench.sql']);
  row('host sqlite3, :memory:', hostMem);
  const hostFile = measure('sh', ['-c', `rm -f ${dbFile}; sqlite3 ${dbFile} ".read bench.sql"`]);
  row(`host sqlite3, file on ${tmpdir()}`, hostFile);

  const uenv = { ...ENV, UK_INITRD: cpio };
  const QEMU = 'qemu-system-x86_64';
  // Each row for the default image, and (withUnix) for the unix-VFS one, runs alternating.
  const variants = [
    { name: '', linuxu: LINUXU, kvm: KVM },
    ...(unixWs
      ? [{ name: ', unix VFS', linuxu: image(unixWs.dir, 'linuxu-x86_64'), kvm: image(unixWs.dir, 'kvm-x86_64') }]
      : []),
  ].map((v) => ({ ...v, qemu: qemuOf(v.kvm) }));
  // cmdsOf(variant): [the measured command, its base ("SELECT 1")]; every run of every
  // variant's pair alternates, so all see the same load.
  const both = (what, cmdsOf, env, ok) => {
    const ms = alternate(variants.flatMap(cmdsOf), env, ok);
    const net = variants.map((v, i) => {
      row(`${what}${v.name}`, ms[2 * i], ms[2 * i + 1]);
      return ms[2 * i] - ms[2 * i + 1];
    });
    if (net.length > 1) pairs.push({ what, own: net[0], unix: net[1] });
  };
  const lrow = (what, db) =>
    both(
      what,
      (v) => [
        [v.linuxu, [db, '.read /bench.sql']],
        [v.linuxu, [':memory:', 'SELECT 1']],
      ],
      uenv,
      [0],
    );
  const krow = (what, db) =>
    both(
      what,
      (v) => [
        [QEMU, v.qemu([db, '.read /bench.sql'])],
        [QEMU, v.qemu([':memory:', 'SELECT 1'])],
      ],
      ENV,
      [1],
    );
  lrow('linuxu-x86_64, :memory:', ':memory:');
  lrow('linuxu-x86_64, file on ramfs', '/bench.db');
  krow('kvm-x86_64 (TCG), :memory:', ':memory:');
  krow('kvm-x86_64 (TCG), file on ramfs', '/bench.db');
  if (withDisk) {
    const kBase = measure(QEMU, qemu([':memory:', 'SELECT 1']), ENV, [1]);
    const disk = join(tmp, 'disk.img');
    const fresh = () => writeFileSync(disk, Buffer.alloc(64 << 20));
    const ms = measure('qemu-system-x86_64', qemu(['/data/bench.db', '.read /bench.sql'], disk), ENV, [1], fresh);
    row('kvm-x86_64 (TCG), file on snapfs (virtio-blk)', ms, kBase);
  }

  console.log(`\n${rows} INSERTs, medians of ${runs} runs; ratio = net time / host native (same file kind)`);
  for (const r of results) {
    const native = r.what.includes(':memory:') ? hostMem : hostFile;
    const scale = rows / 60000;
    console.log(
      `| ${r.what} | ${fmt(r.ms)} | ${fmt(r.net)} | ${(r.net / native).toFixed(2)}x | ${(r.net / 1000 / (PAPER.unikraft * scale)).toFixed(2)}x | ${(r.net / 1000 / (PAPER.linux * scale)).toFixed(2)}x |`,
    );
  }
  if (pairs.length) console.log('\nunix VFS against ours (net times): | run | own | unix | unix/own |');
  for (const p of pairs)
    console.log(`| ${p.what} | ${fmt(p.own)} | ${fmt(p.unix)} | ${(p.unix / p.own).toFixed(2)}x |`);
  for (const v of variants) {
    for (const c of ['linuxu-x86_64', 'kvm-x86_64']) {
      const img = c === 'linuxu-x86_64' ? v.linuxu : v.kvm;
      console.log(`image ${c}${v.name}: ${statSync(img).size.toLocaleString('en')} bytes`);
    }
  }
  console.log(`load average at the end: ${spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).stdout.trim()}`);
} finally {
  unixWs?.dispose();
  rmSync(tmp, { recursive: true, force: true });
}
