/**
 * The dom0 half of the httpd-app tests on Xen (test/e2e/xen-httpd.test.ts,
 * xen-arm64-httpd.test.ts): a script for the Linux dom0 that starts the
 * domU with `xl create -c` and the config the build wrote, curls it
 * through netback and the bridge (GET /, n keep-alive requests, n new
 * connections, a malformed request, /status, and with a ./rawsend the
 * frame robustness run of netdev-robustness), then `xl destroy`s it and
 * checks the back end and the vif are gone. Every result is an
 * "ukraft-dom0: <what>: <value>" line; every wait has a bound.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exec, nx } from './run';
import type { Dom0Run } from './xen';

/**
 * The bad-frame sender of netdev-robustness (test/support/rawsend.c) for
 * the dom0 of arch, static (the dom0 has no C library to spare), as
 * dir/rawsend. arm64 uses Debian's cross gcc and libc6-dev-arm64-cross.
 */
export function buildRawsend(dir: string, arch: 'x86_64' | 'arm64'): string {
  const out = join(dir, 'rawsend');
  const cc = arch === 'arm64' ? 'aarch64-linux-gnu-gcc' : 'clang';
  const c = exec(
    cc,
    ['-std=c11', '-D_GNU_SOURCE', '-O2', '-Wall', '-Wextra', '-Werror', '-static'].concat([
      'test/support/rawsend.c',
      '-o',
      out,
    ]),
  );
  expect(c.code, c.stdout + c.stderr).toBe(0);
  return out;
}

/** The script for the domain named domain (the xl config domain.xl.cfg in /test) at ip. */
export function httpdDom0Script(domain: string, ip: string, n: number): string {
  const IP = ip;
  return String.raw`
say() { echo "ukraft-dom0: $*"; }
(client() {
  url=http://${IP}/
  t0=$(date +%s%N)
  for i in $(seq 240); do
    curl -s -m 2 -o /dev/null "$url" && break
    xl domid ${domain} >/dev/null 2>&1 || { say "domain gone"; return; }
    sleep 0.5
  done
  say "first answer after: $(( ($(date +%s%N) - t0) / 1000000 )) ms"
  curl -si -m 10 "$url" >/tmp/r1 2>&1; say "curl exit: $?"
  sed 's/\r$//; s/^/ukraft-dom0: r1: /' /tmp/r1
  # N requests on one connection (curl reuses it): codes, and connections opened
  urls=$(for i in $(seq ${n}); do printf '%s ' "$url"; done)
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
  id=$(xl domid ${domain})
  # The networking issue's robustness run, over netback, where the test brought
  # a rawsend for the dom0: malformed and random frames out of the vif, then the
  # server must still answer every request
  if [ -x ./rawsend ]; then
    mac=$(xenstore-read /local/domain/0/backend/vif/$id/0/mac)
    ./rawsend vif$id.0 "$mac" ${IP} 80 12345 3000 2>&1 | sed 's/^/ukraft-dom0: rawsend: /'
    curl -s -m 60 -o /dev/null -w '%{http_code}\n' $(for i in $(seq 30); do printf '%s ' "$url"; done) >/tmp/ab 2>&1
    say "200s after bad frames: $(grep -c '^200$' /tmp/ab)"
    curl -s -m 10 "http://${IP}/status" | tr -d '\r' | sed 's/^/ukraft-dom0: status after: /'
  fi
  say "vif before destroy: $(ls /sys/class/net | grep -c "^vif$id\.0$")"
  xl destroy ${domain}; say "destroy exit: $?"
  for i in $(seq 100); do [ -z "$(xenstore-list /local/domain/0/backend/vif 2>/dev/null)" ] && break; sleep 0.1; done
  say "backend left: $(xenstore-list /local/domain/0/backend/vif 2>/dev/null | tr '\n' ' ')."
  for i in $(seq 100); do [ -e /sys/class/net/vif$id.0 ] || break; sleep 0.1; done
  say "vif after destroy: $(ls /sys/class/net | grep -c "^vif$id\.0$")"
}
# Whatever happens in client, the domain goes, so xl create -c returns.
client; xl destroy ${domain} 2>/dev/null) &
xl create -c ${domain}.xl.cfg 'extra="ip=${IP} mask=255.255.0.0 gw=169.254.1.1"'
say "xl exited $?"
wait
`;
}

