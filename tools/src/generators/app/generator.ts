/**
 * `nx g @ukraft/nx:app <name>`: an app that prints a greeting and its
 * arguments, builds for its targets and passes its boot test at once.
 */
import { join } from 'node:path';
import { generateFiles, type Tree } from '@nx/devkit';
import { targetName } from '../../manifest/schema';
import { UkError } from '../../util/errors';
import { checkNewName, descriptions, names } from '../names';

export interface AppGeneratorOptions {
  name: string;
  description?: string;
  targets?: string;
}

export default async function appGenerator(tree: Tree, opts: AppGeneratorOptions): Promise<() => void> {
  const n = names(opts.name);
  const dir = join('apps', n.name);
  checkNewName(tree, n.name, dir);
  const targets = (opts.targets ?? 'linuxu-x86_64,kvm-x86_64')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  for (const t of targets) {
    const ok = targetName.safeParse(t);
    if (!ok.success) throw new UkError(`--targets: '${t}' ${ok.error.issues[0]!.message}`);
  }
  generateFiles(tree, join(__dirname, '..', '..', 'src', 'generators', 'app', 'files'), dir, {
    ...n,
    ...descriptions(opts.description || `${n.name} app`),
    targets: targets.map((t) => `'${t}'`).join(', '),
    tmpl: '',
  });
  return () => {
    console.log(
      `\nCreated ${dir}. Build: npx nx build ${n.name}; boot-test: npx nx run ${n.name}:test; menu: npx nx run ${n.name}:menuconfig`,
    );
  };
}
