/**
 * The command line of `npm run pr-check -- --base=<ref> [--head=<ref>]`,
 * validated with zod: a typo or a missing value is an error that names it.
 */
import { z } from 'zod';
import { UkError } from '../util/errors';

export const USAGE =
  'usage: npm run pr-check -- --base=<ref> [--head=<ref>] [--targets=build,test] [--log-dir=<dir>] [--skip-remote-cache]';

const schema = z.strictObject({
  base: z.string().min(1),
  /** Absent: the work tree as it is (uncommitted changes count), as on a laptop. */
  head: z.string().min(1).optional(),
  targets: z
    .string()
    .regex(/^[a-z][a-z0-9-]*(,[a-z][a-z0-9-]*)*$/, 'must be a comma-separated list of target names')
    .default('build,test'),
  'log-dir': z.string().min(1).default('dist/pr-check'),
  'skip-remote-cache': z.boolean().default(false),
});

export type PrCheckArgs = z.output<typeof schema>;

/** `--name=value`, `--name value` and bare `--flag`; anything else is refused. */
export function parseArgs(argv: readonly string[]): PrCheckArgs {
  const raw: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const m = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(a);
    if (!m) throw new UkError(`unexpected argument '${a}'\n${USAGE}`);
    const name = m[1]!;
    if (name === 'skip-remote-cache') {
      raw[name] = true;
      continue;
    }
    let value = m[2];
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UkError(`--${name} needs a value\n${USAGE}`);
      value = next;
      i++;
    }
    raw[name] = value;
  }
  const unknown = Object.keys(raw).filter((k) => !(k in schema.shape));
  if (unknown.length) throw new UkError(`unknown option ${unknown.map((k) => `--${k}`).join(', ')}\n${USAGE}`);
  const r = schema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const where = issue.path.length ? `--${issue.path.join('.')}` : 'arguments';
    const what =
      issue.code === 'unrecognized_keys'
        ? `unknown option ${issue.keys.map((k) => `--${k}`).join(', ')}`
        : issue.code === 'invalid_type' && issue.input === undefined
          ? 'is required'
          : issue.message;
    throw new UkError(`${where === 'arguments' ? '' : `${where} `}${what}\n${USAGE}`);
  }
  return r.data;
}
