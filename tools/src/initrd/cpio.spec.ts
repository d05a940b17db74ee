import { mkdtempSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appManifestSchema } from '../manifest/schema';
import { initrdArchive } from './cpio';

const base = {
  name: 'a',
  description: 'd',
  license: 'MIT',
  libraries: ['x'],
  sources: ['m.c'],
  targets: ['kvm-x86_64'],
};

describe('initrd archive', () => {
  it('packs files with their parents, sorted, and the trailer, reproducibly', () => {
    const d = mkdtempSync(join(tmpdir(), 'cpio-spec-'));
    mkdirSync(join(d, 'w'));
    writeFileSync(join(d, 'w/i.html'), 'hi');
    chmodSync(join(d, 'w/i.html'), 0o640);
    const a = initrdArchive(d, { '/www/x/i.html': 'w/i.html' });
    const text = a.toString('latin1');
    const names = [...text.matchAll(/070701[0-9A-F]{104}([^\0]+)\0/g)].map((m) => m[1]);
    expect(names).toEqual(['www', 'www/x', 'www/x/i.html', 'TRAILER!!!']);
    expect(text).toContain('000081A0'); // S_IFREG | 0640
    expect(a.length % 4).toBe(0);
    expect(initrdArchive(d, { '/www/x/i.html': 'w/i.html' }).equals(a)).toBe(true);
    expect(() => initrdArchive(d, { '/nope': 'missing' })).toThrow(/does not exist/);
    expect(() => initrdArchive(d, { '/dir': 'w' })).toThrow(/not a regular file/);
  });

  it('the manifest refuses relative guest paths, dot components and host paths leaving the app', () => {
    const ok = appManifestSchema.safeParse({ ...base, initrd: { files: { '/www/index.html': 'www/index.html' } } });
    expect(ok.success).toBe(true);
    for (const files of [
      { 'www/a': 'a' },
      { '/a/../b': 'a' },
      { '/a/': 'a' },
      { '/a': '../x' },
      { '/a': '/etc/passwd' },
    ])
      expect(appManifestSchema.safeParse({ ...base, initrd: { files } }).success, JSON.stringify(files)).toBe(false);
  });
});
