import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { debSrcFromDeb822, debSrcFromOneLine, derivedSources, parseDeb822 } from './apt-sources';

const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';

describe('deriving deb-src entries from the machine’s apt sources', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('turns deb822 deb stanzas into deb-src, keeping URIs, suites, components and keys', () => {
    const text = [
      'Types: deb',
      '# a comment',
      'URIs: http://archive.example/debian',
      'Suites: bookworm bookworm-updates',
      'Components: main',
      'Architectures: amd64',
      `Signed-By: ${KEYRING}`,
      '',
      'Types: deb',
      'URIs: http://other.example/debian',
      'Suites: stable',
      'Components: main',
      'Enabled: no',
    ].join('\n');
    expect(debSrcFromDeb822(text)).toEqual([
      [
        'Types: deb-src',
        'URIs: http://archive.example/debian',
        'Suites: bookworm bookworm-updates',
        'Components: main',
        `Signed-By: ${KEYRING}`,
      ].join('\n'),
    ]);
  });

  it('keeps an inline key block (continuation lines) whole', () => {
    const text =
      'Types: deb\nURIs: http://a.example/\nSuites: x\nComponents: main\nSigned-By:\n -----BEGIN PGP PUBLIC KEY BLOCK-----\n .\n abc\n';
    const [stanza] = parseDeb822(text);
    expect(stanza!.get('Signed-By')).toBe('\n -----BEGIN PGP PUBLIC KEY BLOCK-----\n .\n abc');
    expect(debSrcFromDeb822(text)[0]).toContain('Signed-By: \n -----BEGIN PGP PUBLIC KEY BLOCK-----\n .\n abc');
  });

  it('turns one-line entries into deb-src stanzas with signed-by and trusted', () => {
    const text = `deb [arch=amd64 signed-by=${KEYRING}] http://a.example/debian bookworm main contrib # x\n# deb http://b.example/ x main\ndeb-src http://c.example/ y main\n`;
    expect(debSrcFromOneLine(text)).toEqual([
      `Types: deb-src\nURIs: http://a.example/debian\nSuites: bookworm\nComponents: main contrib\nSigned-By: ${KEYRING}`,
      'Types: deb-src\nURIs: http://c.example/\nSuites: y\nComponents: main',
    ]);
  });

  it('reads sources.list and *.list / *.sources only, and UK_UPSTREAM_DEBIAN_SOURCES instead when set', () => {
    const etc = mkdtempSync(join(tmpdir(), 'uk-apt-'));
    dirs.push(etc);
    mkdirSync(join(etc, 'sources.list.d'));
    writeFileSync(join(etc, 'sources.list'), 'deb http://one.example/ a main\n');
    writeFileSync(
      join(etc, 'sources.list.d', 'x.sources'),
      'Types: deb\nURIs: http://two.example/\nSuites: b\nComponents: main\n',
    );
    writeFileSync(join(etc, 'sources.list.d', 'y.list.disabled'), 'deb http://three.example/ c main\n');
    const all = derivedSources(etc, {});
    expect(all.text).toContain('http://one.example/');
    expect(all.text).toContain('http://two.example/');
    expect(all.text).not.toContain('three');
    const own = join(etc, 'mirror.list');
    writeFileSync(own, 'deb http://mirror.example/debian bookworm main\n');
    const mirror = derivedSources(etc, { UK_UPSTREAM_DEBIAN_SOURCES: own });
    expect(mirror.text).toBe(
      'Types: deb-src\nURIs: http://mirror.example/debian\nSuites: bookworm\nComponents: main\n',
    );
    expect(derivedSources(join(etc, 'none'), {}).text).toBe('');
  });
});
