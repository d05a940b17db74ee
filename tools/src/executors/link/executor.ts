/**
 * link executor: the app's own sources (which see every library's
 * options) plus the library objects → the image for one target.
 */
import { join } from 'node:path';
import { compileSources } from '../../toolchain/compile';
import { linkImage } from '../../toolchain/image';
import { batchExecutor, singleExecutor, type TaskWork } from '../../util/batch';

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
  /** Boot defaults (memory, arguments) for image steps that write boot configs. */
  memory: string;
  args: string[];
  skip?: boolean;
}

export const linkApp: TaskWork<LinkOptions> = async (opts, cwd) => {
  if (opts.skip) return '';
  const { objects } = await compileSources({
    cwd,
    target: opts.target,
    sources: opts.sources,
    includeDirs: opts.includeDirs,
    header: opts.header,
    outDir: join(opts.outDir, 'app'),
  });
  const r = await linkImage({
    cwd,
    app: opts.app,
    target: opts.target,
    memory: opts.memory,
    args: opts.args,
    objects: [...opts.objects, ...objects],
    linkerScript: opts.linkerScript,
    outDir: opts.outDir,
    image: opts.image,
  });
  const also = r.extra.length ? `, also: ${r.extra.join(', ')}` : '';
  return `${r.image}: ${r.bytes} bytes (symbols: ${r.debugImage}, map: ${r.map}, sizes: ${r.sizeReport}${also})\n`;
};

export default singleExecutor(linkApp);
export const batch = batchExecutor(linkApp);
