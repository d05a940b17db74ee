/**
 * link executor: the app's own sources (which see every library's
 * options) plus the library objects → the image for one target.
 */
import { join } from 'node:path';
import type { ExecutorContext } from '@nx/devkit';
import { compileSources } from '../../toolchain/compile';
import { linkImage } from '../../toolchain/image';
import { reportFailure } from '../../util/report';

export interface LinkOptions {
  app: string;
  target: string;
  objects: string[];
  libraries: string[];
  sources: string[];
  header: string;
  includeDirs: string[];
  linkerScript?: string;
  outDir: string;
  image: string;
  skip?: boolean;
}

export default async function linkExecutor(opts: LinkOptions, ctx: ExecutorContext): Promise<{ success: boolean }> {
  if (opts.skip) return { success: true };
  try {
    const { objects } = await compileSources({
      cwd: ctx.root,
      target: opts.target,
      sources: opts.sources,
      includeDirs: opts.includeDirs,
      header: opts.header,
      outDir: join(opts.outDir, 'app'),
    });
    const r = await linkImage({
      cwd: ctx.root,
      target: opts.target,
      objects: [...opts.objects, ...objects],
      linkerScript: opts.linkerScript,
      outDir: opts.outDir,
      image: opts.image,
    });
    console.log(`${r.image}: ${r.bytes} bytes (symbols: ${r.debugImage}, map: ${r.map}, sizes: ${r.sizeReport})`);
    return { success: true };
  } catch (e) {
    return reportFailure(e);
  }
}
