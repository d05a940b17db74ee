/**
 * compile-commands executor: `compile_commands.json` at the workspace root
 * for one image (docs/clangd.md), with the exact invocations of every
 * library compile and of the app's own sources, so clangd sees the same
 * uk/config.h, include path and flags as the build. It runs after the
 * image's build (dependsOn), so every generated header exists.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ExecutorContext } from '@nx/devkit';
import { compileCommands, type CompileCommand } from '../../toolchain/compile';
import { upstreamCompile } from '../../upstream/compile';
import { UkError } from '../../util/errors';
import { reportFailure } from '../../util/report';
import { oneTarget } from '../../manifest/select-targets';
import type { CompileOptions } from '../compile/executor';
import type { LinkOptions } from '../link/executor';

export interface CompileCommandsOptions {
  app: string;
  targets: string[];
  target?: string;
  /** Where to write it, workspace-relative (default compile_commands.json). */
  output?: string;
}

interface Entry {
  directory: string;
  file: string;
  arguments: string[];
  output: string;
}

const entry = (cwd: string, c: CompileCommand): Entry => ({
  directory: cwd,
  file: resolve(cwd, c.src),
  arguments: [c.cc, ...c.flags, '-c', c.src, '-o', c.obj],
  output: resolve(cwd, c.obj),
});

/** The entries of one library compile: its own sources, then its upstream's. */
async function libraryEntries(root: string, o: CompileOptions): Promise<Entry[]> {
  const up = o.upstream && (await upstreamCompile(root, o.upstream, o.includeDirs, o.outDir));
  const own = compileCommands({
    cwd: root,
    target: o.target,
    sources: o.sources,
    header: o.header,
    outDir: o.outDir,
    includeDirs: [...(up?.privateIncludes ?? []), ...o.includeDirs],
  }).map((c) => entry(root, c));
  const theirs = up
    ? compileCommands({ ...up.request, target: o.target, header: o.header }).map((c) => entry(up.request.cwd, c))
    : [];
  return [...own, ...theirs];
}

export async function compileCommandsFile(opts: CompileCommandsOptions, ctx: ExecutorContext): Promise<string> {
  const t = oneTarget(opts, ctx.configurationName);
  const projects = ctx.projectsConfigurations.projects;
  const link = projects[opts.app]?.targets?.[`link-${t}`];
  if (!link) throw new UkError(`app '${opts.app}' has no link-${t} target: is ${t} in its uk.app.ts 'targets'?`);
  const entries: Entry[] = [];
  for (const dep of link.dependsOn ?? []) {
    if (typeof dep === 'string' || !dep.projects || !dep.target) continue;
    for (const lib of Array.isArray(dep.projects) ? dep.projects : [dep.projects]) {
      const options = projects[lib]?.targets?.[dep.target]?.options as CompileOptions | undefined;
      if (options) entries.push(...(await libraryEntries(ctx.root, options)));
    }
  }
  const l = link.options as LinkOptions;
  entries.push(
    ...compileCommands({
      cwd: ctx.root,
      target: t,
      sources: l.sources,
      includeDirs: l.includeDirs,
      header: l.header,
      outDir: join(l.outDir, 'app'),
    }).map((c) => entry(ctx.root, c)),
  );
  const out = opts.output ?? 'compile_commands.json';
  mkdirSync(dirname(resolve(ctx.root, out)), { recursive: true });
  writeFileSync(resolve(ctx.root, out), `${JSON.stringify(entries, null, 1)}\n`);
  return `${out}: ${entries.length} compile(s) of ${opts.app}_${t}\n`;
}

export default async function compileCommandsExecutor(
  opts: CompileCommandsOptions,
  ctx: ExecutorContext,
): Promise<{ success: boolean }> {
  try {
    process.stdout.write(await compileCommandsFile(opts, ctx));
    return { success: true };
  } catch (e) {
    return reportFailure(e);
  }
}
