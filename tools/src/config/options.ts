/**
 * Option values: defaults, then the app's settings, then the per-target
 * fragment. Every setting is checked against the option's declaration.
 */
import type { AppConfig, LibraryManifest, OptionDef, OptionValue } from '../manifest/schema';
import { UkError, didYouMean } from '../util/errors';

/** Check one value against its declaration; returns a reason or undefined. */
export function checkValue(def: OptionDef, value: OptionValue): string | undefined {
  switch (def.type) {
    case 'bool':
      return typeof value === 'boolean' ? undefined : `expects true or false, got ${JSON.stringify(value)}`;
    case 'int':
    case 'hex': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return `expects an integer, got ${JSON.stringify(value)}`;
      if (def.range && (value < def.range[0] || value > def.range[1])) {
        const fmt = (n: number) => (def.type === 'hex' ? `0x${n.toString(16)}` : String(n));
        return `value ${fmt(value)} is out of range [${fmt(def.range[0])}, ${fmt(def.range[1])}]`;
      }
      return undefined;
    }
    case 'string':
      return typeof value === 'string' ? undefined : `expects a string, got ${JSON.stringify(value)}`;
    case 'choice':
      return typeof value === 'string' && def.choices.includes(value)
        ? undefined
        : `expects one of ${def.choices.join(', ')}, got ${JSON.stringify(value)}`;
  }
}

export interface OptionSource {
  configFile: string;
  config: AppConfig;
  target: string;
}

/**
 * Values for every library in `closure` (name → manifest), or a UkError
 * naming the configuration file and the setting at fault.
 */
export function resolveValues(
  closure: ReadonlyMap<string, LibraryManifest>,
  src: OptionSource,
): Map<string, Record<string, OptionValue>> {
  const values = new Map<string, Record<string, OptionValue>>();
  for (const [name, m] of closure) {
    values.set(name, Object.fromEntries(Object.entries(m.options).map(([k, d]) => [k, d.default])));
  }
  const layers: [string, Record<string, Record<string, OptionValue>>][] = [
    ['options', src.config.options],
    [`targets.${src.target}.options`, src.config.targets[src.target as keyof AppConfig['targets']]?.options ?? {}],
  ];
  for (const [where, settings] of layers) {
    for (const [lib, opts] of Object.entries(settings)) {
      const m = closure.get(lib);
      const own = values.get(lib);
      if (!m || !own) {
        throw new UkError(
          `${src.configFile}: '${where}.${lib}': library '${lib}' is not part of the image for ${src.target}${didYouMean(lib, closure.keys())}; add it to the app's libraries or remove the setting`,
        );
      }
      for (const [opt, value] of Object.entries(opts)) {
        const def = m.options[opt];
        if (!def) {
          const known = Object.keys(m.options);
          throw new UkError(
            `${src.configFile}: '${where}.${lib}.${opt}': library '${lib}' has no option '${opt}'${didYouMean(opt, known)}${known.length ? `; its options: ${known.join(', ')}` : ''}`,
          );
        }
        const bad = checkValue(def, value);
        if (bad) throw new UkError(`${src.configFile}: '${where}.${lib}.${opt}': ${bad}`);
        own[opt] = value;
      }
    }
  }
  return values;
}
