/**
 * The configurator's model, free of any terminal code: the rows shown for
 * a working configuration, and the edits a user can make. Every edit is
 * checked by solving every declared target; an edit that would not solve
 * is refused with the solver's message, so invalid choices cannot be made.
 */
import type { Workspace } from '../manifest/workspace';
import type { AppConfig, OptionDef, OptionValue } from '../manifest/schema';
import { parseTarget } from '../manifest/naming';
import { solve, type Solution } from '../config/solve';
import { checkValue } from '../config/options';
import { checkConfig } from '../config/save';
import { UkError } from '../util/errors';

export type Row =
  | { kind: 'lib'; lib: string; inImage: boolean; locked?: string; reason: string; description: string }
  | {
      kind: 'option';
      lib: string;
      option: string;
      def: OptionDef;
      value: OptionValue | undefined;
      source: string;
      active: boolean;
      detail: string;
      selected: boolean;
    };

export interface View {
  /** undefined: settings for every target; else one target's fragment. */
  target?: string;
}

export class Model {
  config: AppConfig;
  dirty = false;

  constructor(
    readonly ws: Workspace,
    readonly app: string,
    readonly targets: readonly string[],
  ) {
    this.config = structuredClone(ws.apps.get(app)!.config);
  }

  private withConfig(config: AppConfig): Workspace {
    const entry = this.ws.apps.get(this.app)!;
    return { ...this.ws, apps: new Map([...this.ws.apps, [this.app, { ...entry, config }]]) };
  }

  solution(view: View): Solution {
    return solve(this.withConfig(this.config), this.app, parseTarget(view.target ?? this.targets[0]!));
  }

  rows(view: View, filter = ''): Row[] {
    const s = this.solution(view);
    const manifestLibs = new Set(this.ws.apps.get(this.app)!.manifest.libraries);
    const configLibs = new Set([
      ...this.config.libraries,
      ...(view.target ? (this.fragment(view.target)?.libraries ?? []) : []),
    ]);
    const rows: Row[] = [];
    const f = filter.toLowerCase();
    const match = (...texts: string[]) => !f || texts.some((t) => t.toLowerCase().includes(f));
    const names = [...this.ws.libs.keys()].sort();
    for (const lib of names) {
      const entry = this.ws.libs.get(lib)!;
      if (entry.manifest.kind !== 'lib') continue;
      const inImage = s.values.has(lib);
      const r = s.libReasons.get(lib);
      const reason = !r
        ? 'not in the image'
        : r.kind === 'app'
          ? `selected in ${s.app.file}`
          : r.kind === 'config'
            ? 'selected here'
            : r.kind === 'requires'
              ? `required by ${r.by}`
              : r.kind === 'select'
                ? `selected by ${r.by}`
                : 'platform';
      const locked =
        inImage && !configLibs.has(lib)
          ? manifestLibs.has(lib)
            ? `the app's manifest selects it`
            : reason
          : undefined;
      const libRow: Row = { kind: 'lib', lib, inImage, locked, reason, description: entry.manifest.description };
      const optRows: Row[] = [];
      if (inImage) {
        for (const [option, def] of Object.entries(entry.manifest.options)) {
          const key = `${lib}.${option}`;
          const why = s.optionReasons.get(key)!;
          if (!match(key, def.help)) continue;
          optRows.push({
            kind: 'option',
            lib,
            option,
            def,
            value: s.values.get(lib)![option],
            source: why.kind,
            active: why.kind !== 'off',
            detail: why.detail,
            selected: why.kind === 'select',
          });
        }
      }
      if (match(lib, entry.manifest.description) || optRows.length) rows.push(libRow, ...optRows);
    }
    return rows;
  }

  private fragment(target: string) {
    return this.config.targets[target as keyof AppConfig['targets']];
  }

  /** Apply an edit to a copy, keep it only if every target still solves. */
  private attempt(edit: (c: AppConfig) => void): void {
    const next = structuredClone(this.config);
    edit(next);
    checkConfig(this.ws, this.app, next);
    this.config = next;
    this.dirty = true;
  }

  private settings(c: AppConfig, view: View): Record<string, Record<string, OptionValue>> {
    if (!view.target) return c.options;
    const t = view.target as keyof AppConfig['targets'];
    c.targets[t] ??= { libraries: [], options: {} };
    return c.targets[t]!.options;
  }

  toggleLibrary(view: View, lib: string): void {
    const row = this.rows(view).find((r) => r.kind === 'lib' && r.lib === lib);
    if (row?.kind === 'lib' && row.locked) throw new UkError(`${lib} cannot be removed here: ${row.locked}`);
    this.attempt((c) => {
      const list = view.target
        ? (c.targets[view.target as keyof AppConfig['targets']] ??= { libraries: [], options: {} }).libraries
        : c.libraries;
      const at = list.indexOf(lib);
      if (at >= 0) list.splice(at, 1);
      else list.push(lib);
    });
  }

  setOption(view: View, lib: string, option: string, value: OptionValue): void {
    const def = this.ws.libs.get(lib)!.manifest.options[option]!;
    const bad = checkValue(def, value);
    if (bad) throw new UkError(`${lib}.${option}: ${bad}`);
    this.attempt((c) => {
      const s = this.settings(c, view);
      s[lib] = { ...(s[lib] ?? {}), [option]: value };
    });
  }

  /** Parse what the user typed for an option. */
  static parseInput(def: OptionDef, text: string): OptionValue {
    switch (def.type) {
      case 'int': {
        if (!/^-?\d+$/.test(text.trim())) throw new UkError(`'${text}' is not a whole number`);
        return Number(text.trim());
      }
      case 'hex': {
        if (!/^(0x)?[0-9a-fA-F]+$/.test(text.trim())) throw new UkError(`'${text}' is not a hexadecimal number`);
        return parseInt(text.trim().replace(/^0x/, ''), 16);
      }
      case 'string':
        return text;
      default:
        throw new UkError('only int, hex and string options take typed input');
    }
  }
}
