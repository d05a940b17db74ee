/**
 * httpd's request-target to file mapping (apps/httpd/docpath.c) on the
 * host with ASan and UBSan (test/unit/httpd-docpath-driver.c): fixed
 * targets (percent escapes, dot segments, ".." in every spelling refused
 * with 403, bad escapes and NUL with 400), media types by extension, and
 * 200,000 random targets of '/', '.', '%' escapes and letters whose
 * mapped paths must all stay under the root.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHostDriver, type HostDriver } from '../support/host-driver';
import { exec } from '../support/run';

let built: HostDriver;

beforeAll(() => {
  built = buildHostDriver('httpd-docpath-driver', ['test/unit/httpd-docpath-driver.c', 'apps/httpd/docpath.c']);
});
afterAll(() => built?.dispose());

describe('httpd target-to-path mapping on the host (ASan, UBSan)', () => {
  it('maps, refuses escapes from the root, and keeps random targets under it', () => {
    const r = exec(built.path, ['1', '200000'], { timeoutS: 120 });
    expect(r.stderr).toBe('');
    expect(r.code, r.stdout).toBe(0);
    const m = /^ok rounds (\d+) mapped (\d+) refused (\d+)$/m.exec(r.stdout);
    expect(m, r.stdout).not.toBeNull();
    // Both outcomes were exercised.
    expect(Number(m![2])).toBeGreaterThan(1000);
    expect(Number(m![3])).toBeGreaterThan(1000);
  });
});
