/**
 * Loading manifests: a `uk.lib.ts` / `uk.app.ts` file is transpiled with
 * esbuild (types stripped, nothing type-checked), evaluated with only
 * `@ukraft/nx` importable, and validated with the zod schemas. Every
 * failure is a UkError naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import { transpileManifest } from './transpile';
import type { z } from 'zod';
import { defineApp, defineLibrary } from './define';
import {
  appConfigSchema,
  appManifestSchema,
  libraryManifestSchema,
  type AppConfig,
  type AppManifest,
  type LibraryManifest,
} from './schema';
import { UkError, didYouMean } from '../util/errors';
import { factRefs, parse, unknownTargetWord, type Expr } from './expr';
import { ALL_TARGETS, parseTarget, requirementApplies } from './naming';

const helpers = { defineLibrary, defineApp };

/**
 * Evaluate a TypeScript manifest's source; returns its default export.
 * cacheDir: where transpiled manifests are kept between commands (manifest/transpile.ts).
 */
export function evaluateManifest(file: string, source: string, cacheDir?: string): unknown {
  let code: string;
  try {
    code = transpileManifest(file, source, cacheDir);
  } catch (e) {
    const err = e as { errors?: { text: string; location?: { line: number; column: number } }[] };
    const first = err.errors?.[0];
    const where = first?.location ? `:${first.location.line}:${first.location.column}` : '';
    throw new UkError(`${file}${where}: syntax error: ${first?.text ?? String(e)}`);
  }
  const module = { exports: {} as Record<string, unknown> };
  const req = (id: string): unknown => {
    if (id === '@ukraft/nx') return helpers;
    throw new UkError(`${file}: imports '${id}'; a manifest may only import '@ukraft/nx'`);
  };
  try {
    new Function('exports', 'require', 'module', code)(module.exports, req, module);
  } catch (e) {
    if (e instanceof UkError) throw e;
    const what = e instanceof Error ? e.message : `it threw ${typeof e === 'string' ? `'${e}'` : String(e)}`;
    throw new UkError(`${file}: evaluating the manifest failed: ${what}`);
  }
  const value = module.exports['default'];
  if (value === undefined) {
    throw new UkError(`${file}: no default export; write \`export default defineLibrary({...})\``);
  }
  return value;
}

/** Turn zod issues into one message: file, dotted field path, cause. */
export function formatIssues(
  file: string,
  error: z.ZodError,
  shape: readonly string[],
  kind: 'manifest' | 'configuration' = 'manifest',
  input?: unknown,
): string {
  const notTarget = (key: string) =>
    `'${key}' is not a target${didYouMean(key, ALL_TARGETS)}; the targets are ${ALL_TARGETS.join(', ')}`;
  const lines = error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    // A target name: the value (manifest `targets`) or the key (uk.config.json `targets`).
    const value = valueAt(input, issue.path);
    if (issue.path[0] === 'targets' && issue.code === 'invalid_format' && typeof value === 'string') {
      return `field '${path}': ${notTarget(value)}`;
    }
    if (issue.code === 'invalid_key' && issue.path[0] === 'targets' && issue.path.length <= 2) {
      return `field 'targets': ${notTarget(String(issue.path[1] ?? (issue as { key?: unknown }).key ?? ''))}`;
    }
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `'${k}'${issue.path.length === 0 ? didYouMean(k, shape) : ''}`);
      return `${path ? `field '${path}': ` : ''}unknown field ${keys.join(', ')}`;
    }
    if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) {
      return `field '${path}': missing (required, ${issue.expected})`;
    }
    if (issue.code === 'invalid_key' && issue.path.length === 1 && issue.path[0] === 'targets') {
      const key = String((issue as { key?: unknown }).key ?? '');
      return `field 'targets': '${key}' is not a target${didYouMean(key, ALL_TARGETS)}; the targets are ${ALL_TARGETS.join(', ')}`;
    }
    if (issue.code === 'invalid_key') {
      const key = String((issue as { key?: unknown }).key ?? '');
      return `field '${path}': key '${key}': ${issue.issues?.[0]?.message ?? issue.message}`;
    }
    return `field '${path || '(root)'}': ${issue.message}`;
  });
  return `${file}: invalid ${kind}:\n  - ${lines.join('\n  - ')}`;
}

