/**
 * Running the programs a fetch needs (apt-get, tar, patch) with the C
 * locale, so their messages can be read, and a clear error naming the
 * Debian package when one is missing.
 */
import { spawn } from 'node:child_process';
import { findTool } from '../toolchain/tools';
import { UkError } from '../util/errors';

/** Program → Debian package. */
const PACKAGES: Record<string, string> = {
  'apt-get': 'apt',
  'apt-cache': 'apt',
  tar: 'tar',
  patch: 'patch',
  bash: 'bash',
};

export interface ToolResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Path of a program, or a UkError saying which package to install. */
export function tool(name: string): string {
  try {
    return findTool(name);
  } catch {
    throw new UkError(
      `'${name}' was not found on PATH; fetching upstream code needs it: install it with 'apt-get install ${PACKAGES[name] ?? name}' (scripts/setup.sh does)`,
    );
  }
}

export function runTool(name: string, args: readonly string[], cwd: string): Promise<ToolResult> {
  const cmd = tool(name);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C', LANG: 'C', LANGUAGE: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
