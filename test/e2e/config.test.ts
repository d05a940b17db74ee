/**
 * The configuration tools a user drives: menuconfig through a real
 * terminal (tmux), why, config, olddefconfig and apply-config; each
 * saved change reaches the next build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, nx } from '../support/run';
import { terminal } from '../support/tmux';
import { scratchWorkspace, type Scratch } from '../support/workspace';

let ws: Scratch;
// A tmux server of our own: another test run on the machine must not share its sessions.
const term = terminal(`ukraft-e2e-${process.pid}`, 'mc');
const { tmux, waitFor, keys } = term;
beforeAll(() => (ws = scratchWorkspace()));
afterAll(() => {
  term.kill();
  ws?.dispose();
});

describe('menuconfig', () => {
  it('toggles an option, saves only that change, and the next build uses it', async () => {
    const cmd = `cd ${ws.dir} && env -u CI NX_DAEMON=false NX_TUI=false node_modules/.bin/nx run helloworld:menuconfig; echo MENUCONFIG-EXITED $?; sleep 300`;
    const started = tmux('new-session', '-d', '-s', 'mc', '-x', '150', '-y', '45', cmd);
    expect(started.code, started.stderr).toBe(0);
    await waitFor('ukraft menuconfig — helloworld');
    await keys('/', 'LOGLEVEL', 'Enter');
    await waitFor('search: LOGLEVEL');
    await keys('j', 'Enter');
    await waitFor('new value: 2');
    await keys('BSpace', '3', 'Enter');
    await waitFor('LOGLEVEL = 3');
    // An out-of-range value is refused and changes nothing.
    await keys('Enter', 'BSpace', '9', 'Enter');
    await waitFor(/refused: .*out of range \[0, 4\]/);
    await keys('s');
    await waitFor('saved apps/helloworld/uk.config.json');
    await keys('q');
    await waitFor('MENUCONFIG-EXITED 0');
    const saved = JSON.parse(ws.read('apps/helloworld/uk.config.json')) as unknown;
    expect(saved).toEqual({ options: { ukdebug: { LOGLEVEL: 3 } } });

    const r = nx(['build', 'helloworld', '--configuration=linuxu-x86_64'], ws.dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const headers = exec(
      'bash',
      ['-c', 'grep -l "CONFIG_LIBUKDEBUG_LOGLEVEL 3" dist/libs/ukdebug/linuxu-x86_64-*/include/uk/config.h'],
      { cwd: ws.dir },
    );
    expect(headers.stdout.trim()).not.toBe('');
  });
});

describe('why, config, olddefconfig, apply-config', () => {
  it('why explains a library pulled in indirectly', () => {
    const r = nx(['run', 'helloworld:why', '--lib=ukalloc', '--configuration=kvm-x86_64'], ws.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('ukalloc: required by ukboot (libs/ukboot/uk.lib.ts)');
    expect(r.stdout).toContain("ukboot: selected by helloworld in 'libraries' of apps/helloworld/uk.app.ts");
  });

  it('why explains an option set in the configuration and one that is absent', () => {
    ws.write('apps/helloworld/uk.config.json', JSON.stringify({ options: { ukdebug: { LOGLEVEL: 4 } } }));
    const r = nx(['run', 'helloworld:why', '--option=ukdebug.LOGLEVEL'], ws.dir);
    expect(r.stdout).toContain(
      "ukdebug.LOGLEVEL = 4: set in 'options.ukdebug.LOGLEVEL' (apps/helloworld/uk.config.json)",
    );
    const off = nx(['run', 'helloworld:why', '--lib=plat-linuxu', '--configuration=kvm-x86_64'], ws.dir);
    expect(off.stdout).toContain('plat-linuxu is not in the image.');
    expect(off.stdout).toContain('It does not support platform kvm.');
  });

  it('config prints every library and option with its source', () => {
    const r = nx(['run', 'helloworld:config', '--configuration=kvm-x86_64'], ws.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('# helloworld for kvm-x86_64');
    expect(r.stdout).toMatch(/LOGLEVEL = 4 +\[app setting\]/);
    expect(r.stdout).toMatch(/MAXARGS = 64 +\[default\]/);
  });

  it('olddefconfig drops settings equal to their defaults', () => {
    ws.write(
      'apps/helloworld/uk.config.json',
      JSON.stringify({ options: { ukdebug: { LOGLEVEL: 2 }, ukboot: { MAXARGS: 16 } } }),
    );
    const r = nx(['run', 'helloworld:olddefconfig'], ws.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('dropped settings equal to their defaults: options.ukdebug.LOGLEVEL');
    expect(JSON.parse(ws.read('apps/helloworld/uk.config.json'))).toEqual({ options: { ukboot: { MAXARGS: 16 } } });
  });

  it('apply-config merges a fragment, and refuses one that does not solve without writing', () => {
    ws.write('frag.json', JSON.stringify({ targets: { 'kvm-x86_64': { options: { ukdebug: { LOGLEVEL: 3 } } } } }));
    expect(nx(['run', 'helloworld:apply-config', '--fragment=frag.json'], ws.dir).code).toBe(0);
    const merged = JSON.parse(ws.read('apps/helloworld/uk.config.json')) as Record<string, unknown>;
    expect(merged).toEqual({
      options: { ukboot: { MAXARGS: 16 } },
      targets: { 'kvm-x86_64': { options: { ukdebug: { LOGLEVEL: 3 } } } },
    });
    ws.write('bad.json', JSON.stringify({ options: { ukdebug: { LOGLEVEL: 7 } } }));
    const bad = nx(['run', 'helloworld:apply-config', '--fragment=bad.json'], ws.dir);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout + bad.stderr).toContain('value 7 is out of range [0, 4]');
    expect(readFileSync(join(ws.dir, 'apps/helloworld/uk.config.json'), 'utf8')).toContain('"MAXARGS": 16');
    expect(JSON.parse(ws.read('apps/helloworld/uk.config.json'))).toEqual(merged);
  });
});

describe('select', () => {
  it('why explains an option forced on by a select, through the selecting option', () => {
    ws.write(
      'apps/helloworld/uk.config.json',
      JSON.stringify({ libraries: ['strict'], options: { strict: { PARANOID: true } } }),
    );
    exec('mkdir', ['-p', 'libs/strict'], { cwd: ws.dir });
    ws.write(
      'libs/strict/uk.lib.ts',
      `import { defineLibrary } from '@ukraft/nx';
export default defineLibrary({
  name: 'strict', description: 'turns checks on', license: 'MIT',
  options: { PARANOID: { type: 'bool', default: false, select: ['ukdebug.ASSERT'], help: 'Force assertions on.' } },
});
`,
    );
    const r = nx(['run', 'helloworld:why', '--option=ukdebug.ASSERT', '--configuration=kvm-x86_64'], ws.dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('ukdebug.ASSERT = true: selected by strict.PARANOID (libs/strict/uk.lib.ts)');
    expect(r.stdout).toContain(
      "strict.PARANOID = true: set in 'options.strict.PARANOID' (apps/helloworld/uk.config.json)",
    );
    // Turning the selected option off in the configuration is a conflict, reported before anything builds.
    ws.write(
      'apps/helloworld/uk.config.json',
      JSON.stringify({ libraries: ['strict'], options: { strict: { PARANOID: true }, ukdebug: { ASSERT: false } } }),
    );
    const bad = nx(['build', 'helloworld', '--configuration=kvm-x86_64'], ws.dir);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout + bad.stderr).toContain(
      "'options.ukdebug.ASSERT': conflict: it sets ukdebug.ASSERT to false, but strict.PARANOID selects it",
    );
  });
});
