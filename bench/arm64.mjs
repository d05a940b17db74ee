// arm64 beside x86_64: builds hello world for kvm and linuxu on both
// architectures in a scratch copy (once; clean build times are printed
// but not medians), then reports image sizes and the median time from
// starting QEMU (or the process) to the "Hello world!" line and to exit.
//
//   node bench/arm64.mjs [--boots=20]
//
// kvm-x86_64: QEMU microvm, TCG; kvm-arm64: QEMU virt, cortex-a57, TCG
// (the acceptance command, ELF and Image); linuxu-x86_64 natively;
// linuxu-arm64 under qemu-aarch64 (user-mode emulation) on x86_64 hosts.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fmt, median, scratch, timed, timeToLine } from './lib.mjs';

const arg = (name, def) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def;
const boots = Number(arg('boots', '20'));
const TARGETS = ['kvm-x86_64', 'kvm-arm64', 'linuxu-x86_64', 'linuxu-arm64'];

/** How to boot each image, as [command, args]. */
function bootCommand(target, image) {
  switch (target) {
    case 'kvm-x86_64':
      return [
        'qemu-system-x86_64',
        [
          '-M',
          'microvm',
          '-accel',
          'tcg',
          '-cpu',
          'max',
          '-m',
          '64M',
          '-nodefaults',
          '-no-user-config',
          '-nographic',
          '-serial',
          'stdio',
          '-device',
          'isa-debug-exit,iobase=0xf4,iosize=4',
          '-kernel',
          image,
          '-append',
          'one two',
        ],
      ];
    case 'kvm-arm64':
      return [
        'qemu-system-aarch64',
        [
          '-M',
          'virt',
          '-cpu',
          'cortex-a57',
          '-m',
          '64M',
          '-nographic',
          '-no-reboot',
          '-kernel',
          image,
          '-append',
          'one two',
        ],
      ];
    case 'linuxu-x86_64':
      return [image, ['one', 'two']];
    case 'linuxu-arm64':
      return process.arch === 'arm64' ? [image, ['one', 'two']] : ['qemu-aarch64', [image, 'one', 'two']];
    default:
      throw new Error(`no boot command for ${target}`);
  }
}

async function bootTimes(target, image) {
  const [cmd, args] = bootCommand(target, image);
  const times = [];
  for (let i = 0; i < boots; i++) times.push(await timeToLine(cmd, args, 'Hello world!'));
  return { toLine: median(times.map((t) => t.toLine)), toExit: median(times.map((t) => t.toExit)) };
}

const ws = scratch();
const nx = join(ws.dir, 'node_modules', '.bin', 'nx');
try {
  const rows = [];
  for (const target of TARGETS) {
    const build = timed(nx, ['build', 'helloworld', `--configuration=${target}`], ws.dir);
    const image = join(ws.dir, `dist/apps/helloworld/${target}/helloworld_${target}`);
    rows.push({ target, label: target, image, build, size: statSync(image).size, ...(await bootTimes(target, image)) });
    if (target === 'kvm-arm64') {
      const img = `${image}.Image`;
      rows.push({
        target,
        label: 'kvm-arm64 (Image)',
        image: img,
        size: statSync(img).size,
        ...(await bootTimes(target, img)),
      });
    }
  }
  console.log(`hello world on x86_64 and arm64: image sizes, medians of ${boots} boots (TCG, no KVM)`);
  console.log(
    `  ${'target'.padEnd(20)}${'image bytes'.padStart(12)}${'to Hello world!'.padStart(18)}${'to exit'.padStart(12)}${'first build'.padStart(14)}`,
  );
  for (const r of rows) {
    console.log(
      `  ${r.label.padEnd(20)}${String(r.size).padStart(12)}${fmt(r.toLine).padStart(18)}${fmt(r.toExit).padStart(12)}${(r.build ? fmt(r.build) : '').padStart(14)}`,
    );
  }
} finally {
  ws.dispose();
}
