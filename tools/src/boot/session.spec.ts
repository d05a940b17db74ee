import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { explainBoot, prepareBoot, type BootRequest } from './session';

// The repository root: the apps' manifests hold the boot defaults.
const root = resolve(__dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'ukboot-spec-'));
const image = join(dir, 'app.img');
writeFileSync(image, 'not booted');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const httpd = (o: Partial<BootRequest>): BootRequest => ({
  kind: 'run',
  app: 'httpd-app',
  target: 'kvm-arm64',
  root,
  image,
  manifest: 'apps/httpd/uk.app.ts',
  ...o,
});

describe('one boot layer for run, test and debug', () => {
  it('run takes the manifest forward on kvm; test neither forwards nor takes run.args over run.testArgs', () => {
    const run = prepareBoot(httpd({}));
    expect(run.forward).toEqual([{ host: 8080, guest: 80 }]);
    expect(run.boot.args.join(' ')).toContain('hostfwd=tcp:127.0.0.1:8080-:80');
    run.boot.cleanup?.();
    const test = prepareBoot(httpd({ kind: 'test' }));
    expect(test.forward).toEqual([]);
    expect(test.boot.args.join(' ')).not.toContain('hostfwd');
    expect(test.boot.args[test.boot.args.indexOf('-append') + 1]).toContain('probe');
    test.boot.cleanup?.();
  });

  it('options replace the defaults, and a bad one is named', () => {
    const p = prepareBoot(httpd({ memory: '128M', args: 'x "a b"', forward: '9090:80' }));
    expect(p.boot.args[p.boot.args.indexOf('-m') + 1]).toBe('128M');
    expect(p.forward).toEqual([{ host: 9090, guest: 80 }]);
    p.boot.cleanup?.();
    expect(() => prepareBoot(httpd({ memory: 'lots' }))).toThrow(/--memory=lots/);
    expect(() => prepareBoot(httpd({ forward: '80' }))).toThrow(/--forward=80/);
  });

  it('a missing image, or a missing .dbg for debug, says how to build it', () => {
    expect(() => prepareBoot(httpd({ image: join(dir, 'none') }))).toThrow(
      /does not exist; build it with 'nx build httpd-app --configuration=kvm-arm64'/,
    );
    expect(() => prepareBoot(httpd({ kind: 'debug' }))).toThrow(/app\.img\.dbg does not exist/);
  });

  it('the verdict comes from the guest status line only', () => {
    const p = prepareBoot(httpd({ kind: 'test' }));
    p.boot.cleanup?.();
    const ok = explainBoot(p, { code: 1, stdout: 'hi\nukraft: main returned 0\n', stderr: '', timedOut: false }, 10);
    expect(ok.verdict).toEqual({ status: 0, message: 'main returned 0' });
    const bad = explainBoot(p, { code: 1, stdout: '', stderr: 'qemu: bad option', timedOut: false }, 10);
    expect(bad.verdict.status).toBeUndefined();
    expect(bad.verdict.message).toMatch(/failed to start.*bad option/s);
  });
});
