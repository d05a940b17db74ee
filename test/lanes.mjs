/**
 * The two lanes of the end-to-end suite. `npm test` runs them at once, each
 * one file after another: the scratch lane holds the files that work only
 * in scratch copies of the repository (their own dist/, Nx cache and
 * manifests), so they cannot disturb the workspace lane, which builds and
 * boots in the checkout itself. Both lanes share only the upstream cache,
 * which publishes with a rename and locks its apt state.
 *
 * A new file goes in the workspace lane unless every command it runs has a
 * scratch copy as its cwd.
 */
export const SCRATCH_LANE = [
  'e2e/bad-input-corpus.test.ts',
  'e2e/bad-input.test.ts',
  'e2e/cache.test.ts',
  'e2e/concurrent.test.ts',
  'e2e/config.test.ts',
  'e2e/generators.test.ts',
  'e2e/plugin-hash.test.ts',
  'e2e/pr-check.test.ts',
  'e2e/remote-cache.test.ts',
  'e2e/reproducible.test.ts',
  'e2e/size-diff.test.ts',
  'e2e/skip-tasks.test.ts',
  'e2e/toolchain-hash.test.ts',
  'e2e/upstream.test.ts',
];

/** The include and exclude globs of a lane ('scratch', 'workspace', or anything else: every file). */
export function laneFiles(lane) {
  const include = ['unit/**/*.test.ts', 'e2e/**/*.test.ts'];
  if (lane === 'scratch') return { include: SCRATCH_LANE, exclude: [] };
  if (lane === 'workspace') return { include, exclude: SCRATCH_LANE };
  return { include, exclude: [] };
}
