/**
 * link executor: the app's own sources (which see every library's
 * options) plus the library objects → the image for one target.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initrdArchive } from '../../initrd/cpio';
import { compileSources } from '../../toolchain/compile';
import { linkImage } from '../../toolchain/image';
import { targetSpec } from '../../targets';
import { withOutputLock } from '../../fs/lock';
import { batchExecutor, singleExecutor, type TaskWork } from '../../util/batch';
import { writeSbom, type SbomInput } from '../../sbom/spdx';
import { toolVersions } from '../../sbom/tools';
import { runDefaults } from '../../manifest/run-defaults';
import { UkError } from '../../util/errors';

export interface LinkOptions {
  app: string;
  target: string;
  objects: string[];
  sources: string[];
  header: string;
  includeDirs: string[];
  linkerScript?: string;
  outDir: string;
  image: string;
  /** The app manifest, whose boot defaults the image step writes (targets with bootDefaultsInImage). */
  manifest?: string;
  /** The image links a Xen network driver: the .xl.cfg gets a vif (xen targets). */
  vif?: boolean;
  /** What the SBOM says beside the compiles' facts (sbom/spdx.ts). */
  sbom: SbomInput;
  /** The app's initrd files (guest path → workspace-relative host path): <image>.initrd.cpio. */
  initrd?: Record<string, string>;
  skip?: boolean;
  /** The image cannot be built: a library manifest it needs is broken (graph/plan.ts). */
  error?: string;
}

/** run.memory and run.args, for the image step (an .xl.cfg holds them). */
function bootDefaultsOf(cwd: string, manifest: string): { memory: string; args: string[] } {
  const run = runDefaults(cwd, manifest);
  return { memory: run.memory, args: run.args };
}

export const linkApp: TaskWork<LinkOptions> = async (opts, cwd) => {
  if (opts.skip) return '';
  if (opts.error) throw new UkError(opts.error);
  return withOutputLock(cwd, opts.outDir, () => linkLocked(opts, cwd), opts.objects);
};

async function linkLocked(opts: LinkOptions, cwd: string): Promise<string> {
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
    objects: [...opts.objects, ...objects],
    linkerScript: opts.linkerScript,
    outDir: opts.outDir,
    image: opts.image,
  });
  // The platform's image step (an arm64 Image, an .xl.cfg): extra files beside the image.
  const imageStep = targetSpec(opts.target).imageStep;
  const extra = imageStep
    ? await imageStep({
        cwd,
        app: opts.app,
        image: r.image,
        debugImage: r.debugImage,
        ...(opts.manifest ? bootDefaultsOf(cwd, opts.manifest) : {}),
        vif: opts.vif,
        initrd: opts.initrd !== undefined,
      })
    : [];
  const sbom = writeSbom({
    cwd,
    image: r.image,
    appSources: opts.sources,
    input: opts.sbom,
    tools: await toolVersions(opts.target),
  });
  if (opts.initrd) {
    const cpio = join(opts.outDir, `${opts.image}.initrd.cpio`);
    writeFileSync(join(cwd, cpio), initrdArchive(cwd, opts.initrd));
    extra.push(cpio);
  }
  const also = extra.length ? `, also: ${extra.join(', ')}` : '';
  return `${r.image}: ${r.bytes} bytes (symbols: ${r.debugImage}, map: ${r.map}, sizes: ${r.sizeReport}, SBOM: ${sbom}${also})\n`;
}

export default singleExecutor(linkApp);
export const batch = batchExecutor(linkApp);
