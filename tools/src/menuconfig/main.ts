/**
 * Entry of the configurator process: `node dist/menuconfig.mjs <workspace>
 * <app> [target]`. Started by the menuconfig executor with the terminal.
 */
import { render } from 'ink';
import { createElement as h } from 'react';
import { loadWorkspaceFromDisk } from '../manifest/workspace';
import { Model } from './model';
import { MenuConfig } from './app';
import { terminalTooSmall } from './size';

const [root, app, target] = process.argv.slice(2);
try {
  if (!root || !app) throw new Error('usage: menuconfig.mjs <workspace> <app> [target]');
  // Before anything is loaded: a frame that does not fit is refused, not drawn.
  const small = process.stdout.isTTY ? terminalTooSmall(process.stdout.columns, process.stdout.rows) : undefined;
  if (small) throw new Error(small);
  const ws = loadWorkspaceFromDisk(root);
  const entry = ws.apps.get(app);
  if (!entry) throw new Error(`no app '${app}'`);
  const model = new Model(ws, app, entry.manifest.targets);
  const instance = render(h(MenuConfig, { model, initialTarget: target || undefined }));
  await instance.waitUntilExit();
} catch (e) {
  process.stderr.write(`error: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
