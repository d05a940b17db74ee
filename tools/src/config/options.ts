/**
 * Checking one option value against its declaration (type, range,
 * choices). The solver applies it to every setting and default.
 */
import type { OptionDef, OptionValue } from '../manifest/schema';

/** Check one value against its declaration; returns a reason or undefined. */
export function checkValue(def: OptionDef, value: OptionValue): string | undefined {
  switch (def.type) {
    case 'bool':
      return typeof value === 'boolean' ? undefined : `expects true or false, got ${JSON.stringify(value)}`;
    case 'int':
    case 'hex': {
      if (typeof value !== 'number' || !Number.isInteger(value))
        return `expects an integer, got ${JSON.stringify(value)}`;
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
