/**
 * `nx g @ukraft/nx:library <name>`: a library that builds and passes its
 * host test at once: manifest with an example option, a documented
 * public header, one source file and a test program.
 */
import { join } from 'node:path';
import { generateFiles, type Tree } from '@nx/devkit';
import { checkNewName, descriptions, names } from '../names';

export interface LibraryGeneratorOptions {
  name: string;
  description?: string;
  directory?: string;
}

export default async function libraryGenerator(tree: Tree, opts: LibraryGeneratorOptions): Promise<() => void> {
  const n = names(opts.name);
  const dir = opts.directory ?? join('libs', n.name);
  checkNewName(tree, n.name, dir);
  generateFiles(tree, join(__dirname, '..', '..', 'src', 'generators', 'library', 'files'), dir, {
    ...n,
    ...descriptions(opts.description || `${n.name} library`),
    tmpl: '',
  });
  return () => {
    console.log(`\nCreated ${dir}. Test it: npx nx run ${n.name}:test`);
    console.log(
      `Add it to an app: "libraries": ["${n.name}"] in apps/<app>/uk.config.json, or in the app's uk.app.ts.`,
    );
  };
}
