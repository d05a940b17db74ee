// Lua benchmark (issue 14): classic programs (fib, binary-trees, n-body,
// spectral-norm, string building) on lua-app under linuxu-x86_64 against
// the host's lua5.4 with the same inputs (ratio), and on kvm-x86_64 under
// QEMU microvm TCG; the image size per target; boot to first output on
// microvm TCG. Medians over --runs (default 5). Builds lua-app for every
// target first (Nx cache hits when it is up to date). Each program reads
// its size from N, set with -e before the script comes from stdin ("-").
//
// The boot figure alternates with hello world's boot on kvm-x86_64, for a
// ratio from the same run; --boot-only skips the programs.
//
//   node bench/lua.mjs [--runs=5] [--boots=10] [--boot-only]
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ENV, REPO, fmt, median, timeToLine } from './lib.mjs';

const arg = (name, def) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const runs = Number(arg('runs', '5'));
const boots = Number(arg('boots', '10'));
const bootOnly = process.argv.includes('--boot-only');
const TARGETS = ['linuxu-x86_64', 'kvm-x86_64', 'xen-x86_64', 'linuxu-arm64', 'kvm-arm64', 'xen-arm64'];
const image = (t) => join(REPO, `dist/apps/lua/${t}/lua-app_${t}`);

/** name → [Lua source using N, N natively, N under TCG] */
const PROGRAMS = {
  fib: ['local function fib(n) if n < 2 then return n end return fib(n-1) + fib(n-2) end print(fib(N))', 30, 24],
  'binary-trees': [
    `local function make(d) if d == 0 then return {} end d = d - 1 return { make(d), make(d) } end
     local function check(t) if not t[1] then return 1 end return 1 + check(t[1]) + check(t[2]) end
     local total = 0
     for d = 4, N, 2 do for _ = 1, 2 ^ (N - d + 4) do total = total + check(make(d)) end end
     print(total)`,
    12,
    10,
  ],
  'n-body': [
    `local b = { {0,0,0,0,0,0,39.47}, {4.84,-1.16,-0.10,0.606,2.81,-0.02,0.037},
       {8.34,4.12,-0.4,-1.01,1.82,0.008,0.011}, {12.89,-15.11,-0.22,1.08,0.868,-0.01,0.0017},
       {15.37,-25.9,0.179,0.979,0.594,-0.034,0.002} }
     local dt = 0.01
     for _ = 1, N do
       for i = 1, #b do local bi = b[i]
         for j = i + 1, #b do local bj = b[j]
           local dx, dy, dz = bi[1]-bj[1], bi[2]-bj[2], bi[3]-bj[3]
           local d2 = dx*dx + dy*dy + dz*dz
           local mag = dt / (d2 * math.sqrt(d2))
           bi[4] = bi[4] - dx*bj[7]*mag; bi[5] = bi[5] - dy*bj[7]*mag; bi[6] = bi[6] - dz*bj[7]*mag
           bj[4] = bj[4] + dx*bi[7]*mag; bj[5] = bj[5] + dy*bi[7]*mag; bj[6] = bj[6] + dz*bi[7]*mag
         end
       end
       for i = 1, #b do local bi = b[i]
         bi[1] = bi[1] + dt*bi[4]; bi[2] = bi[2] + dt*bi[5]; bi[3] = bi[3] + dt*bi[6] end
     end
     print(string.format("%.9f", b[1][1]))`,
    100000,
    5000,
  ],
  'spectral-norm': [
    `local function A(i, j) local ij = i + j - 1 return 1.0 / (ij * (ij - 1) * 0.5 + i) end
     local function Av(x, y, n) for i = 1, n do local a = 0 for j = 1, n do a = a + x[j] * A(i, j) end y[i] = a end end
     local function Atv(x, y, n) for i = 1, n do local a = 0 for j = 1, n do a = a + x[j] * A(j, i) end y[i] = a end end
     local function AtAv(x, y, t, n) Av(x, t, n) Atv(t, y, n) end
     local u, v, t = {}, {}, {}
     for i = 1, N do u[i] = 1 end
     for _ = 1, 10 do AtAv(u, v, t, N) AtAv(v, u, t, N) end
     local vBv, vv = 0, 0
     for i = 1, N do vBv = vBv + u[i] * v[i]; vv = vv + v[i] * v[i] end
     print(string.format("%0.9f", math.sqrt(vBv / vv)))`,
    300,
    60,
  ],
  strings: [
    `local parts = {}
     for i = 1, N do parts[#parts + 1] = string.format("%d:%s", i, ("x"):rep(i % 7)) end
     local s = table.concat(parts, ",")
     local n = 0 for _ in s:gmatch("%d+") do n = n + 1 end
     print(#s, n)`,
    100000,
    20000,
  ],
};

