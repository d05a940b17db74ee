/**
 * The solver: an app, its saved configuration and one target → which
 * libraries are in the image and why, and every option's value and why.
 *
 * 1. Closure: the app's libraries, the configuration's extra libraries,
 *    the target's platform and libraries pulled in by selects, expanded
 *    through `requires`. A requirement names a library or a capability;
 *    a capability resolves to the provider the app selected, the one its
 *    configuration names, or the default provider.
 * 2. Values, in dependency order: off when `dependsOn` is false; forced
 *    on by an active `select`; else the per-target setting, the app
 *    setting, the first conditional default that holds, the default.
 * 3. Selects that name libraries grow the closure; repeat until stable.
 *
 * Every contradiction is a UkError naming the file, the chain of
 * requirements or settings that led to it, and a way out.
 */
import { NeedsBrokenLib, type AppEntry, type LibEntry, type Workspace } from '../manifest/workspace';
import type { LibraryManifest, OptionDef, OptionValue } from '../manifest/schema';
import { UkError, didYouMean } from '../util/errors';
import { evaluate, explain, factRefs, parse, truthy, type Expr, type Value } from '../manifest/expr';
import { requirementsFor, type Target } from '../manifest/naming';
import { checkValue } from './options';

export interface LibReason {
  /** How the library entered: named by the app, its configuration, the target, a requirement, a select. */
  kind: 'app' | 'config' | 'platform' | 'requires' | 'select';
  /** The library or option that brought it in (for requires / select). */
  by?: string;
  /** The capability it provides, if it came in as a provider. */
  capability?: string;
  /** Why this provider was chosen. */
  choice?: string;
  file: string;
}

export interface OptionReason {
  kind: 'default' | 'conditional default' | 'app setting' | 'target setting' | 'select' | 'off';
  file: string;
  detail: string;
}

export interface Solution {
  target: Target;
  app: AppEntry;
  /** Libraries, each after everything it requires. */
  order: LibEntry[];
  /** Direct requirements of each library, resolved to library names. */
  deps: Map<string, string[]>;
  values: Map<string, Record<string, OptionValue | undefined>>;
  libReasons: Map<string, LibReason>;
  optionReasons: Map<string, OptionReason>;
  /** How each library was reached from the app: app → a → b. */
  chains: Map<string, string[]>;
}

type Setting = { value: OptionValue; file: string; where: string };

function capabilities(ws: Workspace): Map<string, LibEntry[]> {
  const caps = new Map<string, LibEntry[]>();
  for (const lib of ws.libs.values()) {
    for (const c of lib.manifest.provides) caps.set(c, [...(caps.get(c) ?? []), lib]);
  }
  return caps;
}

function supports(m: LibraryManifest, t: Target): string | undefined {
  if (m.archs && !m.archs.includes(t.arch)) return `arch ${t.arch} (it supports ${m.archs.join(', ')})`;
  if (m.plats && !m.plats.includes(t.plat)) return `platform ${t.plat} (it supports ${m.plats.join(', ')})`;
  return undefined;
}

interface Root {
  name: string;
  reason: LibReason;
}

