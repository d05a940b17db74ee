import { defineLibrary } from '@ukraft/nx';

/**
 * In-image tests. Any library registers suites and tests with
 * UK_TESTSUITE()/UK_TEST() (descriptors in the linker sections
 * uk_testsuites and uk_tests); a test app calls uk_test_run(), which
 * prints one line per test and "N passed, M failed".
 *
 * It needs only the platform console, so every library, nolibc
 * included, can require it for its tests without a cycle.
 */
export default defineLibrary({
  name: 'uktest',
  description: 'in-image test framework: suites registered by any library, assertions, a runner',
  license: 'BSD-3-Clause',
  requires: ['ukplat'],
  options: {
    TESTS: {
      type: 'bool',
      default: false,
      help: "Compile uktest's own in-image tests (tests/image/): pattern matching, result lines, expectations.",
    },
  },
  sources: {
    common: ['src/out.c', 'src/expect.c', 'src/run.c'],
    when: [{ option: 'TESTS', sources: ['tests/image/internals.c'] }],
  },
  exports: [
    'uk_test_run',
    'uk_test_main',
    'uk_test_expect',
    'uk_test_expect_int',
    'uk_test_expect_str',
    'uk_test_expect_mem',
    'uk_test_failures',
  ],
});
