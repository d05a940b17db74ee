import { defineLibrary } from '@ukraft/nx';

export default defineLibrary({
  name: 'ukargparse',
  description: 'split a command line into argv in place (blanks, quotes, backslash escapes)',
  license: 'BSD-3-Clause',
  requires: ['uktest'],
  options: {
    TESTS: {
      type: 'bool',
      default: false,
      help: 'Compile the in-image tests in tests/image/ (run by a test app through uktest).',
    },
  },
  sources: {
    common: ['src/argparse.c'],
    when: [{ option: 'TESTS', sources: ['tests/image/argparse.c'] }],
  },
  exports: ['uk_argparse'],
});
