/**
 * Writing an app's saved configuration: merge edits or fragments, keep it
 * minimal (settings equal to what the solver would pick anyway are
 * dropped), check that every declared target still solves, and only then
 * write. A configuration that fails to solve is never written.
 */
import { writeFileAtomic } from '../fs/atomic-write';
import { join } from 'node:path';
import { appConfigSchema, type AppConfig, type AppConfigInput, type OptionValue } from '../manifest/schema';
import type { Workspace } from '../manifest/workspace';
import { parseTarget } from '../manifest/naming';
import { solve } from './solve';

type Settings = Record<string, Record<string, OptionValue>>;

/** Deep-merge a fragment into a configuration (fragment wins). */
export function mergeConfig(base: AppConfig, fragment: AppConfigInput): AppConfig {
  const f = appConfigSchema.parse(fragment);
  const mergeSettings = (a: Settings, b: Settings): Settings => {
    const out: Settings = structuredClone(a);
    for (const [lib, opts] of Object.entries(b)) out[lib] = { ...(out[lib] ?? {}), ...opts };
    return out;
  };
  const targets: AppConfig['targets'] = structuredClone(base.targets);
  for (const [t, frag] of Object.entries(f.targets) as [
    keyof AppConfig['targets'],
    { libraries: string[]; options: Settings },
  ][]) {
    const cur = targets[t] ?? { libraries: [], options: {} };
    targets[t] = {
      libraries: [...new Set([...cur.libraries, ...frag.libraries])],
      options: mergeSettings(cur.options, frag.options),
    };
  }
  return {
    libraries: [...new Set([...base.libraries, ...f.libraries])],
    providers: { ...base.providers, ...f.providers },
    options: mergeSettings(base.options, f.options),
    targets,
  };
}

function withConfig(ws: Workspace, app: string, config: AppConfig): Workspace {
  const entry = ws.apps.get(app)!;
  return { ...ws, apps: new Map([...ws.apps, [app, { ...entry, config }]]) };
}

/** Solve every declared target; throws the first UkError. */
export function checkConfig(ws: Workspace, app: string, config: AppConfig): void {
  const w = withConfig(ws, app, config);
  for (const t of ws.apps.get(app)!.manifest.targets) solve(w, app, parseTarget(t));
}

/**
 * Drop settings whose removal changes no declared target's value; returns
 * the minimal configuration and what was dropped.
 */
export function minimize(ws: Workspace, app: string, config: AppConfig): { config: AppConfig; dropped: string[] } {
  const targets = ws.apps.get(app)!.manifest.targets;
  const valuesOf = (c: AppConfig) => {
    const w = withConfig(ws, app, c);
    return targets.map((t) => solve(w, app, parseTarget(t)).values);
  };
  const reference = valuesOf(config);
  let current = structuredClone(config);
  const dropped: string[] = [];
  const layers: [string, (c: AppConfig) => Settings | undefined][] = [
    ['options', (c) => c.options],
    ...targets.map((t): [string, (c: AppConfig) => Settings | undefined] => [
      `targets.${t}.options`,
      (c) => c.targets[t as keyof AppConfig['targets']]?.options,
    ]),
  ];
  for (const [where, get] of layers) {
    for (const [lib, opts] of Object.entries(get(current) ?? {})) {
      for (const opt of Object.keys(opts)) {
        const trial = structuredClone(current);
        delete get(trial)![lib]![opt];
        let same: boolean;
        try {
          const vals = valuesOf(trial);
          same = vals.every((v, i) => reference[i]!.get(lib)?.[opt] === v.get(lib)?.[opt]);
        } catch {
          same = false; // without it the configuration no longer solves: keep it
        }
        if (same) {
          current = trial;
          dropped.push(`${where}.${lib}.${opt}`);
        }
      }
    }
  }
  // Tidy empty sections.
  const tidy = (s: Settings) => Object.fromEntries(Object.entries(s).filter(([, o]) => Object.keys(o).length > 0));
  current.options = tidy(current.options);
  for (const [t, frag] of Object.entries(current.targets) as [
    keyof AppConfig['targets'],
    { libraries: string[]; options: Settings },
  ][]) {
    frag.options = tidy(frag.options);
    if (!frag.libraries.length && !Object.keys(frag.options).length) delete current.targets[t];
  }
  return { config: current, dropped };
}

/** The text of a saved configuration: sorted keys, empty sections left out. */
export function configText(c: AppConfig): string {
  const sortObj = <T>(o: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  const sortSettings = (s: Settings) => sortObj(Object.fromEntries(Object.entries(s).map(([l, o]) => [l, sortObj(o)])));
  const out: Record<string, unknown> = {};
  if (c.libraries.length) out['libraries'] = [...c.libraries].sort();
  if (Object.keys(c.providers).length) out['providers'] = sortObj(c.providers);
  if (Object.keys(c.options).length) out['options'] = sortSettings(c.options);
  const targets = Object.entries(c.targets).filter(
    ([, f]) => f && (f.libraries.length || Object.keys(f.options).length),
  );
  if (targets.length) {
    out['targets'] = Object.fromEntries(
      targets
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([t, f]) => [
          t,
          {
            ...(f!.libraries.length ? { libraries: [...f!.libraries].sort() } : {}),
            ...(Object.keys(f!.options).length ? { options: sortSettings(f!.options) } : {}),
          },
        ]),
    );
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Check, minimize and write an app's configuration; returns what was dropped. */
export function saveConfig(ws: Workspace, app: string, config: AppConfig): string[] {
  checkConfig(ws, app, config);
  const { config: minimal, dropped } = minimize(ws, app, config);
  const entry = ws.apps.get(app)!;
  // Atomic: a build reading the configuration meanwhile sees the old file or the new one.
  writeFileAtomic(join(ws.root, entry.configFile), configText(minimal));
  return dropped;
}
