/**
 * Names the generators derive from a project name, and the checks that a
 * new one is valid and free.
 */
import type { Tree } from '@nx/devkit';
import { projectName } from '../manifest/schema';
import { UkError } from '../util/errors';

export interface Names {
  /** The project name: `my-lib`. */
  name: string;
  /** A C identifier prefix: `my_lib`. */
  cname: string;
  /** Upper case for macros: `MY_LIB`. */
  upper: string;
}

export function names(name: string): Names {
  const ok = projectName.safeParse(name);
  if (!ok.success) throw new UkError(`'${name}': a project name ${ok.error.issues[0]!.message}`);
  const cname = name.replace(/-/g, '_');
  return { name, cname, upper: cname.toUpperCase() };
}

/**
 * Words a project may not be called: the expression language's own
 * (`plat`, `arch`, `true`, `false`), folders the workspace keeps for
 * itself, and C keywords (the name becomes a C identifier prefix).
 */
export const RESERVED = new Set([
  'plat',
  'arch',
  'true',
  'false',
  'tools',
  'dist',
  'node_modules',
  'auto',
  'break',
  'case',
  'char',
  'const',
  'continue',
  'default',
  'do',
  'double',
  'else',
  'enum',
  'extern',
  'float',
  'for',
  'goto',
  'if',
  'inline',
  'int',
  'long',
  'register',
  'restrict',
  'return',
  'short',
  'signed',
  'sizeof',
  'static',
  'struct',
  'switch',
  'typedef',
  'union',
  'unsigned',
  'void',
  'volatile',
  'while',
]);

/** Capabilities named in `provides` of a manifest's text. */
function providedIn(text: string): string[] {
  const m = /provides:\s*\[([^\]]*)\]/.exec(text);
  return m ? [...m[1]!.matchAll(/['"]([^'"]+)['"]/g)].map((x) => x[1]!) : [];
}

/** Refuse a name another manifest already uses, a capability, a reserved word, or a folder that exists. */
export function checkNewName(tree: Tree, name: string, dir: string): void {
  if (RESERVED.has(name) || RESERVED.has(name.replace(/-/g, '_')))
    throw new UkError(`'${name}' is a reserved word (of expressions, the workspace or C); choose another name`);
  if (/^(plat|arch)-/.test(name))
    throw new UkError(`'${name}': names starting with plat- or arch- are kept for platforms and architectures`);
  if (tree.exists(dir)) throw new UkError(`${dir} already exists; choose another name or --directory`);
  const search = (d: string): void => {
    for (const child of tree.children(d)) {
      const p = d ? `${d}/${child}` : child;
      if (['node_modules', 'dist', '.nx', '.git', 'tools', '.cache'].includes(child)) continue;
      if (child === 'uk.lib.ts' || child === 'uk.app.ts') {
        const text = tree.read(p, 'utf-8') ?? '';
        if (new RegExp(`name:\\s*['"]${name}['"]`).test(text))
          throw new UkError(`${p} already uses the name '${name}'`);
        if (providedIn(text).includes(name))
          throw new UkError(
            `'${name}' is a capability (${p} provides it); a library of that name would take the place of every provider. Choose another name, and add provides: ['${name}'] to offer it`,
          );
      } else if (!tree.isFile(p)) {
        search(p);
      }
    }
  };
  search('');
}

/** A description as a TypeScript string literal and as C comment text. */
export function descriptions(text: string): { descriptionTs: string; descriptionC: string } {
  return { descriptionTs: JSON.stringify(text), descriptionC: text.replace(/\*\//g, '* /') };
}
