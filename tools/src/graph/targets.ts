/**
 * Nx target configurations for compiles, links, build and run. Inputs
 * name exactly what each output depends on (see docs/build-model.md).
 */
import { dirname, join } from 'node:path';
import type { TargetConfiguration } from '@nx/devkit';
import { ALL_TARGETS } from '../config/naming';
import type { ResolvedImage } from '../config/resolve';
import type { AppEntry, LibEntry } from './workspace';
import type { HostBuild } from '../config/host';
import { compileTargetName, linkTargetName, type CompileVariant } from './plan';
import { toolchainIdentityCommand } from '../toolchain/tools';

export const EXECUTOR_PREFIX = '@ukraft/nx';

/** Configurations that turn a per-target task into a no-op when another target is asked for. */
function skipOthers(target: string): Record<string, { skip: true }> {
  return Object.fromEntries(ALL_TARGETS.filter((t) => t !== target).map((t) => [t, { skip: true }]));
}

// UK_TOOLCHAIN picks clang or gcc (toolchain/select.ts): part of every compile and link hash.
const toolchainInputs = [{ runtime: toolchainIdentityCommand() }, { env: 'UK_TOOLCHAIN' }, { externalDependencies: ['nx'] }];

function pluginInputs(executor: string) {
  return [
    `{workspaceRoot}/tools/src/executors/${executor}/**/*.ts`,
    '{workspaceRoot}/tools/src/toolchain/**/*.ts',
    '{workspaceRoot}/tools/src/targets/**/*.ts',
    '{workspaceRoot}/tools/src/util/**/*.ts',
    '!{workspaceRoot}/tools/src/**/*.spec.ts',
  ];
}

export function libOutDir(root: string, target: string, variant: string): string {
  return join('dist', root, `${target}-${variant}`);
}

export function libObject(root: string, name: string, target: string, variant: string): string {
  return join(libOutDir(root, target, variant), `lib${name}.o`);
}

export function compileTarget(v: CompileVariant): TargetConfiguration {
  const { lib, target } = v;
  const srcDirs = [...new Set(lib.sources.map((s) => dirname(s)))];
  const ownIncludes = new Set(lib.manifest.include.map((d) => join(lib.root, d)));
  return {
    executor: `${EXECUTOR_PREFIX}:compile`,
    cache: true,
    inputs: [
      `{workspaceRoot}/${lib.file}`,
      ...lib.sources.map((s) => `{workspaceRoot}/${s}`),
      ...srcDirs.map((d) => `{workspaceRoot}/${d}/*.h`),
      ...lib.includeDirs.map((d) => `{workspaceRoot}/${d}/**/*`),
      ...toolchainInputs,
      ...pluginInputs('compile'),
    ],
    outputs: [`{workspaceRoot}/${libOutDir(lib.root, target.name, lib.variant)}`],
    options: {
      name: lib.name,
      target: target.name,
      header: lib.header,
      sources: lib.sources,
      includeDirs: lib.includeDirs,
      ownIncludeDirs: [...ownIncludes],
      exports: lib.manifest.exports,
      outDir: libOutDir(lib.root, target.name, lib.variant),
    },
    configurations: skipOthers(target.name),
    metadata: { description: `Compile ${lib.name} for ${target.name} (option variant ${lib.variant})` },
  };
}

/** Host tests of a library: its common sources with each tests/*.c, built for this machine. */
export function hostTestTarget(lib: LibEntry, build: HostBuild, tests: string[]): TargetConfiguration {
  const outDir = join('dist', lib.root, 'host-test');
  return {
    executor: `${EXECUTOR_PREFIX}:host-test`,
    cache: true,
    inputs: [
      '{projectRoot}/**/*',
      ...build.includeDirs.map((d) => `{workspaceRoot}/${d}/**/*`),
      ...toolchainInputs,
      ...pluginInputs('host-test'),
    ],
    outputs: [`{workspaceRoot}/${outDir}`],
    options: { name: lib.manifest.name, sources: build.sources, tests, includeDirs: build.includeDirs, header: build.header, outDir },
    metadata: { description: `Compile ${lib.manifest.name} with its tests for this machine and run them` },
  };
}