/** The value of the dom0's "ukraft-dom0: <what>: <value>" line in run. */
export function said(run: Dom0Run, what: string): string {
  const m = new RegExp(`^ukraft-dom0: ${what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (.*)$`, 'm').exec(run.console);
  expect(m, run.stdout.slice(-6000)).not.toBeNull();
  return m![1]!;
}

/**
 * The checks of one such run (run() gives it once the suite's beforeAll
 * has booted): GET /, keep-alive and new connections, the malformed
 * request and /status, with opts.robustness the frame robustness run (the
 * run's files held a static rawsend), the teardown after xl destroy.
 */
export function httpdThroughNetfront(run: () => Dom0Run, n: number, opts: { robustness?: boolean } = {}): void {
  const say = (what: string) => said(run(), what);
  it('answers GET / with 200 and the page', () => {
    expect(run().console, run().stdout.slice(-6000)).toContain('ukraft-dom0: done');
    expect(say('curl exit')).toBe('0');
    const r1 = run()
      .console.split('\n')
      .filter((l) => l.startsWith('ukraft-dom0: r1: '))
      .map((l) => l.slice('ukraft-dom0: r1: '.length));
    expect(r1[0]).toMatch(/^HTTP\/1\.1 200 OK$/);
    expect(r1.join('\n')).toMatch(/<html/i);
    // The device the domU found: netfront on the vif xl gave it.
    expect(run().console).toMatch(/^dev: xen-vif0 \[netfront\] vif0 mac 00:16:3e:/m);
  });

  it(`serves ${n} keep-alive requests on one connection and ${n} new connections`, () => {
    expect(say('keep-alive 200s')).toBe(`${n} connects: 1`);
    expect(say('new-connection 200s')).toBe(`${n} connects: ${n}`);
  });

  it('answers a malformed request with 400, closes, and serves the next one', () => {
    expect(say('malformed')).toMatch(/^HTTP\/1\.1 400 /);
    expect(say('after it')).toBe('closed');
    expect(say('good after bad')).toBe('200');
    // /status: the server's counters, and netfront's (nothing dropped on a good link)
    expect(run().console).toMatch(/^ukraft-dom0: status: requests [1-9]\d{2,}$/m);
    expect(run().console).toMatch(/^ukraft-dom0: status: errors 1$/m);
    expect(run().console).toMatch(/^ukraft-dom0: status: net vif0 rx \d+ tx \d+ rxdrop 0 txdrop 0 /m);
  });

  if (opts.robustness)
    it('survives the robustness run over netback: 3000+ malformed and random frames, then serves every request', () => {
      const m = /^sent (\d+) failed (\d+)$/.exec(say('rawsend'));
      expect(m, say('rawsend')).not.toBeNull();
      expect(Number(m![1])).toBeGreaterThan(3000);
      expect(say('200s after bad frames')).toBe('30');
      // The frames reached the guest (netfront counted them: 3,079 of 3,079 in one run), and it lives on.
      const before = /^ukraft-dom0: status: net vif0 rx (\d+) /m.exec(run().console);
      const after = /^ukraft-dom0: status after: net vif0 rx (\d+) /m.exec(run().console);
      expect(before && after, run().console.slice(-3000)).toBeTruthy();
      expect(Number(after![1]) - Number(before![1])).toBeGreaterThan(1000);
      expect(run().console).not.toMatch(/CRASH|ukraft: crashed/);
    });

  it('after xl destroy the back end is gone from xenstore and the vif from dom0', () => {
    expect(say('vif before destroy')).toBe('1');
    expect(say('destroy exit')).toBe('0');
    expect(say('backend left')).toBe('.');
    expect(say('vif after destroy')).toBe('0');
  });
}

/**
 * `nx run httpd-app:run -c <target>` on this machine (not a Xen host): Xen
 * in QEMU with the Linux dom0 of the target's architecture, xl creates
 * the domU from the build's config, the dom0 curls it through netfront
 * and prints the response, then `xl shutdown` closes the vif and main's
 * status 0 is the run's.
 */
export function nxRunServesThroughNetfront(target: 'xen-x86_64' | 'xen-arm64', timeoutS = 300): void {
  describe(`nx run httpd-app:run -c ${target} (no Xen host here)`, () => {
    it(
      'boots Xen with the Linux dom0, xl creates the domU, dom0 curls it and prints the 200 response',
      () => {
        const r = nx(['run', 'httpd-app:run', `--configuration=${target}`], undefined, timeoutS - 60);
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
        expect(out).toContain(`httpd-app (${target}): main returned 0`);
      },
      timeoutS * 1000,
    );
  });
}
