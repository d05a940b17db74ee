/**
 * `nx graph` and a broken workspace. Nx shows a partial graph and exits 0
 * when a plugin fails; a workspace the plugin refuses (a dependency cycle,
 * an app naming a missing library) must fail every command, the graph
 * included. So when this process is the `nx graph` command itself, an
 * error from the plugin is printed and the command exits 1 before Nx can
 * draw half a graph. In the Nx daemon the error goes back to the command,
 * which then shows Nx's partial graph with the error (docs/errors.md).
 */
import { UkError } from '../util/errors';

const GRAPH_COMMANDS = new Set(['graph', 'dep-graph']);

/** Whether this process is `nx graph` (not the daemon, not a plugin worker). */
function isGraphCommand(): boolean {
  if ((globalThis as { NX_DAEMON?: unknown }).NX_DAEMON) return false;
  const cli = process.argv[1] ?? '';
  if (!/(^|[\\/])nx(\.js)?$/.test(cli)) return false;
  const command = process.argv.slice(2).find((a) => !a.startsWith('-'));
  return command !== undefined && GRAPH_COMMANDS.has(command);
}

/** Run a plugin step; under `nx graph`, a user error ends the command with exit code 1. */
export function failingGraph<T>(step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof UkError && isGraphCommand()) {
      process.stderr.write(`\n NX   ${e.message}\n\nnx graph: the project graph is incomplete, so none was written\n`);
      process.exit(1);
    }
    throw e;
  }
}