/** Step 1: the closure in requirement order, with reasons and chains. */
function closure(
  ws: Workspace,
  app: AppEntry,
  t: Target,
  roots: Root[],
): Pick<Solution, 'order' | 'deps' | 'libReasons' | 'chains'> {
  const caps = capabilities(ws);
  const selected = new Set(roots.map((r) => r.name));
  const order: LibEntry[] = [];
  const deps = new Map<string, string[]>();
  const libReasons = new Map<string, LibReason>();
  const chains = new Map<string, string[]>();
  const state = new Map<string, 'visiting' | 'done'>();
  const appName = app.manifest.name;

  const provider = (cap: string, chain: string[], file: string): { name: string; choice: string } => {
    const all = caps.get(cap)!;
    const names = all.map((l) => l.manifest.name);
    const picked = names.filter((n) => selected.has(n));
    if (picked.length > 1) {
      throw new UkError(
        `${app.file}: the image for ${t.name} selects ${picked.join(' and ')}, which all provide '${cap}'; keep one of them`,
      );
    }
    if (picked.length === 1) return { name: picked[0]!, choice: `selected by ${appName}` };
    const configured = app.config.providers[cap];
    if (configured) {
      if (!names.includes(configured)) {
        throw new UkError(
          `${app.configFile}: 'providers.${cap}' names '${configured}', which does not provide '${cap}'${didYouMean(configured, names)}; providers: ${names.join(', ')}`,
        );
      }
      return { name: configured, choice: `chosen in ${app.configFile}` };
    }
    // Only a provider that supports the target can be the default or the only one: the
    // target chooses among them by their plats and archs (netdev-driver: virtio-net on kvm,
    // netfront on xen, linuxu-tap on linuxu).
    const fit = all.filter((l) => supports(l.manifest, t) === undefined);
    const defaults = fit.filter((l) => l.manifest.defaultFor.includes(cap));
    if (defaults.length > 1) {
      throw new UkError(
        `${defaults[1]!.file}: '${defaults[1]!.manifest.name}' and '${defaults[0]!.manifest.name}' are both the default provider of '${cap}'; only one library may say defaultFor: ['${cap}']`,
      );
    }
    if (defaults.length === 1) return { name: defaults[0]!.manifest.name, choice: 'the default provider' };
    if (all.length === 1) return { name: names[0]!, choice: 'the only provider' };
    if (fit.length === 1) return { name: fit[0]!.manifest.name, choice: `the only provider for ${t.name}` };
    if (fit.length === 0)
      throw new UkError(
        `${file}: requires '${cap}', and none of its providers (${names.join(', ')}) supports ${t.name} (chain: ${[...chain, cap].join(' → ')}); ${all.map((l) => `${l.manifest.name} does not support ${supports(l.manifest, t)}`).join('; ')}`,
      );
    throw new UkError(
      `${file}: requires '${cap}', which ${fit.map((l) => l.manifest.name).join(', ')} provide for ${t.name}, and none is chosen (chain: ${[...chain, cap].join(' → ')}); select one in the app's libraries or set "providers": { "${cap}": "<library>" } in ${app.configFile}`,
    );
  };

  const visit = (name: string, chain: string[], reason: LibReason, field: string) => {
    let lib = ws.libs.get(name);
    if (!lib && caps.has(name)) {
      const p = provider(name, chain, reason.file);
      reason = { ...reason, capability: name, choice: p.choice };
      name = p.name;
      lib = ws.libs.get(name)!;
    }
    if (!lib) brokenNeeded(ws, name, app, t, [...chain, name]);
    if (!lib) {
      throw new UkError(
        `${reason.file}: ${field} names library '${name}', which does not exist${didYouMean(name, [...ws.libs.keys(), ...caps.keys()])} (chain: ${[...chain, name].join(' → ')})`,
      );
    }
    const st = state.get(name);
    if (st === 'done') return name;
    if (st === 'visiting') {
      const start = chain.indexOf(name);
      throw new UkError(
        `${lib.file}: dependency cycle: ${[...chain.slice(start), name].join(' → ')}; one of these libraries must stop requiring the next`,
      );
    }
    const unsupported = supports(lib.manifest, t);
    if (unsupported) {
      throw new UkError(
        `${lib.file}: library '${name}' does not support ${unsupported}, but the image for ${t.name} needs it (chain: ${[...chain, name].join(' → ')}); remove it from that chain or build for a supported target`,
      );
    }
    state.set(name, 'visiting');
    libReasons.set(name, reason);
    chains.set(name, [...chain, name]);
    const direct: string[] = [];
    for (const req of requirementsFor(lib.manifest, t)) {
      direct.push(visit(req, [...chain, name], { kind: 'requires', by: name, file: lib.file }, `'requires'`));
    }
    deps.set(name, direct);
    state.set(name, 'done');
    order.push(lib);
    return name;
  };

  for (const r of roots) {
    visit(
      r.name,
      [r.reason.kind === 'select' ? r.reason.by! : appName],
      r.reason,
      r.reason.kind === 'app' ? `'libraries'` : r.reason.kind === 'platform' ? `target ${t.name}` : `'libraries'`,
    );
  }
  // A library the app or its configuration names is there for that reason first.
  for (const r of roots) {
    if (r.reason.kind !== 'app' && r.reason.kind !== 'config') continue;
    const cur = libReasons.get(r.name);
    if (cur && cur.kind !== 'app' && cur.kind !== 'config') {
      libReasons.set(r.name, r.reason);
      chains.set(r.name, [appName, r.name]);
    }
  }
  // Two providers of one capability, however they came in.
  const by = new Map<string, string>();
  for (const lib of order) {
    for (const cap of lib.manifest.provides) {
      const other = by.get(cap);
      if (other) {
        throw new UkError(
          `${lib.file}: '${lib.manifest.name}' and '${other}' both provide '${cap}' in the image for ${t.name} (chains: ${chains.get(other)!.join(' → ')}; ${chains.get(lib.manifest.name)!.join(' → ')}); select only one of them`,
        );
      }
      by.set(cap, lib.manifest.name);
    }
  }
  return { order, deps, libReasons, chains };
}

