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

/** Refuse a name another manifest already uses, or a folder that exists. */
export function checkNewName(tree: Tree, name: string, dir: string): void {
  if (tree.exists(dir)) throw new UkError(`${dir} already exists; choose another name or --directory`);
  const search = (d: string): void => {
    for (const child of tree.children(d)) {
      const p = d ? `${d}/${child}` : child;
      if (['node_modules', 'dist', '.nx', '.git', 'tools', '.cache'].includes(child)) continue;
      if (child === 'uk.lib.ts' || child === 'uk.app.ts') {
        const text = tree.read(p, 'utf-8') ?? '';
        if (new RegExp(`name:\\s*['"]${name}['"]`).test(text)) throw new UkError(`${p} already uses the name '${name}'`);
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
