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
import { nx } from '../support/run';
import { adaptedXlConfig, runInLinuxDom0, type Dom0Run } from '../support/xen';
import { buildRawsend, httpdDom0Script, httpdThroughNetfront, nxRunServesThroughNetfront } from '../support/xen-httpd';

const DIR = 'dist/apps/httpd/xen-x86_64';
const IMAGE = `${DIR}/httpd-app_xen-x86_64`;
const IP = '169.254.1.2';
/** Requests of the keep-alive run and connections of the new-connection run. */
const N = 100;

const SCRIPT = httpdDom0Script('httpd-app_xen-x86_64', IP, N);

let run: Dom0Run;
let tmp: string;

beforeAll(() => {
  const r = nx(['build', 'httpd-app', '--configuration=xen-x86_64']);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  tmp = mkdtempSync(join(tmpdir(), 'ukraft-xen-httpd-'));
  const cfg = adaptedXlConfig(`${IMAGE}.xl.cfg`, '/test/httpd-app_xen-x86_64', tmp);
  const rawsend = buildRawsend(tmp, 'x86_64');
  // Bounded, with room for a loaded machine (TCG runs 2-3 times slower when
  // other QEMUs share the cores): about 40 s when idle.
  // The config names the app's initrd as ramdisk (relative: /test, where xl runs).
  run = runInLinuxDom0([cfg, IMAGE, `${IMAGE}.initrd.cpio`, rawsend], SCRIPT, 480);
}, 540_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('httpd-app on xen-x86_64, served through netfront to the Linux dom0', () => {
  it('the build wrote a vif line into the xl config', () => {
    expect(readFileSync(`${IMAGE}.xl.cfg`, 'utf8')).toContain("vif = ['bridge=br0']");
  });

  httpdThroughNetfront(() => run, N, { robustness: true });
});

nxRunServesThroughNetfront('xen-x86_64');
