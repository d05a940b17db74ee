/**
 * Nx target configurations for compiles, links, build and run. Inputs
 * name exactly what each output depends on (see docs/build-model.md).
 */
import { hasNetworkDriver } from '../xen/xlcfg';
import { dirname, join } from 'node:path';
import type { TargetConfiguration } from '@nx/devkit';
import { ALL_TARGETS } from '../manifest/naming';
import type { ResolvedImage } from '../config/resolve';
import type { AppEntry, LibEntry } from '../manifest/workspace';
import type { HostBuild } from '../config/host';
import { compileTargetName, linkTargetName, type CompileVariant } from './plan';
import { toolchainIdentityCommand } from '../toolchain/tools';
import { targetSpec } from '../targets';
import { pluginInputs, pluginNamedInputs } from './plugin-inputs';
import {
  everyListedSource,
  isUpstream,
  ownPrivateIncludes,
  patchFiles,
  splitSources,
  upstreamRequest,
  type UpstreamRequest,
} from '../upstream/sources';
import { factsPath } from '../sbom/facts';
import type { SbomInput, SbomUpstream } from '../sbom/spdx';
import type { Upstream } from '../manifest/schema';
import { debugTarget } from './debug-target';
import { profileTarget } from './profile-target';
import { profileLinkTargetName } from './profile-image';

export const EXECUTOR_PREFIX = '@ukraft/nx';

/**
 * Configurations that turn a per-target task into a no-op when another
 * target is asked for. A skip task has no outputs: its `outDir` is empty,
 * so the output `{options.outDir}` drops out (Nx leaves out an output whose
 * option is unset). Else it would cache the real task's folder as it was
 * then and, on a later hit, restore that stale image over the real one.
 */
function skipOthers(target: string): Record<string, { skip: true; outDir: '' }> {
  return Object.fromEntries(ALL_TARGETS.filter((t) => t !== target).map((t) => [t, { skip: true, outDir: '' }]));
}

/** The outputs of a per-target task: its `outDir`, none for a skip task. */
// Relative to the workspace root; written without {workspaceRoot}, which Nx would take for a glob there.
const OUT_DIR_OUTPUT = ['{options.outDir}'];

/** The named input with the toolchain's identity, in the `namedInputs` of each project that compiles. */
const TOOLCHAIN_INPUT = 'ukraft-toolchain';
const toolchainInputs = [TOOLCHAIN_INPUT];

/**
 * A project's `namedInputs`: the toolchain identity and the plugin code
 * its targets name. Defined once per project rather than in every target:
 * the project graph the Nx daemon sends to every nx command stays small.
 */
export function projectNamedInputs(
  targets: Record<string, TargetConfiguration>,
): Record<string, (string | { runtime: string } | { env: string } | { externalDependencies: string[] })[]> {
  const uses = Object.values(targets).some((t) => t.inputs?.includes(TOOLCHAIN_INPUT));
  return {
    // UK_TOOLCHAIN picks clang or gcc (toolchain/select.ts): part of every compile and link hash.
    ...(uses ? { [TOOLCHAIN_INPUT]: [{ runtime: toolchainIdentityCommand() }, { env: 'UK_TOOLCHAIN' }] } : {}),
    ...pluginNamedInputs(targets),
  };
}

export function libOutDir(root: string, target: string, variant: string): string {
  return join('dist', root, `${target}-${variant}`);
}

export function libObject(root: string, name: string, target: string, variant: string): string {
  return join(libOutDir(root, target, variant), `lib${name}.o`);
}

/**
 * A library's upstream, as task options and inputs: the request the
 * executors carry, the upstream files of this task, and the hash inputs.
 * The hash covers the manifest (sha256, strip, sources, flags) and the
 * patch files, never the unpacked tree (docs/upstream.md).
 */
function upstreamParts(
  root: string,
  file: string,
  manifest: LibEntry['manifest'],
  sources: readonly string[],
): { local: string[]; options: { upstream?: { request: UpstreamRequest; sources: string[] } }; inputs: string[] } {
  const request = upstreamRequest(root, file, manifest);
  const { local, upstream } = splitSources(root, sources);
  if (!request) return { local, options: {}, inputs: [] };
  return {
    local,
    options: { upstream: { request, sources: upstream } },
    inputs: [
      ...patchFiles(request).map((p) => `{workspaceRoot}/${p}`),
      ...ownPrivateIncludes(request).map((d) => `{workspaceRoot}/${d}/**/*`),
    ],
  };
}

