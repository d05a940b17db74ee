import { defineConfig } from 'vitest/config';

// End-to-end tests build real images and boot them; they share the
// workspace's dist/ and Nx cache, so files run one after another.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['unit/**/*.test.ts', 'e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
