import { defineLibrary } from '@ukraft/nx';

export default defineLibrary({
  name: 'ukargparse',
  description: 'split a command line into argv in place (blanks, quotes, backslash escapes)',
  license: 'BSD-3-Clause',
  requires: [],
  sources: { common: ['src/argparse.c'] },
  exports: ['uk_argparse'],
});
