/**
 * `why`: the reasons behind a solution, in words. Why a library is in an
 * image (the chain back to the app, a select or a provider choice), why
 * it is not, and why an option has its value (setting, default,
 * conditional default, select) or is off.
 */
import type { Workspace } from '../manifest/workspace';
import { UkError, didYouMean } from '../util/errors';
import { requirementsFor } from '../manifest/naming';
import type { Solution } from './solve';

function show(v: unknown): string {
  return v === undefined ? 'off' : typeof v === 'string' ? `'${v}'` : String(v);
}

function libLines(s: Solution, name: string, seen = new Set<string>()): string[] {
  if (seen.has(name)) return [];
  seen.add(name);
  const r = s.libReasons.get(name)!;
  const cap = r.capability ? ` as the provider of '${r.capability}' (${r.choice})` : '';
  switch (r.kind) {
    case 'app':
      return [`${name}: selected by ${s.app.manifest.name} in 'libraries' of ${r.file}${cap}`];
    case 'config':
      return [`${name}: selected in 'libraries' of ${r.file}${cap}`];
    case 'platform':
      return [`${name}: the platform of ${s.target.name}`];
    case 'requires':
      return [`${name}: required by ${r.by} (${r.file})${cap}`, ...libLines(s, r.by!, seen)];
    case 'select': {
      const [lib, opt] = r.by!.split('.');
      return [`${name}: selected by option ${r.by} (${r.file}), which is on`, ...optionLines(s, lib!, opt!, seen)];
    }
  }
}

function optionLines(s: Solution, lib: string, opt: string, seen: Set<string>): string[] {
  const key = `${lib}.${opt}`;
  if (seen.has(key)) return [];
  seen.add(key);
  const r = s.optionReasons.get(key)!;
  const v = s.values.get(lib)![opt];
  const lines = [`${key} = ${show(v)}: ${r.kind === 'off' ? 'off, ' : ''}${r.detail} (${r.file})`];
  if (r.kind === 'select') {
    for (const by of r.detail.replace('selected by ', '').split(', ')) {
      const [l, o] = by.split('.');
      lines.push(...optionLines(s, l!, o!, seen));
    }
  }
  lines.push(...libLines(s, lib, seen));
  return lines;
}

/** Why library `name` is (or is not) in the image. */
export function whyLibrary(ws: Workspace, s: Solution, name: string): string {
  const head = `${s.app.manifest.name} for ${s.target.name}:`;
  if (s.libReasons.has(name)) return [head, ...libLines(s, name).map((l) => `  ${l}`)].join('\n');
  const lib = ws.libs.get(name);
  if (!lib) throw new UkError(`no library '${name}'${didYouMean(name, ws.libs.keys())}`);
  const lines = [`${head}`, `  ${name} is not in the image.`];
  const requirers = [...ws.libs.values()].filter((l) =>
    requirementsFor(l.manifest, s.target).some((r) => r === name || lib.manifest.provides.includes(r)),
  );
  for (const cap of lib.manifest.provides) {
    const chosen = [...s.libReasons.entries()].find(([, r]) => r.capability === cap);
    if (chosen) lines.push(`  It provides '${cap}', but ${chosen[0]} was chosen (${chosen[1].choice}).`);
  }
  if (lib.manifest.archs && !lib.manifest.archs.includes(s.target.arch))
    lines.push(`  It does not support arch ${s.target.arch}.`);
  if (lib.manifest.plats && !lib.manifest.plats.includes(s.target.plat))
    lines.push(`  It does not support platform ${s.target.plat}.`);
  lines.push(
    requirers.length
      ? `  Libraries that would bring it in: ${requirers.map((l) => l.manifest.name).join(', ')} (not in this image).`
      : '  No library requires it.',
    `  To add it: list it in 'libraries' of ${s.app.configFile} (or of ${s.app.file}).`,
  );
  return lines.join('\n');
}

/** Why option `lib.OPTION` has its value. */
export function whyOption(ws: Workspace, s: Solution, ref: string): string {
  const dot = ref.indexOf('.');
  if (dot < 0) throw new UkError(`'${ref}': name an option as <library>.<OPTION>, e.g. ukdebug.LOGLEVEL`);
  const lib = ref.slice(0, dot);
  const opt = ref.slice(dot + 1);
  const entry = ws.libs.get(lib);
  if (!entry) throw new UkError(`no library '${lib}'${didYouMean(lib, ws.libs.keys())}`);
  if (!(opt in entry.manifest.options))
    throw new UkError(`'${lib}' has no option '${opt}'${didYouMean(opt, Object.keys(entry.manifest.options))}`);
  const head = `${s.app.manifest.name} for ${s.target.name}:`;
  if (!s.values.has(lib))
    return [
      head,
      `  ${ref} does not apply: ${lib} is not in the image.`,
      ...whyLibrary(ws, s, lib).split('\n').slice(2),
    ].join('\n');
  return [head, ...optionLines(s, lib, opt, new Set()).map((l) => `  ${l}`)].join('\n');
}

/** The full resolved configuration: every library and option with where its value comes from. */
export function describe(s: Solution): string {
  const out = [`# ${s.app.manifest.name} for ${s.target.name}`];
  for (const lib of s.order) {
    const name = lib.manifest.name;
    out.push(`${name}  (${libLines(s, name)[0]!.slice(name.length + 2)})`);
    for (const opt of Object.keys(lib.manifest.options)) {
      const r = s.optionReasons.get(`${name}.${opt}`)!;
      out.push(`  ${opt} = ${show(s.values.get(name)![opt])}  [${r.kind}]`);
    }
  }
  return out.join('\n');
}
