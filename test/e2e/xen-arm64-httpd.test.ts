/**
 * httpd-app on xen-arm64 as a domU with a netfront vif, created by `xl`
 * in an arm64 Linux dom0 (Debian's arm64 kernel, busybox, xen-utils-4.17
 * and curl: tools/src/xen/xen-dom0-arm64.sh) under Debian's Xen 4.17
 * arm64 in qemu-system-aarch64 (-M virt,virtualization=on,gic-version=3
 * -cpu cortex-a57, TCG). The dom0 half is xen-httpd.test.ts's
 * (test/support/xen-httpd.ts): GET / (200 and the page), N keep-alive
 * requests, N new connections, a malformed request, /status, the frame
 * robustness run (rawsend built static for arm64), then `xl destroy` and
 * the back end and vif gone. The domU's events arrive on
 * the event-channel PPI through Xen's vGIC. And `nx run httpd-app:run -c
 * xen-arm64` does the same boot and prints the dom0's curl of the domU. About 1 minute on an idle
 * machine (the dom0 is built once, ~1 minute more, into .cache/xen/arm64/).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nx } from '../support/run';
import { adaptedXlConfig, runInLinuxDom0, type Dom0Run } from '../support/xen';
import { buildRawsend, httpdDom0Script, httpdThroughNetfront, nxRunServesThroughNetfront } from '../support/xen-httpd';

const DIR = 'dist/apps/httpd/xen-arm64';
const IMAGE = `${DIR}/httpd-app_xen-arm64`;
const IP = '169.254.1.2';
const N = 100;

let run: Dom0Run;
let tmp: string;

beforeAll(() => {
  const r = nx(['build', 'httpd-app', '--configuration=xen-arm64']);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  tmp = mkdtempSync(join(tmpdir(), 'ukraft-xen-arm64-httpd-'));
  const cfg = adaptedXlConfig(`${IMAGE}.xl.cfg`, '/test/httpd-app_xen-arm64.Image', tmp);
  // The config names the app's initrd as ramdisk (relative: /test, where xl runs).
  const rawsend = buildRawsend(tmp, 'arm64');
  run = runInLinuxDom0(
    [cfg, `${IMAGE}.Image`, `${IMAGE}.initrd.cpio`, rawsend],
    httpdDom0Script('httpd-app_xen-arm64', IP, N),
    600,
    'arm64',
  );
}, 720_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('httpd-app on xen-arm64, an xl domU served through netfront to an arm64 Linux dom0', () => {
  it('the build wrote a vif line and the Image into the xl config', () => {
    const cfg = readFileSync(`${IMAGE}.xl.cfg`, 'utf8');
    expect(cfg).toContain("vif = ['bridge=br0']");
    expect(cfg).toContain('kernel = "httpd-app_xen-arm64.Image"');
  });

  httpdThroughNetfront(() => run, N, { robustness: true });
});

nxRunServesThroughNetfront('xen-arm64');