interface OptNode {
  lib: LibEntry;
  name: string;
  def: OptionDef;
  dependsOn?: Expr;
  defaults: { cond: Expr; value: OptionValue }[];
}

function compile(file: string, where: string, src: string): Expr {
  try {
    return parse(src);
  } catch (e) {
    throw new UkError(`${file}: ${where}: ${(e as Error).message} in '${src}'`);
  }
}

/** Step 2: every option's value, in dependency order. */
function values(
  ws: Workspace,
  app: AppEntry,
  t: Target,
  order: readonly LibEntry[],
): { values: Solution['values']; reasons: Solution['optionReasons']; libSelects: Map<string, string> } {
  const inImage = new Map(order.map((l) => [l.manifest.name, l]));
  const nodes = new Map<string, OptNode>();
  for (const lib of order) {
    for (const [name, def] of Object.entries(lib.manifest.options)) {
      const key = `${lib.manifest.name}.${name}`;
      nodes.set(key, {
        lib,
        name,
        def,
        dependsOn: def.dependsOn ? compile(lib.file, `option ${name} 'dependsOn'`, def.dependsOn) : undefined,
        defaults: (def.defaults ?? []).map((d, i) => ({
          cond: compile(lib.file, `option ${name} 'defaults[${i}].if'`, d.if),
          value: d.value,
        })),
      });
    }
  }

  // Resolve a name in an expression of library `owner` to an option key or a library.
  const caps = capabilities(ws);
  const resolveName = (
    owner: LibEntry,
    name: string,
    where: string,
  ): { option?: string; lib?: string; target?: 'plat' | 'arch' } => {
    if (name === 'plat' || name === 'arch') return { target: name };
    if (/^[A-Z]/.test(name)) {
      if (!(name in owner.manifest.options)) {
        throw new UkError(
          `${owner.file}: ${where}: '${name}' is not an option of '${owner.manifest.name}'${didYouMean(name, Object.keys(owner.manifest.options))}`,
        );
      }
      return { option: `${owner.manifest.name}.${name}` };
    }
    const dot = name.indexOf('.');
    if (dot > 0) {
      const lib = name.slice(0, dot);
      const opt = name.slice(dot + 1);
      const entry = ws.libs.get(lib);
      if (!entry) throw new UkError(`${owner.file}: ${where}: no library '${lib}'${didYouMean(lib, ws.libs.keys())}`);
      if (!(opt in entry.manifest.options)) {
        throw new UkError(
          `${owner.file}: ${where}: '${lib}' has no option '${opt}'${didYouMean(opt, Object.keys(entry.manifest.options))}`,
        );
      }
      return { option: name };
    }
    if (!ws.libs.has(name) && !caps.has(name)) {
      throw new UkError(
        `${owner.file}: ${where}: no library or capability '${name}'${didYouMean(name, [...ws.libs.keys(), ...caps.keys()])}`,
      );
    }
    return { lib: name };
  };

  // Settings from the configuration, checked against the image.
  const settings = new Map<string, Setting>();
  const layers: [string, Record<string, Record<string, OptionValue>>][] = [
    ['options', app.config.options],
    [`targets.${t.name}.options`, app.config.targets[t.name as keyof typeof app.config.targets]?.options ?? {}],
  ];
  for (const [where, layer] of layers) {
    for (const [lib, opts] of Object.entries(layer)) {
      const entry = inImage.get(lib);
      if (!entry) {
        throw new UkError(
          `${app.configFile}: '${where}.${lib}': library '${lib}' is not part of the image for ${t.name}${didYouMean(lib, inImage.keys())}; add it to the app's libraries or remove the setting`,
        );
      }
      for (const [opt, value] of Object.entries(opts)) {
        const def = entry.manifest.options[opt];
        if (!def) {
          const known = Object.keys(entry.manifest.options);
          throw new UkError(
            `${app.configFile}: '${where}.${lib}.${opt}': library '${lib}' has no option '${opt}'${didYouMean(opt, known)}${known.length ? `; its options: ${known.join(', ')}` : ''}`,
          );
        }
        const bad = checkValue(def, value);
        if (bad) throw new UkError(`${app.configFile}: '${where}.${lib}.${opt}': ${bad}`);
        settings.set(`${lib}.${opt}`, { value, file: app.configFile, where: `${where}.${lib}.${opt}` });
      }
    }
  }

  // Selects: target option → selectors; library → selectors.
  const selectors = new Map<string, string[]>();
  const libSelectors = new Map<string, string[]>();
  for (const [key, n] of nodes) {
    if (n.def.type !== 'bool') continue;
    for (const sel of n.def.select ?? []) {
      const r = resolveName(n.lib, sel, `option ${n.name} 'select'`);
      if (r.option) {
        const target = nodes.get(r.option);
        if (!target) continue; // the selected library is absent: its option cannot be forced (see libSelects)
        if (target.def.type !== 'bool')
          throw new UkError(`${n.lib.file}: option ${n.name} 'select': '${sel}' is not a bool option`);
        selectors.set(r.option, [...(selectors.get(r.option) ?? []), key]);
        const owner = r.option.slice(0, r.option.indexOf('.'));
        if (!inImage.has(owner)) libSelectors.set(owner, [...(libSelectors.get(owner) ?? []), key]);
      } else if (r.lib) {
        libSelectors.set(r.lib, [...(libSelectors.get(r.lib) ?? []), key]);
      }
    }
  }
  // Selected options of absent libraries pull the library in.
  for (const [key, n] of nodes) {
    if (n.def.type !== 'bool') continue;
    for (const sel of n.def.select ?? []) {
      const dot = sel.indexOf('.');
      if (dot > 0 && !inImage.has(sel.slice(0, dot)))
        libSelectors.set(sel.slice(0, dot), [...(libSelectors.get(sel.slice(0, dot)) ?? []), key]);
    }
  }

  // Evaluation order: depth-first over what each option's value depends on.
  const valuesOut = new Map<string, Record<string, OptionValue | undefined>>(order.map((l) => [l.manifest.name, {}]));
  const reasons = new Map<string, OptionReason>();
  const value = (key: string): Value => {
    const dot = key.indexOf('.');
    return valuesOut.get(key.slice(0, dot))?.[key.slice(dot + 1)];
  };
  const lookupFor =
    (owner: LibEntry, where: string) =>
    (name: string): Value => {
      const r = resolveName(owner, name, where);
      if (r.target) return t[r.target];
      if (r.option) return value(r.option);
      return inImage.has(r.lib!) || order.some((l) => l.manifest.provides.includes(r.lib!));
    };
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (key: string, chain: string[]) => {
    const n = nodes.get(key);
    if (!n || state.get(key) === 'done') return;
    if (state.get(key) === 'visiting') {
      const start = chain.indexOf(key);
      throw new UkError(
        `${n.lib.file}: options depend on each other in a cycle: ${[...chain.slice(start), key].join(' → ')}`,
      );
    }
    state.set(key, 'visiting');
    const own = n.lib.manifest.name;
    const exprs = [n.dependsOn, ...n.defaults.map((d) => d.cond)].filter((e): e is Expr => !!e);
    for (const e of exprs) {
      for (const name of factRefs(e)) {
        const r = resolveName(n.lib, name, `option ${n.name}`);
        if (r.option) visit(r.option, [...chain, key]);
      }
    }
    for (const s of selectors.get(key) ?? []) visit(s, [...chain, key]);

    const where = `option ${n.name}`;
    const look = lookupFor(n.lib, where);
    const setting = settings.get(key);
    const activeSelectors = (selectors.get(key) ?? []).filter((s) => value(s) === true);
    const active = !n.dependsOn || truthy(evaluate(n.dependsOn, look));
    let v: OptionValue | undefined;
    let reason: OptionReason;
    if (!active) {
      const facts = explain(n.dependsOn!, look);
      if (activeSelectors.length) {
        const s = nodes.get(activeSelectors[0]!)!;
        throw new UkError(
          `${s.lib.file}: option ${s.name} selects ${key}, but ${key} depends on '${n.lib.manifest.options[n.name]!.dependsOn}', which is false (${facts}); make the dependency hold or stop selecting it`,
        );
      }
      if (setting) {
        throw new UkError(
          `${setting.file}: '${setting.where}': unmet dependency: ${key} depends on '${n.def.dependsOn}', which is false for ${t.name} (${facts}); remove the setting or make the dependency hold`,
        );
      }
      v = n.def.type === 'bool' ? false : undefined;
      reason = { kind: 'off', file: n.lib.file, detail: `depends on '${n.def.dependsOn}', which is false (${facts})` };
    } else if (activeSelectors.length) {
      if (setting && setting.value === false) {
        const s = nodes.get(activeSelectors[0]!)!;
        throw new UkError(
          `${setting.file}: '${setting.where}': conflict: it sets ${key} to false, but ${activeSelectors.join(' and ')} select${activeSelectors.length > 1 ? '' : 's'} it (${s.lib.file}); remove the setting or turn the selecting option off`,
        );
      }
      v = true;
      reason = {
        kind: 'select',
        file: nodes.get(activeSelectors[0]!)!.lib.file,
        detail: `selected by ${activeSelectors.join(', ')}`,
      };
    } else if (setting) {
      v = setting.value;
      reason = {
        kind: setting.where.startsWith('targets.') ? 'target setting' : 'app setting',
        file: setting.file,
        detail: `set in '${setting.where}'`,
      };
    } else {
      const hit = n.defaults.find((d) => truthy(evaluate(d.cond, look)));
      if (hit) {
        v = hit.value;
        const i = n.defaults.indexOf(hit);
        reason = {
          kind: 'conditional default',
          file: n.lib.file,
          detail: `default when '${n.def.defaults![i]!.if}' (${explain(hit.cond, look)})`,
        };
        const bad = checkValue(n.def, v);
        if (bad) throw new UkError(`${n.lib.file}: field 'options.${n.name}.defaults.${i}.value': ${bad}`);
      } else {
        v = n.def.default;
        reason = { kind: 'default', file: n.lib.file, detail: 'the default' };
      }
    }
    valuesOut.get(own)![n.name] = v;
    reasons.set(key, reason);
    state.set(key, 'done');
  };
  for (const key of nodes.keys()) visit(key, []);

  // Libraries that active selects want but the image lacks.
  const libSelects = new Map<string, string>();
  for (const [lib, sels] of libSelectors) {
    const on = sels.filter((s) => value(s) === true);
    if (on.length && !inImage.has(lib)) libSelects.set(lib, on[0]!);
  }
  return { values: valuesOut, reasons, libSelects };
}