/** Libraries with an upstream: their compiles and host tests run after the fetch. */
const afterFetch = (m: LibEntry['manifest']) => (m.upstream ? { dependsOn: ['fetch'] } : {});

/** Every local source a library's manifest names, under any condition (upstream ones left out). */
function everySource(root: string, m: LibEntry['manifest']): string[] {
  return [
    ...new Set(
      everyListedSource(m)
        .filter((f) => !isUpstream(f))
        .map((f) => join(root, f)),
    ),
  ];
}

export function compileTarget(v: CompileVariant): TargetConfiguration {
  const { lib, target } = v;
  const up = upstreamParts(lib.root, lib.file, lib.manifest, lib.sources);
  const srcDirs = [...new Set(up.local.map((s) => dirname(s)))];
  const ownIncludes = new Set(lib.manifest.include.map((d) => join(lib.root, d)));
  return {
    executor: `${EXECUTOR_PREFIX}:compile`,
    cache: true,
    ...afterFetch(lib.manifest),
    inputs: [
      `{workspaceRoot}/${lib.file}`,
      ...up.local.map((s) => `{workspaceRoot}/${s}`),
      ...srcDirs.map((d) => `{workspaceRoot}/${d}/*.h`),
      ...lib.includeDirs.map((d) => `{workspaceRoot}/${d}/**/*`),
      ...up.inputs,
      ...toolchainInputs,
      ...pluginInputs('compile'),
    ],
    outputs: [...OUT_DIR_OUTPUT],
    options: {
      name: lib.name,
      target: target.name,
      header: lib.header,
      sources: up.local,
      ...up.options,
      includeDirs: lib.includeDirs,
      ownIncludeDirs: [...ownIncludes],
      exports: lib.manifest.exports,
      exportSources: everySource(lib.root, lib.manifest),
      outDir: libOutDir(lib.root, target.name, lib.variant),
    },
    configurations: skipOthers(target.name),
    metadata: { description: `Compile ${lib.name} for ${target.name} (option variant ${lib.variant})` },
  };
}

/** Host tests of a library: its common sources with each tests/*.c, built for this machine. */
export function hostTestTarget(lib: LibEntry, build: HostBuild, tests: string[]): TargetConfiguration {
  const outDir = join('dist', lib.root, 'host-test');
  const up = upstreamParts(lib.root, lib.file, lib.manifest, build.sources);
  return {
    executor: `${EXECUTOR_PREFIX}:host-test`,
    cache: true,
    ...afterFetch(lib.manifest),
    inputs: [
      '{projectRoot}/**/*',
      ...build.includeDirs.map((d) => `{workspaceRoot}/${d}/**/*`),
      ...toolchainInputs,
      ...pluginInputs('host-test'),
    ],
    outputs: [`{workspaceRoot}/${outDir}`],
    options: {
      name: lib.manifest.name,
      sources: up.local,
      ...up.options,
      tests,
      includeDirs: build.includeDirs,
      header: build.header,
      outDir,
    },
    metadata: { description: `Compile ${lib.manifest.name} with its tests for this machine and run them` },
  };
}

/** A library's `fetch`: its upstream tree into the shared cache (not cached by Nx: it lives outside). */
export function fetchTarget(lib: LibEntry, request: UpstreamRequest): TargetConfiguration {
  return {
    executor: `${EXECUTOR_PREFIX}:fetch`,
    cache: false,
    options: { upstream: request },
    metadata: {
      description: `Fetch, verify, unpack and patch ${lib.manifest.name}'s upstream (${request.spec.debian ? `Debian source package ${request.spec.debian.package} ${request.spec.debian.version}` : request.spec.url}) into the upstream cache`,
    },
  };
}

