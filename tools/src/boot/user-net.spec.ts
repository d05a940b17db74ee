import { describe, expect, it } from 'vitest';
import { parseForward } from './options';
import { appManifestSchema } from '../manifest/schema';
import { kvmArm64 } from '../targets/kvm-arm64';
import { kvmX86_64 } from '../targets/kvm-x86_64';
import { userNetArgs } from '../targets/types';

const app = {
  name: 'a',
  description: 'd',
  license: 'MIT',
  libraries: ['x'],
  sources: ['m.c'],
  targets: ['kvm-x86_64'],
};

describe('port forwards for nx run', () => {
  it('adds no NIC without forwards', () => {
    expect(userNetArgs(undefined, 'virtio-net-pci')).toEqual([]);
    expect(kvmX86_64.boot('img', { memory: '64M', args: [] }).args).not.toContain('-netdev');
  });

  it('adds user networking with every forward and the NIC of the machine', () => {
    const fwd = [
      { host: 8080, guest: 80 },
      { host: 8443, guest: 443 },
    ];
    expect(userNetArgs(fwd, 'virtio-net-pci')).toEqual([
      '-netdev',
      'user,id=n0,hostfwd=tcp:127.0.0.1:8080-:80,hostfwd=tcp:127.0.0.1:8443-:443',
      '-device',
      'virtio-net-pci,netdev=n0',
    ]);
    const micro = kvmX86_64.boot('img', { memory: '64M', args: [], forward: fwd }).args;
    expect(micro).toContain('virtio-net-device,netdev=n0');
    const pc = kvmX86_64.boot('img', { memory: '64M', args: [], forward: fwd, machine: 'pc' }).args;
    expect(pc).toContain('virtio-net-pci,netdev=n0');
    expect(kvmArm64.boot('img', { memory: '64M', args: [], forward: fwd }).args).toContain('virtio-net-pci,netdev=n0');
  });

  it('parses --forward and names a bad one', () => {
    expect(parseForward('18080:80')).toEqual([{ host: 18080, guest: 80 }]);
    expect(parseForward('1:2,3:4')).toEqual([
      { host: 1, guest: 2 },
      { host: 3, guest: 4 },
    ]);
    expect(parseForward([{ host: 5, guest: 6 }])).toEqual([{ host: 5, guest: 6 }]);
    expect(parseForward(undefined)).toEqual([]);
    expect(() => parseForward('8080')).toThrow(/--forward=8080: '8080' is not HOST:GUEST/);
    expect(() => parseForward('70000:80')).toThrow(/not HOST:GUEST with two TCP ports/);
  });

  it('validates run.forward and run.testArgs in app manifests', () => {
    const m = appManifestSchema.parse({ ...app, run: { forward: [{ host: 8080, guest: 80 }], testArgs: ['probe'] } });
    expect(m.run).toEqual({ memory: '64M', args: [], forward: [{ host: 8080, guest: 80 }], testArgs: ['probe'] });
    expect(appManifestSchema.parse(app).run.forward).toEqual([]);
    expect(appManifestSchema.safeParse({ ...app, run: { forward: [{ host: 0, guest: 80 }] } }).success).toBe(false);
    expect(appManifestSchema.safeParse({ ...app, run: { forward: [{ host: 80 }] } }).success).toBe(false);
  });
});