/**
 * A library that is missing because its manifest is broken: its own error
 * first (the file and the cause), then what needed it. With a name that
 * matches no manifest but some manifests are broken, the broken one may be
 * what would have provided it: say so first too.
 */
function brokenNeeded(ws: Workspace, name: string, app: AppEntry, t: Target, chain: string[]): void {
  const b = ws.broken.get(name) ?? (ws.broken.size === 1 ? [...ws.broken.values()][0] : undefined);
  if (!b) return;
  const which = ws.broken.has(name) ? `library '${name}'` : `'${name}' (no other manifest has it)`;
  throw new NeedsBrokenLib(
    `${b.error.message}\n  so ${which} cannot be built; the image of ${app.manifest.name} for ${t.name} needs it (chain: ${chain.join(' → ')})`,
  );
}

export function solve(ws: Workspace, appName: string, t: Target): Solution {
  const app = ws.apps.get(appName);
  if (!app) throw new UkError(`unknown app '${appName}'${didYouMean(appName, ws.apps.keys())}`);
  const plat = `plat-${t.plat}`;
  if (!ws.libs.has(plat)) brokenNeeded(ws, plat, app, t, [app.manifest.name, plat]);
  if (!ws.libs.has(plat))
    throw new UkError(`${app.file}: target ${t.name} needs platform project '${plat}', which does not exist`);
  const caps = capabilities(ws);
  for (const cap of Object.keys(app.config.providers)) {
    if (!caps.has(cap)) {
      throw new UkError(
        `${app.configFile}: 'providers.${cap}': no library provides a capability '${cap}'${didYouMean(cap, caps.keys())}; the capabilities are ${[...caps.keys()].sort().join(', ')}`,
      );
    }
  }
  const tcfg = app.config.targets[t.name as keyof typeof app.config.targets];
  const roots: Root[] = [
    ...app.manifest.libraries.map((name) => ({ name, reason: { kind: 'app', file: app.file } as LibReason })),
    ...app.config.libraries.map((name) => ({ name, reason: { kind: 'config', file: app.configFile } as LibReason })),
    ...(tcfg?.libraries ?? []).map((name) => ({ name, reason: { kind: 'config', file: app.configFile } as LibReason })),
    { name: plat, reason: { kind: 'platform', file: app.file } },
  ];
  for (let round = 0; round < 16; round++) {
    const c = closure(ws, app, t, roots);
    const v = values(ws, app, t, c.order);
    if (v.libSelects.size === 0) {
      return { target: t, app, ...c, values: v.values, optionReasons: v.reasons };
    }
    for (const [lib, by] of v.libSelects)
      roots.push({ name: lib, reason: { kind: 'select', by, file: ws.libs.get(by.slice(0, by.indexOf('.')))!.file } });
  }
  throw new UkError(`${app.file}: selects keep adding libraries for ${t.name}; check the 'select' lists for a loop`);
}
