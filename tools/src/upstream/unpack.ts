/**
 * Unpacking a verified archive: any tar that GNU tar reads (gzip, bzip2,
 * xz, zstd compression are detected by content), with `strip` leading
 * path components dropped. Members that would land outside the folder
 * (absolute paths, `..`) are refused by tar itself.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { runTool } from './run';

export async function unpack(archive: string, dir: string, strip: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const r = await runTool(
    'tar',
    ['-x', '-f', archive, '-C', dir, `--strip-components=${strip}`, '--no-same-owner', '--no-same-permissions'],
    dir,
  );
  if (r.code !== 0) throw new Error(`tar could not unpack it: ${r.stderr.trim() || `exit ${r.code}`}`);
  if (readdirSync(dir).length === 0) {
    throw new Error(`it unpacked to nothing with strip ${strip} (is 'strip' larger than the archive's folder depth?)`);
  }
}
