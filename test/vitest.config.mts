import { configDefaults, defineConfig } from 'vitest/config';
import { laneFiles } from './lanes.mjs';

// End-to-end tests build real images and boot them. Within a lane, files run
// one after another (the workspace lane shares the checkout's dist/ and Nx
// cache); UKRAFT_TEST_LANE picks a lane (lanes.mjs), unset means every file.
const { include, exclude } = laneFiles(process.env.UKRAFT_TEST_LANE);

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include,
    exclude: [...configDefaults.exclude, ...exclude],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
