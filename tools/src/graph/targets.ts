/**
 * Nx target configurations for compiles, links, build and run. Inputs
 * name exactly what each output depends on (see docs/build-model.md).
 */
import { dirname, join } from 'node:path';
import type { TargetConfiguration } from '@nx/devkit';
import { ALL_TARGETS } from '../config/naming';
import type { ResolvedImage } from '../config/resolve';
import type { AppEntry } from './workspace';
import { compileTargetName, linkTargetName, type CompileVariant } from './plan';
import { toolchainIdentityCommand } from '../toolchain/tools';

export const EXECUTOR_PREFIX = '@ukraft/nx';

/** Configurations that turn a per-target task into a no-op when another target is asked for. */
function skipOthers(target: string): Record<string, { skip: true }> {
  return Object.fromEntries(ALL_TARGETS.filter((t) => t !== target).map((t) => [t, { skip: true }]));
}

const toolchainInputs = [{ runtime: toolchainIdentityCommand() }, { externalDependencies: ['nx'] }];

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
  return targets;
}