function must(r, what) {
  if (r.status !== 0) throw new Error(`${what} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** Wall milliseconds of one run, and its output. */
function once(cmd, args, input) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { input, encoding: 'utf8', maxBuffer: 1 << 24, timeout: 600_000 });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, out: r.stdout ?? '', status: r.status };
}

const microvm = (img, append) => [
  ...['-M', 'microvm', '-accel', 'tcg', '-cpu', 'max', '-m', '64M', '-nodefaults', '-nographic'],
  ...['-serial', 'stdio', '-device', 'isa-debug-exit,iobase=0xf4,iosize=4', '-kernel', img, '-append', append],
];

for (const t of TARGETS)
  must(
    spawnSync(join(REPO, 'node_modules/.bin/nx'), ['build', 'lua-app', '-c', t], {
      cwd: REPO,
      env: ENV,
      encoding: 'utf8',
    }),
    `nx build lua-app -c ${t}`,
  );

for (const [app, t] of [['helloworld', 'kvm-x86_64']])
  must(
    spawnSync(join(REPO, 'node_modules/.bin/nx'), ['build', app, '-c', t], { cwd: REPO, env: ENV, encoding: 'utf8' }),
    `nx build ${app} -c ${t}`,
  );
const HELLO = join(REPO, 'dist/apps/helloworld/kvm-x86_64/helloworld_kvm-x86_64');

if (!bootOnly) programsAndSizes();

function programsAndSizes() {
  console.log(
    `lua-app, medians of ${runs} runs (host lua5.4: ${spawnSync('lua5.4', ['-v'], { encoding: 'utf8' }).stdout.trim()})`,
  );
  console.log('  program          N native   host lua5.4   linuxu-x86_64   ratio   N TCG   kvm-x86_64 (TCG)');
  for (const [name, [src, nNative, nTcg]] of Object.entries(PROGRAMS)) {
    const host = [];
    const linuxu = [];
    const kvm = [];
    let want;
    for (let i = 0; i < runs; i++) {
      const h = once('lua5.4', ['-e', `N=${nNative}`, '-'], src);
      const u = once(image('linuxu-x86_64'), ['-e', `N=${nNative}`, '-'], src);
      want ??= h.out;
      if (h.status !== 0 || u.status !== 0 || !u.out.startsWith(want))
        throw new Error(`${name}: linuxu-x86_64 printed ${JSON.stringify(u.out)}, host ${JSON.stringify(h.out)}`);
      host.push(h.ms);
      linuxu.push(u.ms);
      // The console echoes the script; the isa-debug-exit status of main returning 0 is 1.
      const k = once('qemu-system-x86_64', microvm(image('kvm-x86_64'), `-e N=${nTcg} -`), `${src}\n\x04`);
      if (k.status !== 1) throw new Error(`${name}: kvm-x86_64 ended with ${k.status}:\n${k.out}`);
      kvm.push(k.ms);
    }
    const ratio = median(linuxu) / median(host);
    console.log(
      `  ${name.padEnd(15)} ${String(nNative).padStart(7)}   ${fmt(median(host)).padStart(11)}   ${fmt(median(linuxu)).padStart(13)}   ${ratio.toFixed(2).padStart(5)}x ${String(nTcg).padStart(7)}   ${fmt(median(kvm)).padStart(10)}`,
    );
  }

  console.log('image size (ELF; arm64 kvm/xen boot the .Image beside it)');
  for (const t of TARGETS) {
    const elf = statSync(image(t)).size;
    let extra = '';
    try {
      extra = `, Image ${statSync(`${image(t)}.Image`).size} bytes`;
    } catch {
      // no Image for this target
    }
    console.log(`  ${t.padEnd(14)} ${elf} bytes (${(elf / 1024).toFixed(0)} KiB)${extra}`);
  }
}

const first = [];
const hello = [];
for (let i = 0; i < boots; i++) {
  first.push(await timeToLine('qemu-system-x86_64', microvm(image('kvm-x86_64'), `-e 'print("ready")'`), 'ready'));
  hello.push(await timeToLine('qemu-system-x86_64', microvm(HELLO, ''), 'Hello world!'));
}
const toLine = median(first.map((f) => f.toLine));
const helloLine = median(hello.map((f) => f.toLine));
console.log(
  `boot to first output (kvm-x86_64, microvm TCG, median of ${boots}): ${fmt(toLine)} to "ready", ${fmt(median(first.map((f) => f.toExit)))} to QEMU's exit`,
);
console.log(
  `  hello world in the same run: ${fmt(helloLine)} to "Hello world!" (lua-app/hello world ${(toLine / helloLine).toFixed(2)}x; goal for lua-app: <= 50 ms)`,
);
