/**
 * The cache contract of docs/build-model.md, checked on the real workspace
 * without spawning Nx: every file a compile or link reads is one of its
 * hash inputs (or comes from a task it depends on), and every task writes
 * only its own output folder (none for another target's skip task).
 */
import { dirname, join, resolve } from 'node:path';
import type { TargetConfiguration } from '@nx/devkit';
import { describe, expect, it } from 'vitest';
import { loadWorkspaceFromDisk } from '../manifest/workspace';
import { planBuild } from './plan';
import { appTargets, compileTarget, projectNamedInputs } from './targets';
import { toolchainIdentityCommand } from '../toolchain/tools';
import { targetSpec } from '../targets';

const root = resolve(__dirname, '..', '..', '..');
const ws = loadWorkspaceFromDisk(root);
const plan = planBuild(ws);
type Options = Record<string, unknown>;
const inputs = (t: TargetConfiguration) => (t.inputs ?? []).filter((i): i is string => typeof i === 'string');
const file = (p: string) => `{workspaceRoot}/${p}`;

/** Each compile target of the plan, with its library. */
const compiles = [...plan.compiles].flatMap(([lib, m]) =>
  [...m].map(([name, v]) => ({ lib, name, target: compileTarget(v) })),
);
const compileOf = (lib: string, name: string) => compiles.find((c) => c.lib === lib && c.name === name)!.target;

function checkSkips(t: TargetConfiguration, own: string): void {
  for (const [conf, o] of Object.entries(t.configurations ?? {}))
    if (conf !== own) expect(o, `skip configuration ${conf}`).toEqual({ skip: true, outDir: '' });
}

describe('the cache contract of every compile and link (docs/build-model.md)', () => {
  it('the workspace plans compiles and links', () => {
    expect(compiles.length).toBeGreaterThan(100);
    expect(plan.images.get('helloworld')?.size).toBe(6);
  });

  it('a compile hashes its manifest, each source, its include dirs (private ones too) and patches, and writes only its folder', () => {
    for (const { lib, name, target: t } of compiles) {
      const o = t.options as Options;
      const ins = inputs(t);
      const where = `${lib}:${name}`;
      expect(ins, where).toContain(file(ws.libs.get(lib)!.file));
      for (const s of o['sources'] as string[]) expect(ins, `${where} source ${s}`).toContain(file(s));
      for (const d of o['includeDirs'] as string[]) expect(ins, `${where} include ${d}`).toContain(`${file(d)}/**/*`);
      for (const p of ws.libs.get(lib)!.manifest.upstream?.patches ?? [])
        expect(ins, `${where} patch ${p}`).toContain(file(join(ws.libs.get(lib)!.root, p)));
      for (const d of ws.libs.get(lib)!.manifest.upstream?.include ?? [])
        if (!d.startsWith('upstream:'))
          expect(ins, `${where} private include ${d}`).toContain(`${file(join(ws.libs.get(lib)!.root, d))}/**/*`);
      expect(t.outputs, where).toEqual(['{options.outDir}']);
      expect(o['outDir'] as string, where).toMatch(/^dist\//);
      checkSkips(t, (o['target'] as string) ?? '');
    }
  });

  it("a link reads only the app's folder, its compiles' outputs and its linker script, and writes only its folder", () => {
    for (const [name, app] of ws.apps) {
      const targets = appTargets(app, plan.images.get(name)!, plan.failed.get(name), plan.profiled.get(name));
      for (const [tname, t] of Object.entries(targets).filter(([n]) => n.startsWith('link-'))) {
        const o = t.options as Options;
        const ins = t.inputs ?? [];
        const where = `${name}:${tname}`;
        for (const s of o['sources'] as string[])
          expect(s.startsWith(`${app.root}/`), `${where} source ${s}`).toBe(true);
        expect(ins, where).toContain('{projectRoot}/**/*');
        expect(ins, where).toContainEqual({ dependentTasksOutputFiles: '**/*.o', transitive: true });
        expect(ins, where).toContainEqual({ dependentTasksOutputFiles: '**/*.sources.json', transitive: true });
        if (o['linkerScript']) expect(ins, where).toContain(file(o['linkerScript'] as string));
        // The boot defaults are a link input only where the image holds them (Xen's .xl.cfg).
        const holdsDefaults = targetSpec(o['target'] as string).bootDefaultsInImage === true;
        expect(ins.includes('!{projectRoot}/uk.app.ts'), where).toBe(!holdsDefaults);
        const deps = (t.dependsOn ?? []) as { projects: string[]; target: string }[];
        const depDirs = deps.map((d) => (compileOf(d.projects[0]!, d.target).options as Options)['outDir'] as string);
        for (const obj of o['objects'] as string[]) expect(depDirs, `${where} object ${obj}`).toContain(dirname(obj));
        // An include dir of the app's compile is its own folder or a library's public headers,
        // whose hashes that library's compile writes into the .sources.json the link hashes.
        const own = deps.flatMap(
          (d) => (compileOf(d.projects[0]!, d.target).options as Options)['ownIncludeDirs'] as string[],
        );
        for (const d of o['includeDirs'] as string[])
          expect(d === app.root || own.includes(d), `${where} include ${d}`).toBe(true);
        expect(t.outputs, where).toEqual(['{options.outDir}']);
        checkSkips(t, o['target'] as string);
      }
    }
  });

  it('every compile and link names the toolchain and its executor code, which its project defines', () => {
    const compileTargets = Object.fromEntries(compiles.map((c) => [`${c.lib}:${c.name}`, c.target]));
    const named = projectNamedInputs(compileTargets);
    expect(named['ukraft-toolchain']).toEqual([{ runtime: toolchainIdentityCommand() }, { env: 'UK_TOOLCHAIN' }]);
    const code = named['ukraft-plugin-compile'] ?? [];
    expect(code).toContain('{workspaceRoot}/tools/src/executors/compile/executor.ts');
    expect(code).toContain('{workspaceRoot}/tools/src/toolchain/compile.ts');
    expect(code).toContainEqual({ runtime: expect.stringContaining('dist/executors/compile.js') });
    for (const [where, t] of Object.entries(compileTargets))
      expect(t.inputs, where).toEqual(expect.arrayContaining(['ukraft-toolchain', 'ukraft-plugin-compile']));
    for (const [name, app] of ws.apps) {
      const targets = appTargets(app, plan.images.get(name)!, plan.failed.get(name), plan.profiled.get(name));
      const appNamed = projectNamedInputs(targets);
      expect(Object.keys(appNamed).sort(), name).toEqual(
        expect.arrayContaining(['ukraft-plugin-build', 'ukraft-plugin-link', 'ukraft-toolchain']),
      );
      for (const [tname, t] of Object.entries(targets).filter(([n]) => n.startsWith('link-')))
        expect(t.inputs, `${name}:${tname}`).toEqual(
          expect.arrayContaining(['ukraft-toolchain', 'ukraft-plugin-link']),
        );
    }
  });
});
