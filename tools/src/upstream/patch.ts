/**
 * Applying the library's patch files to a fresh tree, in order, with GNU
 * patch (-p1: paths like git's a/ and b/). A patch that does not apply
 * fails the fetch with the patch file, the hunks that failed and their
 * text; the half-patched tree is thrown away by the caller.
 */
import { readFileSync } from 'node:fs';
import { runTool } from './run';

export interface PatchFile {
  /** As the manifest names it, for messages (`patches/0001-x.patch`). */
  name: string;
  /** Absolute path. */
  path: string;
}

/** The n-th (1-based) hunk of `file` in a unified diff, or undefined. */
export function hunkText(diff: string, file: string, n: number): { line: number; text: string } | undefined {
  const lines = diff.split('\n');
  let inFile = false;
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.startsWith('+++ ')) {
      const target = l.slice(4).split('\t')[0]!.trim();
      inFile = target === file || target.replace(/^[^/]+\//, '') === file || target.endsWith(`/${file}`);
      continue;
    }
    if (!inFile || !l.startsWith('@@')) continue;
    if (++count !== n) continue;
    let end = i + 1;
    while (end < lines.length && /^[ +\-\\]/.test(lines[end]!) && !lines[end]!.startsWith('--- ')) end++;
    return { line: i + 1, text: lines.slice(i, end).join('\n') };
  }
  return undefined;
}

/** Human-readable account of patch's failure output. */
export function describeFailure(patchName: string, diff: string, output: string): string {
  const out: string[] = [];
  let file: string | undefined;
  for (const line of output.split('\n')) {
    const f = /^(?:checking|patching) file (.+)$/.exec(line);
    if (f) {
      file = f[1]!.trim().replace(/^'|'$/g, '');
      continue;
    }
    const h = /^Hunk #(\d+) FAILED at (\d+)/.exec(line);
    if (h && file) {
      const hunk = hunkText(diff, file, Number(h[1]));
      out.push(
        `  hunk #${h[1]} of ${file} (${patchName}${hunk ? ` line ${hunk.line}` : ''}) FAILED at line ${h[2]} of ${file}` +
          (hunk ? `:\n${hunk.text.replace(/^/gm, '    ')}` : ''),
      );
      continue;
    }
    if (
      /can't find file to patch|No file to patch|Reversed \(or previously applied\)|Only garbage|malformed patch/i.test(
        line,
      )
    ) {
      out.push(`  ${line.trim()}${file ? ` (${file})` : ''}`);
    }
  }
  return out.length ? out.join('\n') : output.trim().replace(/^/gm, '  ');
}

export async function applyPatches(
  tree: string,
  patches: readonly PatchFile[],
): Promise<{ failed?: { patch: string; why: string } }> {
  for (const p of patches) {
    let diff: string;
    try {
      diff = readFileSync(p.path, 'utf8');
    } catch (e) {
      return { failed: { patch: p.name, why: `  cannot read it: ${(e as Error).message}` } };
    }
    // --dry-run first: a patch applies whole or not at all, and the output names every failing hunk.
    const args = ['-p1', '--batch', '--forward', '--no-backup-if-mismatch', '-r', '-', '-i', p.path];
    const dry = await runTool('patch', [...args, '--dry-run'], tree);
    if (dry.code !== 0)
      return { failed: { patch: p.name, why: describeFailure(p.name, diff, dry.stdout + dry.stderr) } };
    const r = await runTool('patch', ['-s', ...args], tree);
    if (r.code !== 0) return { failed: { patch: p.name, why: describeFailure(p.name, diff, r.stdout + r.stderr) } };
  }
  return {};
}
