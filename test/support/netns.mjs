// A network namespace with a TAP interface, for the tests and the
// benchmarks that put a guest on tap0 (plain JS so bench/ can share it):
// lo up, tap0 at 10.0.3.1/24; the guest takes 10.0.3.2. Root only.
import { spawnSync } from 'node:child_process';

function ip(args) {
  const r = spawnSync('ip', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ip ${args.join(' ')}: ${r.stderr}`);
}

/** Create the namespace ukraft-<tag>-<pid>; dispose() deletes it (and tap0 with it). */
export function makeTapNamespace(tag, mtu = 1500) {
  const name = `ukraft-${tag}-${process.pid}`;
  ip(['netns', 'add', name]);
  try {
    ip(['-n', name, 'link', 'set', 'lo', 'up']);
    ip(['-n', name, 'tuntap', 'add', 'dev', 'tap0', 'mode', 'tap']);
    ip(['-n', name, 'link', 'set', 'tap0', 'mtu', String(mtu)]);
    ip(['-n', name, 'addr', 'add', '10.0.3.1/24', 'dev', 'tap0']);
    ip(['-n', name, 'link', 'set', 'tap0', 'up']);
  } catch (e) {
    spawnSync('ip', ['netns', 'del', name]);
    throw e;
  }
  return {
    name,
    hostIp: '10.0.3.1',
    guestIp: '10.0.3.2',
    dispose: () => {
      spawnSync('ip', ['netns', 'del', name]);
    },
  };
}
