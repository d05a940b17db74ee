import { defineConfig } from 'tsup';

// The plugin is precompiled: Nx loads plain CommonJS, no TS loader at start-up.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'executors/compile': 'src/executors/compile/executor.ts',
    'executors/link': 'src/executors/link/executor.ts',
    'executors/run': 'src/executors/run/executor.ts',
    'executors/build': 'src/executors/build/executor.ts',
  },
  format: ['cjs'],
  target: 'node20',
  platform: 'node',
  dts: false,
  clean: true,
  sourcemap: true,
  external: ['nx', '@nx/devkit', 'esbuild'],
});