export function linkTarget(app: AppEntry, image: ResolvedImage): TargetConfiguration {
  const t = image.target.name;
  const outDir = join('dist', app.root, t);
  return {
    executor: `${EXECUTOR_PREFIX}:link`,
    cache: true,
    dependsOn: image.libs.map((l) => ({ projects: [l.name], target: compileTargetName(t, l.variant) })),
    inputs: [
      '{projectRoot}/**/*',
      { dependentTasksOutputFiles: '**/*.o', transitive: true },
      ...(image.linkerScript ? [`{workspaceRoot}/${image.linkerScript}`] : []),
      ...toolchainInputs,
      ...pluginInputs('link'),
    ],
    outputs: [`{workspaceRoot}/${outDir}`],
    options: {
      app: app.manifest.name,
      target: t,
      objects: image.libs
        .filter((l) => l.sources.length > 0)
        .map((l) => libObject(l.root, l.name, t, l.variant)),
      libraries: image.libs.map((l) => l.name),
      sources: app.manifest.sources.map((s) => join(app.root, s)),
      header: image.appHeader,
      includeDirs: image.appIncludeDirs,
      linkerScript: image.linkerScript,
      outDir,
      image: `${app.manifest.name}_${t}`,
      memory: app.manifest.run.memory,
      args: app.manifest.run.args,
    },
    configurations: skipOthers(t),
    metadata: { description: `Link ${app.manifest.name} into its ${t} image` },
  };
}

export function appTargets(app: AppEntry, images: Map<string, ResolvedImage>): Record<string, TargetConfiguration> {
  const declared = app.manifest.targets;
  const imagePaths = Object.fromEntries(
    declared.map((t) => [t, join('dist', app.root, t, `${app.manifest.name}_${t}`)]),
  );
  const targets: Record<string, TargetConfiguration> = {};
  for (const [t, image] of images) targets[linkTargetName(t)] = linkTarget(app, image);
  targets['build'] = {
    executor: `${EXECUTOR_PREFIX}:build`,
    // Cached so that a no-op build restores every task; it only reports.
    cache: true,
    inputs: ['{projectRoot}/uk.app.ts', ...pluginInputs('build')],
    outputs: [],
    dependsOn: declared.map((t) => linkTargetName(t)),
    options: { app: app.manifest.name, targets: declared, images: imagePaths },
    configurations: Object.fromEntries(ALL_TARGETS.map((t) => [t, {}])),
    metadata: { description: `Build ${app.manifest.name}'s images (one with --configuration=<plat>-<arch>, else all)` },
  };
  targets['test'] = {
    executor: `${EXECUTOR_PREFIX}:test`,
    cache: true,
    dependsOn: ['build'],
    inputs: ['{projectRoot}/uk.app.ts', { dependentTasksOutputFiles: '**/*', transitive: true }, ...pluginInputs('test')],
    outputs: [],
    options: { app: app.manifest.name, targets: declared, images: imagePaths, memory: app.manifest.run.memory, args: app.manifest.run.args },
    configurations: Object.fromEntries(ALL_TARGETS.map((t) => [t, {}])),
    metadata: { description: `Boot ${app.manifest.name}'s images and check that main returns 0` },
  };
  targets['run'] = {
    executor: `${EXECUTOR_PREFIX}:run`,
    cache: false,
    dependsOn: ['build'],
    options: {
      app: app.manifest.name,
      targets: declared,
      images: imagePaths,
      memory: app.manifest.run.memory,
      args: app.manifest.run.args,
    },
    configurations: Object.fromEntries(ALL_TARGETS.map((t) => [t, { target: t }])),
    metadata: { description: `Boot ${app.manifest.name}: QEMU for kvm, a process for linuxu` },
  };
  const perTarget = Object.fromEntries(declared.map((t) => [t, { target: t }]));
  const configTarget = (action: string, description: string): TargetConfiguration => ({
    executor: `${EXECUTOR_PREFIX}:config`,
    cache: false,
    options: { app: app.manifest.name, action, targets: declared },
    configurations: perTarget,
    metadata: { description },
  });
  targets['config'] = configTarget('show', `Print ${app.manifest.name}'s resolved configuration and where each value comes from`);
  targets['why'] = configTarget('why', 'Explain why a library (--lib) is in the image or an option (--option=lib.OPT) has its value');
  targets['olddefconfig'] = configTarget('olddefconfig', 'Check the saved configuration against the current manifests and drop settings equal to defaults');
  targets['apply-config'] = configTarget('apply', 'Merge a configuration fragment (--fragment=file.json) into the saved configuration');
  targets['menuconfig'] = {
    executor: `${EXECUTOR_PREFIX}:menuconfig`,
    cache: false,
    options: { app: app.manifest.name, targets: declared },
    configurations: perTarget,
    metadata: { description: `Choose libraries and options for ${app.manifest.name} in a terminal menu` },
  };
  return targets;
}
