/**
 * preTasksExecution: checks the command line before Nx runs any task.
 * Nx falls back to a target's default options when a configuration does
 * not exist, and runs every dependency first; so an unknown configuration
 * (`-c kvm-mips`) is refused here, before a compile starts.
 */
import type { PreTasksExecution } from '@nx/devkit';
import { ALL_TARGETS } from '../manifest/naming';
import { UkError, didYouMean } from '../util/errors';

/** The configuration named on a command line (`-c x`, `-cx`, `--configuration[=]x`), if any. */
export function configurationArg(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '-c' || a === '--configuration') return argv[i + 1];
    const m = /^(?:--configuration=|-c=?)(.+)$/.exec(a);
    if (m) return m[1];
  }
  return undefined;
}

/** A UkError for a configuration that is not a target ukraft knows. */
export function checkConfiguration(configuration: string | undefined): void {
  if (configuration === undefined) return;
  for (const c of configuration.split(',')) {
    if (!(ALL_TARGETS as readonly string[]).includes(c)) {
      throw new UkError(
        `unknown configuration '${c}'${didYouMean(c, ALL_TARGETS)}: the configurations are the targets ${ALL_TARGETS.join(', ')}; nothing was run`,
      );
    }
  }
}

export const preTasksExecution: PreTasksExecution = (_options, context) => {
  checkConfiguration(configurationArg(context.argv));
};
