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
//   node bench/sqlite.mjs [--runs=5] [--rows=60000] [--disk]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ENV, REPO, fmt, median, timed } from './lib.mjs';

const { targetSpec } = createRequire(import.meta.url)(join(REPO, 'tools/dist/index.js'));

const arg = (name, def) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const runs = Number(arg('runs', '5'));
const rows = Number(arg('rows', '60000'));
const withDisk = process.argv.includes('--disk');
const PAPER = { unikraft: 1.07, linux: 1.15 }; // seconds, the paper's 60K INSERT figure

const tmp = mkdtempSync(join(tmpdir(), 'uk-sqlite-bench-'));
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

  for (const c of ['linuxu-x86_64', 'kvm-x86_64']) {
    timed(join(REPO, 'node_modules/.bin/nx'), ['build', 'sqlite-app', '-c', c, '--output-style=static'], REPO);
  }
  const LINUXU = join(REPO, 'dist/apps/sqlite/linuxu-x86_64/sqlite-app_linuxu-x86_64');
  const KVM = join(REPO, 'dist/apps/sqlite/kvm-x86_64/sqlite-app_kvm-x86_64');
  // Booted the way `nx run` boots it (tools/src/targets/kvm-x86_64.ts): microvm, TCG, the initrd.
  const qemu = (args, disk) => targetSpec('kvm-x86_64').boot(KVM, { memory: '256M', args, initrd: cpio, disk }).args;

  /** Median wall ms of cmd; the output must end with the row count. */
  const measure = (cmd, args, env = ENV, ok = [0], before = () => {}) => {
    const t = [];
    for (let i = 0; i < runs; i++) {
      before();
      const t0 = process.hrtime.bigint();
      const r = spawnSync(cmd, args, { cwd: tmp, env, encoding: 'utf8', maxBuffer: 1 << 26 });
      t.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (!ok.includes(r.status))
        throw new Error(`${cmd} ${args.join(' ')}: status ${r.status}\n${r.stdout}\n${r.stderr}`);
      if (!args.join(' ').includes('SELECT 1') && !r.stdout.replace(/\r/g, '').includes(`${rows}\n`)) {
        throw new Error(`${cmd}: no row count ${rows} in the output:\n${r.stdout.slice(-500)}\n${r.stderr}`);
      }
    }
    return median(t);
  };
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
  const lBase = measure(LINUXU, [':memory:', 'SELECT 1'], uenv);
  row('linuxu-x86_64, :memory:', measure(LINUXU, [':memory:', '.read /bench.sql'], uenv), lBase);
  row('linuxu-x86_64, file on ramfs', measure(LINUXU, ['/bench.db', '.read /bench.sql'], uenv), lBase);

  const kBase = measure('qemu-system-x86_64', qemu([':memory:', 'SELECT 1']), ENV, [1]);
  row(
    'kvm-x86_64 (TCG), :memory:',
    measure('qemu-system-x86_64', qemu([':memory:', '.read /bench.sql']), ENV, [1]),
    kBase,
  );
  row(
    'kvm-x86_64 (TCG), file on ramfs',
    measure('qemu-system-x86_64', qemu(['/bench.db', '.read /bench.sql']), ENV, [1]),
    kBase,
  );
  if (withDisk) {
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
  for (const c of ['linuxu-x86_64', 'kvm-x86_64']) {
    const img = join(REPO, `dist/apps/sqlite/${c}/sqlite-app_${c}`);
    console.log(`image ${c}: ${statSync(img).size.toLocaleString('en')} bytes`);
  }
  console.log(`load average at the end: ${spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).stdout.trim()}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
