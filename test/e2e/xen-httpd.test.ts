/**
 * httpd-app on xen-x86_64 as a PV domU with a netfront vif, under Xen
 * 4.17 in QEMU (TCG) with a Linux dom0 (test/support/xen-dom0.sh) that
 * has netback, the bridge br0 (169.254.1.1/16) and curl. The dom0 script
 * starts the domU with `xl create -c` and the config the build wrote
 * (its vif line as it is; only the kernel path adapted), then from dom0, through netback and the
 * bridge: GET / (200 and the page), N keep-alive requests on one
 * connection, N new connections, a malformed request (400, the
 * connection closed, the next request served), /status; the
 * robustness run of netdev-robustness (test/support/rawsend.c, static,
 * out of the vif: 3000+ malformed and random frames), after which 30
 * requests must all get 200; then `xl destroy`, and dom0 checks the back end's xenstore directory and the
 * vif interface are gone. And `nx run httpd-app:run -c xen-x86_64`,
 * which does the same boot, prints the curled 200 response and ends the
 * domU with `xl shutdown`: netfront closes the vif through xenbus
 * (Closing, Closed, netback following) and the domain powers off.
 * 69 s measured on an idle machine (TCG), 6-7 minutes when other QEMUs
 * share the cores; most of it the two boots. Every wait in the script has a bound; the
 * whole boot is bounded by QEMU's timeout.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, nx } from '../support/run';
import { adaptedXlConfig, runInLinuxDom0, type Dom0Run } from '../support/xen';

const DIR = 'dist/apps/httpd/xen-x86_64';
const IMAGE = `${DIR}/httpd-app_xen-x86_64`;
const IP = '169.254.1.2';
/** Requests of the keep-alive run and connections of the new-connection run. */
const N = 100;

/** The dom0 half: every result as an "ukraft-dom0: <what>: <value>" line. */
const SCRIPT = String.raw`
say() { echo "ukraft-dom0: $*"; }
(client() {
  url=http://${IP}/
  t0=$(date +%s%N)
  for i in $(seq 240); do
    curl -s -m 2 -o /dev/null "$url" && break
    xl domid httpd-app_xen-x86_64 >/dev/null 2>&1 || { say "domain gone"; return; }
    sleep 0.5
  done
  say "first answer after: $(( ($(date +%s%N) - t0) / 1000000 )) ms"
  curl -si -m 10 "$url" >/tmp/r1 2>&1; say "curl exit: $?"
  sed 's/\r$//; s/^/ukraft-dom0: r1: /' /tmp/r1
  # N requests on one connection (curl reuses it): codes, and connections opened
  urls=$(for i in $(seq ${N}); do printf '%s ' "$url"; done)
  curl -s -m 120 -o /dev/null -w '%{http_code} %{num_connects}\n' $urls >/tmp/ka 2>&1
  say "keep-alive 200s: $(grep -c '^200 ' /tmp/ka) connects: $(awk '{ n += $2 } END { print n }' /tmp/ka)"
  # N new connections: the server closes after each (Connection: close)
  curl -s -m 120 -o /dev/null -H 'Connection: close' -w '%{http_code} %{num_connects}\n' $urls >/tmp/nc 2>&1
  say "new-connection 200s: $(grep -c '^200 ' /tmp/nc) connects: $(awk '{ n += $2 } END { print n }' /tmp/nc)"
  # A malformed request line: 400, and the server closes the connection
  # (bash for /dev/tcp: the script's sh has none)
  timeout 20 bash -c 'exec 3<>/dev/tcp/${IP}/80 || exit 1
    printf "GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n" >&3
    echo "ukraft-dom0: malformed: $(head -1 <&3 | tr -d "\r")"
    cat <&3 >/dev/null && echo "ukraft-dom0: after it: closed"'
  curl -s -m 10 -o /dev/null -w '%{http_code}\n' "$url" | sed 's/^/ukraft-dom0: good after bad: /'
  curl -s -m 10 "http://${IP}/status" | tr -d '\r' | sed 's/^/ukraft-dom0: status: /'
  id=$(xl domid httpd-app_xen-x86_64)
  # The networking issue's robustness run, over netback: malformed and random
  # frames out of the vif, then the server must still answer every request
  mac=$(xenstore-read /local/domain/0/backend/vif/$id/0/mac)
  ./rawsend vif$id.0 "$mac" ${IP} 80 12345 3000 2>&1 | sed 's/^/ukraft-dom0: rawsend: /'
  curl -s -m 60 -o /dev/null -w '%{http_code}\n' $(for i in $(seq 30); do printf '%s ' "$url"; done) >/tmp/ab 2>&1
  say "200s after bad frames: $(grep -c '^200$' /tmp/ab)"
  curl -s -m 10 "http://${IP}/status" | tr -d '\r' | sed 's/^/ukraft-dom0: status after: /'
  say "vif before destroy: $(ls /sys/class/net | grep -c "^vif$id\.0$")"
  xl destroy httpd-app_xen-x86_64; say "destroy exit: $?"
  for i in $(seq 100); do [ -z "$(xenstore-list /local/domain/0/backend/vif 2>/dev/null)" ] && break; sleep 0.1; done
  say "backend left: $(xenstore-list /local/domain/0/backend/vif 2>/dev/null | tr '\n' ' ')."
  for i in $(seq 100); do [ -e /sys/class/net/vif$id.0 ] || break; sleep 0.1; done
  say "vif after destroy: $(ls /sys/class/net | grep -c "^vif$id\.0$")"
}
# Whatever happens in client, the domain goes, so xl create -c returns.
client; xl destroy httpd-app_xen-x86_64 2>/dev/null) &
xl create -c httpd-app_xen-x86_64.xl.cfg 'extra="ip=${IP} mask=255.255.0.0 gw=169.254.1.1"'
say "xl exited $?"
wait
`;

