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
export const targetName = z
  .string()
  .regex(/^(kvm|linuxu|xen)-(x86_64|arm64)$/, 'must be <plat>-<arch>, e.g. kvm-x86_64');

/** A dependency expression (see tools/src/manifest/expr.ts); checked when loaded. */
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
  select: z
    .array(
      z
        .string()
        .regex(
          /^([a-z][a-z0-9_-]*|([a-z][a-z0-9_-]*\.)?[A-Z][A-Z0-9_]*)$/,
          'must be OPTION, lib.OPTION or a library name',
        ),
    )
    .optional(),
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

/**
 * Source lists: paths relative to the manifest's folder, or
 * `upstream:<path>` inside the library's unpacked upstream tree.
 */
const fileList = z.array(
  z.string().regex(/^(upstream:)?[^/:].*\.(c|S)$/, 'must be a relative path to a .c or .S file, or upstream:<path>'),
);
const sourcesSchema = z.strictObject({
  common: fileList.default([]),
  arch: z.partialRecord(archName, fileList).default({}),
  plat: z.partialRecord(platName, fileList).default({}),
  /**
   * Only when a bool option of this library is on, or (with `value`) when a
   * choice option of this library has that value.
   */
  when: z.array(z.strictObject({ option: optionName, value: optionName.optional(), sources: fileList })).default([]),
});

/**
 * A requirement: a project name, optionally with `{arch}` / `{plat}`
 * placeholders that expand per target (`arch-{arch}`), or
 * `{ name, if }`: required only on targets where the expression over
 * plat and arch holds (`{ name: 'ukintctlr-gic', if: 'arch == arm64' }`).
 */
const requirementName = z
  .string()
  .regex(
    /^[a-z][a-z0-9_-]*(\{arch\}|\{plat\})?[a-z0-9_-]*$/,
    'must be a project name, optionally with {arch} or {plat}',
  );
const requirement = z.union([requirementName, z.strictObject({ name: requirementName, if: z.string().min(1) })]);
export type Requirement = z.output<typeof requirement>;

/**
 * Where a library's upstream code comes from (docs/upstream.md): a Debian
 * source package or a URL, pinned by the archive's sha256, then unpacked
 * into the shared cache and patched with the library's patch files.
 */
