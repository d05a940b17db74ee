/**
 * Loading manifests: a `uk.lib.ts` / `uk.app.ts` file is transpiled with
 * esbuild (types stripped, nothing type-checked), evaluated with only
 * `@ukraft/nx` importable, and validated with the zod schemas. Every
 * failure is a UkError naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
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
import { factRefs, parse } from '../config/expr';

const helpers = { defineLibrary, defineApp };

/** Evaluate a TypeScript manifest's source; returns its default export. */
export function evaluateManifest(file: string, source: string): unknown {
  let code: string;
  try {
    code = transformSync(source, { loader: 'ts', format: 'cjs', sourcefile: file, target: 'node20' }).code;
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
    throw new UkError(`${file}: evaluating the manifest failed: ${(e as Error).message}`);
  }
  const value = module.exports['default'];
  if (value === undefined) {
    throw new UkError(`${file}: no default export; write \`export default defineLibrary({...})\``);
  }
  return value;
}

/** Turn zod issues into one message: file, dotted field path, cause. */
export function formatIssues(file: string, error: z.ZodError, shape: readonly string[]): string {
  const lines = error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `'${k}'${issue.path.length === 0 ? didYouMean(k, shape) : ''}`);
      return `${path ? `field '${path}': ` : ''}unknown field ${keys.join(', ')}`;
    }
    if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) {
      return `field '${path}': missing (required, ${issue.expected})`;
    }
    return `field '${path || '(root)'}': ${issue.message}`;
  });
  return `${file}: invalid manifest:\n  - ${lines.join('\n  - ')}`;
}

function parseWith<S extends z.ZodType>(file: string, schema: S, value: unknown, keys: readonly string[]): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new UkError(formatIssues(file, result.error, keys));
  return result.data;
}

const libKeys = Object.keys(libraryManifestSchema.shape);
const appKeys = Object.keys(appManifestSchema.shape);

export function parseLibraryManifest(file: string, source: string): LibraryManifest {
  const m = parseWith(file, libraryManifestSchema, evaluateManifest(file, source), libKeys);
  // Expressions are checked for syntax here; names are checked when an image is solved.
  m.requires.forEach((r, i) => {
    if (typeof r === 'string') return;
    let refs: string[];
    try {
      refs = factRefs(parse(r.if));
    } catch (e) {
      throw new UkError(`${file}: field 'requires.${i}.if': ${(e as Error).message} in '${r.if}'`);
    }
    const other = refs.find((n) => n !== 'plat' && n !== 'arch');
    if (other !== undefined) {
      throw new UkError(`${file}: field 'requires.${i}.if': only plat and arch can decide a requirement, not '${other}' (in '${r.if}'); use an option's 'select' for requirements that follow options`);
    }
  });
  for (const [name, def] of Object.entries(m.options)) {
    const exprs: [string, string | undefined][] = [
      [`options.${name}.dependsOn`, def.dependsOn],
      ...(def.defaults ?? []).map((d, i): [string, string] => [`options.${name}.defaults.${i}.if`, d.if]),
    ];
    for (const [field, src] of exprs) {
      if (src === undefined) continue;
      try {
        parse(src);
      } catch (e) {
        throw new UkError(`${file}: field '${field}': ${(e as Error).message} in '${src}'`);
      }
    }
    if (def.type === 'choice' && !def.choices.includes(def.default)) {
      throw new UkError(`${file}: field 'options.${name}.default': '${def.default}' is not one of its choices (${def.choices.join(', ')})`);
    }
    const range = 'range' in def ? def.range : undefined;
    if (range && typeof def.default === 'number' && (def.default < range[0] || def.default > range[1])) {
      throw new UkError(`${file}: field 'options.${name}.default': ${def.default} is outside its range [${range[0]}, ${range[1]}]`);
    }
  }
  return m;
}

export function parseAppManifest(file: string, source: string): AppManifest {
  return parseWith(file, appManifestSchema, evaluateManifest(file, source), appKeys);
}

/** Parse an app's saved configuration (JSON). */
export function parseAppConfig(file: string, source: string): AppConfig {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (e) {
    throw new UkError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  return parseWith(file, appConfigSchema, json, Object.keys(appConfigSchema.shape));
}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UkError(`${file}: cannot read: ${(e as Error).message}`);
  }
}
