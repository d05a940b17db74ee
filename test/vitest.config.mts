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
    // Each command a test runs has its own bound; this one is a backstop, wide enough for a
    // cold build while the other lane shares the two cores.
    testTimeout: 900_000,
    hookTimeout: 600_000,
  },
});
