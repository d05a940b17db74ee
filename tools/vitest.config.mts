import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'], testTimeout: 20_000 },
});
