/**
 * config executor (targets `config`, `why`, `olddefconfig`, `apply-config`
 * on every app): reads the workspace, solves, explains or rewrites the
 * app's saved configuration. Nothing is written unless every declared
 * target still solves.
 */
import { join } from 'node:path';
import { loadWorkspaceFromDisk } from '../../manifest/workspace';
import { parseAppConfig, readText } from '../../manifest/load';
import { parseTarget } from '../../manifest/naming';
import { solve } from '../../config/solve';
import { describe, whyLibrary, whyOption } from '../../config/why';
import { mergeConfig, saveConfig } from '../../config/save';
import { oneTarget } from '../../manifest/select-targets';
import { UkError } from '../../util/errors';
import { singleExecutor, type TaskWork } from '../../util/batch';

export interface ConfigOptions {
  app: string;
  action: 'show' | 'why' | 'olddefconfig' | 'apply';
  targets: string[];
  target?: string;
  lib?: string;
  option?: string;
  fragment?: string;
  format?: 'text' | 'json';
}

export const configWork: TaskWork<ConfigOptions> = async (opts, root, configuration) => {
  const ws = loadWorkspaceFromDisk(root);
  // Nx gives the default options for a configuration the app lacks: refuse it.
  const target = oneTarget(opts, configuration);
  const app = ws.apps.get(opts.app)!;
  switch (opts.action) {
    case 'show': {
      const s = solve(ws, opts.app, parseTarget(target));
      if (opts.format === 'json') {
        return `${JSON.stringify(
          {
            app: opts.app,
            target,
            libraries: s.order.map((l) => l.manifest.name),
            options: Object.fromEntries([...s.values].map(([l, v]) => [l, v])),
          },
          null,
          2,
        )}\n`;
      }
      return `${describe(s)}\n`;
    }
    case 'why': {
      const s = solve(ws, opts.app, parseTarget(target));
      if (opts.option) return `${whyOption(ws, s, opts.option)}\n`;
      if (opts.lib) return `${whyLibrary(ws, s, opts.lib)}\n`;
      throw new UkError(`why needs --lib=<library> or --option=<library>.<OPTION>`);
    }
    case 'olddefconfig': {
      const dropped = saveConfig(ws, opts.app, app.config);
      return dropped.length
        ? `${app.configFile}: dropped settings equal to their defaults: ${dropped.join(', ')}\n`
        : `${app.configFile}: up to date; every declared target solves\n`;
    }
    case 'apply': {
      if (!opts.fragment) throw new UkError('apply-config needs --fragment=<file.json>');
      const fragment = parseAppConfig(opts.fragment, readText(join(root, opts.fragment)));
      const dropped = saveConfig(ws, opts.app, mergeConfig(app.config, fragment));
      return `${app.configFile}: applied ${opts.fragment}${dropped.length ? `; dropped settings equal to their defaults: ${dropped.join(', ')}` : ''}\n`;
    }
  }
};

export default singleExecutor(configWork);