/** An upstream as the SBOM names it: the Debian source package, else the archive's file name. */
function sbomUpstream(u: Upstream): SbomUpstream {
  const file = u.url ? u.url.replace(/[?#].*$/, '').replace(/^.*\//, '') : undefined;
  return {
    name: u.debian?.package ?? file ?? 'upstream',
    ...(u.debian
      ? { version: u.debian.version, purl: `pkg:deb/debian/${u.debian.package}@${u.debian.version}?arch=source` }
      : {}),
    ...(u.url ? { url: u.url } : {}),
    sha256: u.sha256,
    license: u.license,
  };
}

/** The link's `sbom` option: manifests' facts and resolved options (the files' hashes come from the compiles). */
function sbomInput(app: AppEntry, image: ResolvedImage): SbomInput {
  const t = image.target.name;
  return {
    app: { name: app.manifest.name, description: app.manifest.description, license: app.manifest.license },
    libraries: image.libs.map((l) => ({
      name: l.name,
      description: l.manifest.description,
      license: l.manifest.license,
      facts: factsPath(libOutDir(l.root, t, l.variant), l.name),
      options: Object.fromEntries(Object.entries(l.values).filter(([, v]) => v !== undefined)),
      ...(l.manifest.upstream ? { upstream: sbomUpstream(l.manifest.upstream) } : {}),
    })),
  };
}

/**
 * The app's manifest, for executors that read its boot defaults when they
 * run (manifest/run-defaults.ts): as options, those values would be in the
 * hash of every task of the app, since Nx hashes the project configuration.
 */
function appManifestPath(app: AppEntry): string {
  return join(app.root, 'uk.app.ts');
}

/** The link of an image; `profile`: the image with ukprof added, into `<target>-profile/` (profile-image.ts). */
export function linkTarget(app: AppEntry, image: ResolvedImage, profile = false): TargetConfiguration {
  const t = image.target.name;
  const outDir = join('dist', app.root, profile ? `${t}-profile` : t);
  const bootDefaults = targetSpec(t).bootDefaultsInImage === true;
  return {
    executor: `${EXECUTOR_PREFIX}:link`,
    cache: true,
    dependsOn: image.libs.map((l) => ({ projects: [l.name], target: compileTargetName(t, l.variant) })),
    inputs: [
      // The app's files. The manifest only where the image holds its boot defaults (.xl.cfg):
      // elsewhere, what the link takes from uk.app.ts is in the options (sources, header, SBOM).
      '{projectRoot}/**/*',
      ...(bootDefaults ? [] : ['!{projectRoot}/uk.app.ts']),
      { dependentTasksOutputFiles: '**/*.o', transitive: true },
      // The libraries' source facts, for the SBOM (sbom/facts.ts).
      { dependentTasksOutputFiles: '**/*.sources.json', transitive: true },
      // The SBOM's creation time (sbom/spdx.ts).
      { env: 'SOURCE_DATE_EPOCH' },
      ...(image.linkerScript ? [`{workspaceRoot}/${image.linkerScript}`] : []),
      ...toolchainInputs,
      ...pluginInputs('link'),
    ],
    outputs: [...OUT_DIR_OUTPUT],
    options: {
      app: app.manifest.name,
      target: t,
      objects: image.libs.filter((l) => l.sources.length > 0).map((l) => libObject(l.root, l.name, t, l.variant)),
      sources: app.manifest.sources.map((s) => join(app.root, s)),
      header: image.appHeader,
      includeDirs: image.appIncludeDirs,
      linkerScript: image.linkerScript,
      outDir,
      image: `${app.manifest.name}_${t}`,
      // Read from the manifest by the link (manifest/run-defaults.ts), not given as options.
      ...(bootDefaults ? { manifest: appManifestPath(app) } : {}),
      ...(bootDefaults && hasNetworkDriver(image.libs.map((l) => l.name)) ? { vif: true } : {}),
      sbom: sbomInput(app, image),
      ...(app.manifest.initrd
        ? {
            initrd: Object.fromEntries(
              Object.entries(app.manifest.initrd.files).map(([g, h]) => [g, join(app.root, h)]),
            ),
          }
        : {}),
    },
    configurations: skipOthers(t),
    metadata: {
      description: `Link ${app.manifest.name} into its ${t} image${profile ? ' with the profiler ukprof added' : ''}`,
    },
  };
}

/**
 * The link of an image that cannot be built (a library manifest it needs
 * is broken): it fails with that error, and only when this image is built.
 */
export function failedLinkTarget(app: AppEntry, target: string, error: string): TargetConfiguration {
  return {
    executor: `${EXECUTOR_PREFIX}:link`,
    cache: false,
    options: {
      app: app.manifest.name,
      target,
      objects: [],
      sources: [],
      header: '',
      includeDirs: [],
      outDir: '',
      image: `${app.manifest.name}_${target}`,
      error,
    },
    configurations: skipOthers(target),
    metadata: {
      description: `Link ${app.manifest.name} into its ${target} image (cannot: a manifest it needs is broken)`,
    },
  };
}

export function appTargets(
  app: AppEntry,
  images: Map<string, ResolvedImage>,
  failed: ReadonlyMap<string, string> = new Map(),
  profiled: ReadonlyMap<string, ResolvedImage> = new Map(),
): Record<string, TargetConfiguration> {
  const declared = app.manifest.targets;
  const imagePaths = Object.fromEntries(
    declared.map((t) => [t, join('dist', app.root, t, `${app.manifest.name}_${t}`)]),
  );
  const initrds = app.manifest.initrd
    ? { initrds: Object.fromEntries(declared.map((t) => [t, `${imagePaths[t]}.initrd.cpio`])) }
    : {};
  const targets: Record<string, TargetConfiguration> = {};
  for (const [t, image] of images) targets[linkTargetName(t)] = linkTarget(app, image);
  for (const [t, error] of failed) targets[linkTargetName(t)] = failedLinkTarget(app, t, error);
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
    inputs: [
      '{projectRoot}/uk.app.ts',
      { dependentTasksOutputFiles: '**/*', transitive: true },
      ...pluginInputs('test'),
    ],
    outputs: [],
    options: {
      app: app.manifest.name,
      targets: declared,
      images: imagePaths,
      // run.memory and run.testArgs (or run.args) come from here when the test runs.
      manifest: appManifestPath(app),
      ...initrds,
    },
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
      // run.memory, run.args and run.forward come from here when the boot starts.
      manifest: appManifestPath(app),
      ...initrds,
    },
    configurations: Object.fromEntries(ALL_TARGETS.map((t) => [t, { target: t }])),
    metadata: { description: `Boot ${app.manifest.name}: QEMU for kvm, a process for linuxu` },
  };
  targets['debug'] = debugTarget(
    EXECUTOR_PREFIX,
    { name: app.manifest.name, manifest: appManifestPath(app) },
    declared,
    ALL_TARGETS,
    imagePaths,
  );
  for (const [t, image] of profiled) targets[profileLinkTargetName(t)] = linkTarget(app, image, true);
  targets['profile'] = profileTarget(
    EXECUTOR_PREFIX,
    { name: app.manifest.name, manifest: appManifestPath(app), planned: app.manifest.profile },
    [...profiled.keys()],
    ALL_TARGETS,
    Object.fromEntries(
      [...profiled.keys()].map((t) => [t, join('dist', app.root, `${t}-profile`, `${app.manifest.name}_${t}`)]),
    ),
  );
  const perTarget = Object.fromEntries(declared.map((t) => [t, { target: t }]));
  targets['size-diff'] = {
    executor: `${EXECUTOR_PREFIX}:size-diff`,
    cache: false,
    options: { app: app.manifest.name, targets: declared, images: imagePaths },
    configurations: perTarget,
    metadata: { description: `Per-library size change of one ${app.manifest.name} image since --base=<git ref>` },
  };
  targets['compile-commands'] = {
    executor: `${EXECUTOR_PREFIX}:compile-commands`,
    cache: false,
    // The image first: every uk/config.h the commands name exists then.
    dependsOn: ['build'],
    options: { app: app.manifest.name, targets: declared },
    configurations: perTarget,
    metadata: {
      description: `Write compile_commands.json (clangd) with every compile of one ${app.manifest.name} image`,
    },
  };
  const configTarget = (action: string, description: string): TargetConfiguration => ({
    executor: `${EXECUTOR_PREFIX}:config`,
    cache: false,
    options: { app: app.manifest.name, action, targets: declared },
    configurations: perTarget,
    metadata: { description },
  });
  targets['config'] = configTarget(
    'show',
    `Print ${app.manifest.name}'s resolved configuration and where each value comes from`,
  );
  targets['why'] = configTarget(
    'why',
    'Explain why a library (--lib) is in the image or an option (--option=lib.OPT) has its value',
  );
  targets['olddefconfig'] = configTarget(
    'olddefconfig',
    'Check the saved configuration against the current manifests and drop settings equal to defaults',
  );
  targets['apply-config'] = configTarget(
    'apply',
    'Merge a configuration fragment (--fragment=file.json) into the saved configuration',
  );
  targets['menuconfig'] = {
    executor: `${EXECUTOR_PREFIX}:menuconfig`,
    cache: false,
    options: { app: app.manifest.name, targets: declared },
    configurations: perTarget,
    metadata: { description: `Choose libraries and options for ${app.manifest.name} in a terminal menu` },
  };
  return targets;
}
