// httpd-app as a Xen PV domU (xen-x86_64), served through netfront and
// netback to the Linux dom0 that `nx run httpd-app:run -c xen-x86_64` uses
// (Xen 4.17 in QEMU TCG): the time from `xl create` to the first HTTP 200,
// requests per second from dom0 over one keep-alive connection, over new
// connections one after another, and over new connections 8 at a time
// (curl --parallel: the dom0 has curl; wrk would bring LuaJIT and OpenSSL
// into an image kept small so that it boots fast), and the image size
// against the goal of 186,000 bytes.
//
//   node bench/xen-httpd.mjs [--rounds=5] [--requests=500]
// Each round creates the domU, measures, and destroys it, all in one dom0
// boot; the figures are medians over the rounds. Run scripts/setup.sh first
// (it builds the plugin this script uses).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENV, REPO, median } from './lib.mjs';

const arg = (name, def) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const rounds = Number(arg('rounds', '5'));
const requests = Number(arg('requests', '500'));
const GOAL = 186000;
const NAME = 'httpd-app_xen-x86_64';
const DIR = join(REPO, 'dist/apps/httpd/xen-x86_64');
const IP = '169.254.1.2';
// The plugin as built by setup (npm run build:plugin): the same Xen and dom0 as `nx run`.
const plugin = createRequire(import.meta.url)(join(REPO, 'tools/dist/index.js'));

const build = spawnSync(join(REPO, 'node_modules/.bin/nx'), ['build', 'httpd-app', '-c', 'xen-x86_64'], {
  cwd: REPO,
  env: ENV,
  encoding: 'utf8',
});
if (build.status !== 0) throw new Error(`nx build httpd-app -c xen-x86_64 failed:\n${build.stdout}${build.stderr}`);

// One round per create/destroy; every wait bounded; results as "ukraft-bench: <key> <value>".
const script = String.raw`
say() { echo "ukraft-bench: $*"; }
ms() { echo $(( $(date +%s%N) / 1000000 )); }
url=http://${IP}/
urls() { for i in $(seq $1); do printf '%s ' "$url"; done; }
for r in $(seq ${rounds}); do
  t0=$(ms)
  xl create ${NAME}.xl.cfg 'extra="ip=${IP} mask=255.255.0.0 gw=169.254.1.1"' >/dev/null 2>&1 || { say "create failed"; break; }
  ok=0
  for i in $(seq 1200); do curl -s -m 1 -o /dev/null "$url" && { ok=1; break; }; sleep 0.05; done
  [ $ok = 1 ] || { say "no answer"; xl destroy ${NAME}; break; }
  say "first200 $(( $(ms) - t0 ))"
  t=$(ms); n=$(curl -s -m 300 -o /dev/null -w '%{http_code}\n' $(urls ${requests}) | grep -c '^200$')
  say "keepalive $n $(( $(ms) - t ))"
  t=$(ms); n=$(curl -s -m 300 -o /dev/null -H 'Connection: close' -w '%{http_code}\n' $(urls ${requests}) | grep -c '^200$')
  say "serial $n $(( $(ms) - t ))"
  t=$(ms); n=$(curl -s --no-progress-meter -m 300 -Z --parallel-max 8 -o /dev/null -H 'Connection: close' -w '%{http_code}\n' $(urls ${requests}) | grep -c '^200$')
  say "parallel8 $n $(( $(ms) - t ))"
  xl destroy ${NAME}
  for i in $(seq 100); do xl domid ${NAME} >/dev/null 2>&1 || break; sleep 0.1; done
done
say done
`;

const tmp = mkdtempSync(join(tmpdir(), 'ukraft-bench-xen-httpd-'));
try {
  const cfg = readFileSync(join(DIR, `${NAME}.xl.cfg`), 'utf8').replace(/^kernel = .*$/m, `kernel = "/test/${NAME}"`);
  const files = new Map([
    [`${NAME}.xl.cfg`, Buffer.from(cfg)],
    [NAME, readFileSync(join(DIR, NAME))],
  ]);
  // The config names the app's initrd (its static files) as ramdisk, beside it.
  const initrdFile = join(DIR, `${NAME}.initrd.cpio`);
  if (existsSync(initrdFile)) files.set(`${NAME}.initrd.cpio`, readFileSync(initrdFile));
  const { kernel, initramfs } = plugin.linuxDom0(REPO);
  const initrd = join(tmp, 'initrd.gz');
  plugin.writeDom0Initrd(initrd, initramfs, files, script);
  const q = spawnSync(
    'qemu-system-x86_64',
    plugin.linuxDom0QemuArgs(plugin.xenHypervisor(REPO, 'x86_64'), kernel, initrd),
    {
      encoding: 'utf8',
      timeout: (120 + rounds * 240) * 1000,
      maxBuffer: 64 << 20,
    },
  );
  const out = (q.stdout ?? '').replace(/\r/g, '');
  const values = (key) =>
    [...out.matchAll(new RegExp(`^ukraft-bench: ${key} (.*)$`, 'gm'))].map((m) => m[1].split(' ').map(Number));
  const said = out.split('\n').filter((l) => l.startsWith('ukraft-bench: '));
  if (!out.includes('ukraft-bench: done'))
    throw new Error(
      `the dom0 did not finish (QEMU ${q.error ?? `exit ${q.status}`}):\n${said.join('\n')}\n${out.slice(-1500)}`,
    );
  const first = values('first200').map(([v]) => v);
  if (first.length === 0) throw new Error(`no round answered:\n${out.slice(-4000)}`);
  const size = statSync(join(DIR, NAME)).size;
  console.log(`httpd-app xen-x86_64 PV domU, Xen 4.17 in QEMU TCG, medians of ${first.length} rounds`);
  console.log(
    `  image ${size.toLocaleString('en')} B (goal <= ${GOAL.toLocaleString('en')} B: ${size <= GOAL ? 'met' : 'not met'})`,
  );
  console.log(`  xl create -> first HTTP 200: ${median(first)} ms`);
  for (const [key, what] of [
    ['keepalive', 'one keep-alive connection'],
    ['serial', 'new connections, one at a time'],
    ['parallel8', 'new connections, 8 at a time'],
  ]) {
    const runs = values(key);
    const ok = runs.every(([n]) => n === requests);
    const rps = runs.map(([n, t]) => (n * 1000) / t);
    console.log(`  ${what}: ${median(rps).toFixed(0)} requests/s (${requests} per round${ok ? '' : ', SOME FAILED'})`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
