import { defineConfig } from 'tsup';

// The plugin is precompiled: Nx loads plain CommonJS, no TS loader at start-up.
// The configurator is a separate ESM program (Ink is ESM-only).
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'executors/compile': 'src/executors/compile/executor.ts',
      'executors/link': 'src/executors/link/executor.ts',
      'executors/run': 'src/executors/run/executor.ts',
      'executors/build': 'src/executors/build/executor.ts',
      'executors/config': 'src/executors/config/executor.ts',
      'executors/menuconfig': 'src/executors/menuconfig/executor.ts',
      'executors/test': 'src/executors/test/executor.ts',
      'executors/host-test': 'src/executors/host-test/executor.ts',
      'executors/fetch': 'src/executors/fetch/executor.ts',
      'executors/compile-commands': 'src/executors/compile-commands/executor.ts',
      'executors/size-diff': 'src/executors/size-diff/executor.ts',
      'executors/debug': 'src/executors/debug/executor.ts',
      'executors/profile': 'src/executors/profile/executor.ts',
      'generators/library': 'src/generators/library/generator.ts',
      'generators/app': 'src/generators/app/generator.ts',
      'cache-server': 'src/cache-server/main.ts',
      'pr-check': 'src/pr-check/main.ts',
    },
    format: ['cjs'],
    target: 'node20',
    platform: 'node',
    dts: false,
    clean: false,
    sourcemap: true,
    // dist/metafile-cjs.json: which sources each bundle holds. The graph
    // makes them the inputs of the tasks each executor runs (graph/targets.ts).
    metafile: true,
    external: ['nx', '@nx/devkit', 'esbuild'],
  },
  {
    // The layer check (scripts/test.sh): a development tool, not part of the plugin's metafile.
    entry: { layers: 'scripts/layers-main.ts' },
    format: ['cjs'],
    target: 'node20',
    platform: 'node',
    clean: false,
    sourcemap: true,
    external: ['typescript'],
  },
  {
    entry: { menuconfig: 'src/menuconfig/main.ts' },
    format: ['esm'],
    outExtension: () => ({ js: '.mjs' }),
    target: 'node20',
    platform: 'node',
    clean: false,
    sourcemap: true,
    external: ['ink', 'react', 'esbuild', 'zod'],
  },
]);