/** The value at a zod issue's path in the parsed input, if there is one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function parseWith<S extends z.ZodType>(
  file: string,
  schema: S,
  value: unknown,
  keys: readonly string[],
  kind: 'manifest' | 'configuration' = 'manifest',
): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new UkError(formatIssues(file, result.error, keys, kind, value));
  return result.data;
}

const libKeys = Object.keys(libraryManifestSchema.shape);
const appKeys = Object.keys(appManifestSchema.shape);

export function parseLibraryManifest(file: string, source: string, cacheDir?: string): LibraryManifest {
  const m = parseWith(file, libraryManifestSchema, evaluateManifest(file, source, cacheDir), libKeys);
  // Expressions are checked for syntax here; names are checked when an image is solved.
  m.requires.forEach((r, i) => {
    if (typeof r === 'string') return;
    let refs: string[];
    try {
      refs = factRefs(parse(r.if));
    } catch (e) {
      throw new UkError(`${file}: field 'requires.${i}.if': ${(e as Error).message} in '${r.if}'`);
    }
    checkTargetWords(file, `requires.${i}.if`, r.if, parse(r.if));
    const other = refs.find((n) => n !== 'plat' && n !== 'arch');
    if (other !== undefined) {
      throw new UkError(
        `${file}: field 'requires.${i}.if': only plat and arch can decide a requirement, not '${other}' (in '${r.if}'); use an option's 'select' for requirements that follow options`,
      );
    }
    const on = ALL_TARGETS.map(parseTarget).filter(
      (t) =>
        requirementApplies(r, t) && (!m.archs || m.archs.includes(t.arch)) && (!m.plats || m.plats.includes(t.plat)),
    );
    if (on.length === 0) {
      throw new UkError(
        `${file}: field 'requires.${i}.if': '${r.if}' holds for no target${m.archs || m.plats ? ' the library supports' : ''}, so '${r.name}' is never required; fix the condition or remove the requirement`,
      );
    }
  });
  m.defaultFor.forEach((cap, i) => {
    if (!m.provides.includes(cap)) {
      throw new UkError(
        `${file}: field 'defaultFor.${i}': '${m.name}' sets defaultFor '${cap}' but does not provide it; add '${cap}' to 'provides'${m.provides.length ? ` (it provides ${m.provides.join(', ')})` : ''}`,
      );
    }
  });
  for (const [name, def] of Object.entries(m.options)) {
    const exprs: [string, string | undefined][] = [
      [`options.${name}.dependsOn`, def.dependsOn],
      ...(def.defaults ?? []).map((d, i): [string, string] => [`options.${name}.defaults.${i}.if`, d.if]),
    ];
    for (const [field, src] of exprs) {
      if (src === undefined) continue;
      let e: Expr;
      try {
        e = parse(src);
      } catch (err) {
        throw new UkError(`${file}: field '${field}': ${(err as Error).message} in '${src}'`);
      }
      checkTargetWords(file, field, src, e);
    }
    if (def.type === 'choice' && !def.choices.includes(def.default)) {
      throw new UkError(
        `${file}: field 'options.${name}.default': '${def.default}' is not one of its choices (${def.choices.join(', ')})`,
      );
    }
    const range = 'range' in def ? def.range : undefined;
    if (range && typeof def.default === 'number' && (def.default < range[0] || def.default > range[1])) {
      throw new UkError(
        `${file}: field 'options.${name}.default': ${def.default} is outside its range [${range[0]}, ${range[1]}]`,
      );
    }
  }
  return m;
}

function checkTargetWords(file: string, field: string, src: string, e: Expr): void {
  const bad = unknownTargetWord(e, didYouMean);
  if (bad) throw new UkError(`${file}: field '${field}': '${src}' ${bad}`);
}

export function parseAppManifest(file: string, source: string, cacheDir?: string): AppManifest {
  return parseWith(file, appManifestSchema, evaluateManifest(file, source, cacheDir), appKeys);
}

/** Parse an app's saved configuration (JSON). */
export function parseAppConfig(file: string, source: string): AppConfig {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (e) {
    throw new UkError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  return parseWith(file, appConfigSchema, json, Object.keys(appConfigSchema.shape), 'configuration');
}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UkError(`${file}: cannot read: ${(e as Error).message}`);
  }
}