export const upstreamSchema = z
  .strictObject({
    /** A Debian source package; its upstream archive (`*.orig.tar.*`) is the one pinned. */
    debian: z
      .strictObject({
        package: z.string().regex(/^[a-z0-9][a-z0-9+.-]+$/, 'must be a Debian source package name'),
        version: z.string().regex(/^([0-9]+:)?[0-9][A-Za-z0-9.+~:-]*$/, 'must be a Debian version, e.g. 1.2.3-1'),
      })
      .optional(),
    /** An archive by URL: http, https or file (tried after `debian` when both are given). */
    url: z
      .string()
      .regex(/^(https?:\/\/[^/\s]+|file:\/\/)\/?\S*$/, 'must be an http://, https:// or file:// URL')
      .optional(),
    /** sha256 of the archive, lower-case hex: checked before anything is unpacked. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
    /** Leading path components dropped when unpacking (1: the archive's top folder). */
    strip: z.number().int().min(0).max(8).default(1),
    /** Patch files in the library's folder, applied in order with `patch -p1`. */
    patches: z.array(z.string().regex(/^[^/].*\.(patch|diff)$/, 'must be a relative .patch or .diff file')).default([]),
    /**
     * A bash script in the library's folder, run in the unpacked and patched
     * tree before it is published (e.g. to generate SQLite's amalgamation);
     * its content is part of the tree's recipe.
     */
    generate: z
      .string()
      .regex(/^[^/].*\.sh$/, 'must be a relative .sh file')
      .optional(),
    /** The upstream's licence, an SPDX expression. */
    license: z
      .string()
      .regex(
        /^[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*$/,
        "must be an SPDX licence id or expression, e.g. 'MIT' or 'LGPL-2.1-or-later'",
      ),
    /** Private include dirs of this library's compile: `upstream:<dir>` in the tree or a dir of the library. */
    include: z.array(z.string().regex(/^(upstream:)?[^/:]/, 'must be a relative dir or upstream:<dir>')).default([]),
    /** Extra compiler flags for the upstream sources only, e.g. a -Wno-... upstream code needs. */
    cflags: z.array(z.string().regex(/^(-[WUf]\S+|-D\S.*)$/, 'must be a -W, -D, -U or -f flag')).default([]),
  })
  .refine((u) => u.debian !== undefined || u.url !== undefined, {
    message: "needs 'debian' or 'url' (or both): where the archive comes from",
  });
export type Upstream = z.output<typeof upstreamSchema>;

const cSymbol = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a C symbol name');

/**
 * An API a library's headers declare and other libraries implement (the
 * platform API of plat/common: every platform defines it). An implementer
 * names it in `implements`; its symbols join the implementer's `exports`,
 * so the partial link checks that each is defined.
 */
export const apiSchema = z.strictObject({
  /** What the API is, for errors and docs: e.g. its header. */
  help: z.string().min(1),
  symbols: z.array(cSymbol).min(1),
  /** Every library of this kind must implement it (`plat`: the platform API). */
  requiredOf: z.enum(['arch', 'plat']).optional(),
});
export type Api = z.output<typeof apiSchema>;

export const libraryManifestSchema = z
  .strictObject({
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
    exports: z.array(cSymbol).default([]),
    /** APIs this library declares for others to implement, by name (manifest/api.ts). */
    api: z.record(projectName, apiSchema).default({}),
    /** APIs (declared by another library's `api`) this library defines: their symbols join `exports`. */
    implements: z.array(projectName).default([]),
    archs: z.array(archName).optional(),
    plats: z.array(platName).optional(),
    /** Platforms only: linker script per arch, relative to the manifest. */
    linkerScript: z.partialRecord(archName, z.string()).optional(),
    /** Upstream code this library builds from (docs/upstream.md); `sources` name it as `upstream:<path>`. */
    upstream: upstreamSchema.optional(),
  })
  .superRefine((m, ctx) => {
    // `upstream:` sources need an upstream to come from.
    if (m.upstream) return;
    const lists: [string, string[]][] = [
      ['common', m.sources.common],
      ...Object.entries(m.sources.arch).map(([a, l]): [string, string[]] => [`arch.${a}`, l ?? []]),
      ...Object.entries(m.sources.plat).map(([p, l]): [string, string[]] => [`plat.${p}`, l ?? []]),
      ...m.sources.when.map((w, i): [string, string[]] => [`when.${i}.sources`, w.sources]),
    ];
    for (const [where, list] of lists) {
      const i = list.findIndex((f) => f.startsWith('upstream:'));
      if (i >= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources', ...where.split('.'), i],
          message: `'${list[i]}' names an upstream file, but the library has no 'upstream' field`,
        });
      }
    }
  });

/** Option settings: `{ libname: { OPTION: value } }`. */
export const optionSettings = z.record(projectName, z.record(optionName, optionValue));

/** Guest memory, as in `run.memory` and `nx run --memory`. */
export const guestMemory = z.string().regex(/^\d+[MG]$/, 'must be like 64M or 1G');

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
  /**
   * Files packed into `<image>.initrd.cpio` (cpio newc) beside the image and
   * handed to the guest by `nx run` (kvm: QEMU -initrd); the initrd library
   * unpacks them into / at boot. Guest path (absolute) → file relative to the app.
   */
  initrd: z
    .strictObject({
      files: z.record(
        z
          .string()
          .regex(/^\/[^\0]*[^/]$/, 'must be an absolute guest path to a file, like /www/index.html')
          .refine((p) => !p.split('/').some((c) => c === '..' || c === '.'), 'must not have . or .. components'),
        z
          .string()
          .regex(/^[^/]/, 'must be relative to the app folder')
          .refine((p) => !p.split('/').includes('..'), 'must stay inside the app folder'),
      ),
    })
    .optional(),
  run: z
    .strictObject({
      memory: guestMemory.default('64M'),
      args: z.array(z.string()).default([]),
      /** Arguments of the boot `nx run <app>:test` checks (main must return 0); default: `args`. */
      testArgs: z.array(z.string()).optional(),
      /** TCP ports `nx run` forwards from 127.0.0.1 on the host to the guest (kvm: QEMU user networking and a NIC). */
      forward: z
        .array(
          z.strictObject({
            host: z.number().int().min(1).max(65535),
            guest: z.number().int().min(1).max(65535),
          }),
        )
        .default([]),
    })
    .default({ memory: '64M', args: [], forward: [] }),
  /**
   * Plan images with the sampling profiler ukprof for `nx run <app>:profile`
   * (docs/debugging.md). Off by default: every nx command solves each
   * profiled image beside the plain one.
   */
  profile: z.boolean().default(false),
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
