/**
 * createNodes: every `uk.lib.ts` / `uk.app.ts` becomes an Nx project.
 * All manifests arrive in one batch, so the whole build plan (every app
 * resolved for every target) is computed once here.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hostBuild } from '../config/host';
import type { CreateNodes, CreateNodesResult, ProjectConfiguration, TargetConfiguration } from '@nx/devkit';
import { loadWorkspace, type BrokenLib, type Workspace } from '../manifest/workspace';
import { planBuild, type BuildPlan } from './plan';
import { appTargets, compileTarget, fetchTarget, hostTestTarget, projectNamedInputs } from './targets';
import { upstreamRequest } from '../upstream/sources';
import { failingGraph } from './graph-command';

function libProject(ws: Workspace, plan: BuildPlan, name: string): ProjectConfiguration {
  const lib = ws.libs.get(name)!;
  const targets: Record<string, TargetConfiguration> = {};
  for (const [tname, v] of plan.compiles.get(name) ?? []) targets[tname] = compileTarget(v);
  const upstream = upstreamRequest(lib.root, lib.file, lib.manifest);
  if (upstream) targets['fetch'] = fetchTarget(lib, upstream);
  const testDir = join(ws.root, lib.root, 'tests');
  const tests = existsSync(testDir)
    ? readdirSync(testDir)
        .filter((f) => f.endsWith('.c'))
        .sort()
    : [];
  if (tests.length)
    targets['test'] = hostTestTarget(
      lib,
      hostBuild(ws, name),
      tests.map((f) => join(lib.root, 'tests', f)),
    );
  return {
    name,
    root: lib.root,
    projectType: 'library',
    tags: [`kind:${lib.manifest.kind}`],
    namedInputs: projectNamedInputs(targets),
    targets,
    metadata: { description: lib.manifest.description },
  };
}

function appProject(ws: Workspace, plan: BuildPlan, name: string): ProjectConfiguration {
  const app = ws.apps.get(name)!;
  const targets = appTargets(app, plan.images.get(name)!, plan.failed.get(name), plan.profiled.get(name));
  return {
    name,
    root: app.root,
    projectType: 'application',
    tags: ['kind:app'],
    namedInputs: projectNamedInputs(targets),
    targets,
    metadata: { description: app.manifest.description },
  };
}

/** A library whose manifest did not load: a project with no targets, the error as its description. */
function brokenProject(name: string, b: BrokenLib): ProjectConfiguration {
  return {
    name,
    root: b.root,
    projectType: 'library',
    tags: ['kind:broken'],
    targets: {},
    metadata: { description: `broken manifest: ${b.error.message}` },
  };
}

export const createNodes: CreateNodes = [
  '**/uk.{lib,app}.ts',
  (files, _options, context) =>
    failingGraph(() => {
      const ws = loadWorkspace(context.workspaceRoot, files);
      const plan = planBuild(ws);
      const byRoot = new Map<string, ProjectConfiguration>();
      for (const name of ws.libs.keys()) byRoot.set(ws.libs.get(name)!.root, libProject(ws, plan, name));
      for (const name of ws.apps.keys()) byRoot.set(ws.apps.get(name)!.root, appProject(ws, plan, name));
      for (const [name, b] of ws.broken) byRoot.set(b.root, brokenProject(name, b));
      return files.map((file): [string, CreateNodesResult] => {
        const root = dirname(file);
        return [file, { projects: { [root]: byRoot.get(root)! } }];
      });
    }),
];
