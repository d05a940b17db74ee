/**
 * profile executor (docs/debugging.md): boot the image with ukprof added
 * (graph/profile-image.ts) for at most --seconds, or until it exits, then
 * write its samples as folded stacks and an SVG flame graph (debug/
 * prof-files.ts) and print their paths and the top functions. The image
 * prints its samples at exit, or when its buffer is full; a run that ends
 * at --seconds without either has nothing to show and fails saying so.
 */
import type { ExecutorContext } from '@nx/devkit';
import { checkTimeout } from '../../boot/options';
import { bootImage, prepareBoot } from '../../boot/session';
import { selectTargets } from '../../manifest/select-targets';
import { UkError } from '../../util/errors';
import { reportFailure } from '../../util/report';
import { bootRequest, type RunOptions } from '../run/executor';
import { writeProfileFiles } from '../../debug/prof-files';
import { PROFILE_TARGETS } from '../../graph/profile-image';

export interface ProfileOptions extends Pick<RunOptions, 'app' | 'target' | 'targets' | 'images' | 'manifest'> {
  memory?: string;
  args?: string[] | string;
  /** Seconds the image may run before it is stopped (default 30). */
  seconds?: number;
  /** The app asks for profiled images (`profile: true` in uk.app.ts). */
  planned?: boolean;
}

/** Everything but the sample lines, for the terminal. */
const withoutSamples = (out: string) =>
  out
    .split('\n')
    .filter((l) => !/^ukprof: [0-9]/.test(l))
    .join('\n');

export default async function profileExecutor(
  opts: ProfileOptions,
  ctx: ExecutorContext,
): Promise<{ success: boolean }> {
  try {
    const target = opts.target ?? opts.targets[0];
    if (!opts.planned)
      throw new UkError(
        `${opts.app} has no profile images: add 'profile: true' to ${opts.manifest} (off by default, as every nx command plans them), see docs/debugging.md`,
      );
    if (!target || !opts.targets.includes(target))
      throw new UkError(
        `${opts.app} has no profile image for ${target ?? 'any target'}: ukprof has a sampling tick on ${PROFILE_TARGETS.join(', ')} only (Xen: not yet, docs/debugging.md), and ${opts.app} declares ${opts.targets.length ? `these of them: ${opts.targets.join(', ')}` : 'none of them'}`,
      );
    selectTargets({ app: opts.app, targets: opts.targets }, target);
    const seconds = checkTimeout(opts.seconds ?? 30) || 30;
    const p = prepareBoot(bootRequest('profile', opts, ctx, target));
    console.log(`profile: ${opts.app} (${target}) runs for at most ${seconds} s`);
    const { outcome, symbols } = await bootImage(p, { timeout: seconds, echo: false, stdin: 'ignore', keep: 64 << 20 });
    const image = p.image;
    console.log(withoutSamples(outcome.stdout).trimEnd());
    if (symbols) console.log(`\n${symbols}`);
    const files = writeProfileFiles(outcome.stdout, image, ctx.root, opts.app, target);
    if (!files)
      throw new UkError(
        `${opts.app} (${target}) printed no ukprof samples within ${seconds} s: it must exit or fill ukprof's buffer (ukprof.SAMPLES at ukprof.HZ) before --seconds`,
      );
    console.log(`\n${files.lines.join('\n')}`);
    if (!files.samples) console.error(`profile: ${opts.app} (${target}) ran too briefly for a sample`);
    return { success: files.samples > 0 };
  } catch (e) {
    return reportFailure(e);
  }
}
