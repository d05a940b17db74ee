/**
 * The manifest language: what `uk.lib.ts` and `uk.app.ts` files export.
 * Every manifest is validated with these zod schemas when it is loaded;
 * the TypeScript types are inferred from them so the two never drift.
 */
import { z } from 'zod';

/** Project names: lower case, digits and dashes (`nolibc`, `plat-kvm`). */
export const projectName = z
  .string()
  .regex(/^[a-z][a-z0-9_-]*$/, 'must be lower case letters, digits, dashes and underscores, starting with a letter');

/** Option names become C macros: CONFIG_<LIB>_<NAME>. */
export const optionName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be UPPER_SNAKE_CASE');

export const archName = z.enum(['x86_64', 'arm64']);
export const platName = z.enum(['kvm', 'linuxu', 'xen']);
/** A build target: `<plat>-<arch>`, also the Nx configuration name. */
export const targetName = z.string().regex(/^(kvm|linuxu|xen)-(x86_64|arm64)$/, 'must be <plat>-<arch>, e.g. kvm-x86_64');

/** A dependency expression (see tools/src/config/expr.ts); checked when loaded. */
export const expression = z.string().min(1);

const optionValue = z.union([z.boolean(), z.number().int(), z.string()]);

const common = {
  help: z.string().min(1),
  /** The option exists only while this holds; otherwise it is off. */
  dependsOn: expression.optional(),
  /** Defaults that apply when their condition holds, first match wins, before `default`. */
  defaults: z.array(z.strictObject({ if: expression, value: optionValue })).optional(),
};

const boolOption = z.strictObject({
  type: z.literal('bool'),
  default: z.boolean(),
  /** While this option is on, force these on: `lib.OPTION`, `OPTION` (own) or a library name. */
  select: z.array(z.string().regex(/^([a-z][a-z0-9_-]*|([a-z][a-z0-9_-]*\.)?[A-Z][A-Z0-9_]*)$/, 'must be OPTION, lib.OPTION or a library name')).optional(),
  ...common,
});
const intOption = z.strictObject({
  type: z.enum(['int', 'hex']),
  default: z.number().int(),
  range: z.tuple([z.number().int(), z.number().int()]).optional(),
  ...common,
});
const stringOption = z.strictObject({ type: z.literal('string'), default: z.string(), ...common });
const choiceOption = z.strictObject({
  type: z.literal('choice'),
  choices: z.array(optionName).min(1),
  default: optionName,
  ...common,
});
export const optionSchema = z.discriminatedUnion('type', [boolOption, intOption, stringOption, choiceOption]);

/** Source lists: paths relative to the manifest's folder. */
const fileList = z.array(z.string().regex(/^[^/].*\.(c|S)$/, 'must be a relative path to a .c or .S file'));
const sourcesSchema = z.strictObject({
  common: fileList.default([]),
  arch: z.partialRecord(archName, fileList).default({}),
  plat: z.partialRecord(platName, fileList).default({}),
  /** Only when a bool option of this library is on. */
  when: z.array(z.strictObject({ option: optionName, sources: fileList })).default([]),
});

/**
 * A requirement: a project name, optionally with `{arch}` / `{plat}`
 * placeholders that expand per target (`arch-{arch}`), and optionally
 * only for some targets: `name@arm64`, `name@xen` or `name@kvm-arm64`.
 */
const requirement = z
  .string()
  .regex(
    /^[a-z][a-z0-9_-]*(\{arch\}|\{plat\})?[a-z0-9_-]*(@(x86_64|arm64|kvm|linuxu|xen|(kvm|linuxu|xen)-(x86_64|arm64)))?$/,
    'must be a project name, optionally with {arch} or {plat}, optionally followed by @<arch>, @<plat> or @<plat>-<arch>',
  );

export const libraryManifestSchema = z.strictObject({
  name: projectName,
  kind: z.enum(['lib', 'arch', 'plat']).default('lib'),
  description: z.string().min(1),
  license: z.string().min(1),
  requires: z.array(requirement).default([]),
  /** Capabilities this library offers (`libc`, `allocator`); a requirement may name one. */
  provides: z.array(projectName).default([]),
  /** Capabilities for which this library is the provider when nothing else chooses one. */
  defaultFor: z.array(projectName).default([]),
  options: z.record(optionName, optionSchema).default({}),
  sources: sourcesSchema.default({ common: [], arch: {}, plat: {}, when: [] }),
  /** Public include dirs, relative; other libraries that require this one see them. */
  include: z.array(z.string()).default(['include']),
  /** Symbols other libraries may use; every other global is made local. */
  exports: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a C symbol name')).default([]),
  archs: z.array(archName).optional(),
  plats: z.array(platName).optional(),
  /** Platforms only: linker script per arch, relative to the manifest. */
  linkerScript: z.partialRecord(archName, z.string()).optional(),
});

/** Option settings: `{ libname: { OPTION: value } }`. */
export const optionSettings = z.record(projectName, z.record(optionName, optionValue));

export const appManifestSchema = z.strictObject({
  name: projectName,
  description: z.string().min(1),
  license: z.string().min(1),
  /** Libraries the app selects (their requirements come along). */
  libraries: z.array(projectName).min(1),
  sources: z.array(z.string().regex(/^[^/].*\.(c|S)$/, 'must be a relative path to a .c or .S file')).min(1),
  targets: z.array(targetName).min(1),
  /** File holding the saved option settings, relative (default `uk.config.json`). */
  config: z.string().default('uk.config.json'),
  run: z
    .strictObject({
      memory: z.string().regex(/^\d+[MG]$/, 'must be like 64M or 1G').default('64M'),
      args: z.array(z.string()).default([]),
    })
    .default({ memory: '64M', args: [] }),
});

/** The saved configuration beside an app: minimal, with per-target fragments. */
export const appConfigSchema = z.strictObject({
  /** Libraries selected on top of the manifest's `libraries` (what the configurator adds). */
  libraries: z.array(projectName).default([]),
  /** Chosen provider per capability: `{ "allocator": "ukalloctlsf" }`. */
  providers: z.record(projectName, projectName).default({}),
  options: optionSettings.default({}),
  targets: z
    .partialRecord(
      targetName,
      z.strictObject({
        libraries: z.array(projectName).default([]),
        options: optionSettings.default({}),
      }),
    )
    .default({}),
});

export type OptionDef = z.infer<typeof optionSchema>;
export type LibraryManifestInput = z.input<typeof libraryManifestSchema>;
export type LibraryManifest = z.output<typeof libraryManifestSchema>;
export type AppManifestInput = z.input<typeof appManifestSchema>;
export type AppManifest = z.output<typeof appManifestSchema>;
export type AppConfig = z.output<typeof appConfigSchema>;
export type AppConfigInput = z.input<typeof appConfigSchema>;
export type OptionValue = z.infer<typeof optionValue>;
export type Arch = z.infer<typeof archName>;
export type Plat = z.infer<typeof platName>;