let run: Dom0Run;
let tmp: string;

beforeAll(() => {
  const r = nx(['build', 'httpd-app', '--configuration=xen-x86_64']);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  tmp = mkdtempSync(join(tmpdir(), 'ukraft-xen-httpd-'));
  const cfg = adaptedXlConfig(`${IMAGE}.xl.cfg`, '/test/httpd-app_xen-x86_64', tmp);
  // The bad-frame sender of netdev-robustness, static: the dom0 has no C library to spare.
  const rawsend = join(tmp, 'rawsend');
  const c = exec(
    'clang',
    ['-std=c11', '-D_GNU_SOURCE', '-O2', '-Wall', '-Wextra', '-Werror', '-static'].concat([
      'test/support/rawsend.c',
      '-o',
      rawsend,
    ]),
  );
  expect(c.code, c.stdout + c.stderr).toBe(0);
  // Bounded, with room for a loaded machine (TCG runs 2-3 times slower when
  // other QEMUs share the cores): about 40 s when idle.
  // The config names the app's initrd as ramdisk (relative: /test, where xl runs).
  run = runInLinuxDom0([cfg, IMAGE, `${IMAGE}.initrd.cpio`, rawsend], SCRIPT, 480);
}, 540_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The value of the dom0's "ukraft-dom0: <what>: <value>" line. */
function said(what: string): string {
  const m = new RegExp(`^ukraft-dom0: ${what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (.*)$`, 'm').exec(run.console);
  expect(m, run.stdout.slice(-6000)).not.toBeNull();
  return m![1]!;
}

describe('httpd-app on xen-x86_64, served through netfront to the Linux dom0', () => {
  it('the build wrote a vif line into the xl config', () => {
    expect(readFileSync(`${IMAGE}.xl.cfg`, 'utf8')).toContain("vif = ['bridge=br0']");
  });

  it('answers GET / with 200 and the page', () => {
    expect(run.console, run.stdout.slice(-6000)).toContain('ukraft-dom0: done');
    expect(said('curl exit')).toBe('0');
    const r1 = run.console
      .split('\n')
      .filter((l) => l.startsWith('ukraft-dom0: r1: '))
      .map((l) => l.slice('ukraft-dom0: r1: '.length));
    expect(r1[0]).toMatch(/^HTTP\/1\.1 200 OK$/);
    expect(r1.join('\n')).toMatch(/<html/i);
    // The device the domU found: netfront on the vif xl gave it.
    expect(run.console).toMatch(/^dev: xen-vif0 \[netfront\] vif0 mac 00:16:3e:/m);
  });

  it(`serves ${N} keep-alive requests on one connection and ${N} new connections`, () => {
    expect(said('keep-alive 200s')).toBe(`${N} connects: 1`);
    expect(said('new-connection 200s')).toBe(`${N} connects: ${N}`);
  });

  it('answers a malformed request with 400, closes, and serves the next one', () => {
    expect(said('malformed')).toMatch(/^HTTP\/1\.1 400 /);
    expect(said('after it')).toBe('closed');
    expect(said('good after bad')).toBe('200');
    // /status: the server's counters, and netfront's (nothing dropped on a good link)
    expect(run.console).toMatch(/^ukraft-dom0: status: requests [1-9]\d{2,}$/m);
    expect(run.console).toMatch(/^ukraft-dom0: status: errors 1$/m);
    expect(run.console).toMatch(/^ukraft-dom0: status: net vif0 rx \d+ tx \d+ rxdrop 0 txdrop 0 /m);
  });

  it('survives the robustness run over netback: 3000+ malformed and random frames, then serves every request', () => {
    const m = /^sent (\d+) failed (\d+)$/.exec(said('rawsend'));
    expect(m, said('rawsend')).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(3000);
    expect(said('200s after bad frames')).toBe('30');
    // The frames reached the guest (netfront counted them: 3,079 of 3,079 in one run), and it lives on.
    const before = /^ukraft-dom0: status: net vif0 rx (\d+) /m.exec(run.console);
    const after = /^ukraft-dom0: status after: net vif0 rx (\d+) /m.exec(run.console);
    expect(before && after, run.console.slice(-3000)).toBeTruthy();
    expect(Number(after![1]) - Number(before![1])).toBeGreaterThan(1000);
    expect(run.console).not.toMatch(/CRASH|ukraft: crashed/);
  });

  it('after xl destroy the back end is gone from xenstore and the vif from dom0', () => {
    expect(said('vif before destroy')).toBe('1');
    expect(said('destroy exit')).toBe('0');
    expect(said('backend left')).toBe('.');
    expect(said('vif after destroy')).toBe('0');
  });
});

describe('nx run httpd-app:run -c xen-x86_64 (no Xen host here)', () => {
  it('boots Xen with the Linux dom0, xl creates the domU, dom0 curls it and prints the 200 response', () => {
    const r = nx(['run', 'httpd-app:run', '--configuration=xen-x86_64'], undefined, 240);
    const out = r.stdout.replace(/\r/g, '');
    expect(r.code, out.slice(-4000) + r.stderr).toBe(0);
    const at = out.indexOf('ukraft-dom0: curl -si http://169.254.1.2:80/');
    expect(at, out.slice(-4000)).toBeGreaterThanOrEqual(0);
    const answer = out.slice(at).split('\n');
    expect(answer[1]).toBe('HTTP/1.1 200 OK');
    expect(out.slice(at)).toContain('<h1>Hello from ukraft</h1>');
    // xl shutdown: netfront closed the vif with netback following, then powered off
    expect(out).toMatch(/^netfront: vif0 closed \(0\), back end Closed$/m);
    expect(out).toMatch(/^ukraft: main returned 0$/m);
    expect(out).toContain('httpd-app (xen-x86_64): main returned 0');
  }, 300_000);
});
