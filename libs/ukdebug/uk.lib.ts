import { defineLibrary } from '@ukraft/nx';

export default defineLibrary({
  name: 'ukdebug',
  description: 'printk with levels, assert and panic',
  license: 'BSD-3-Clause',
  requires: ['nolibc', 'ukplat'],
  options: {
    LOGLEVEL: {
      type: 'int',
      default: 2,
      range: [0, 4],
      help: 'Most verbose message level printed: 0 crit, 1 err, 2 warn, 3 info, 4 debug. Lower levels compile away.',
    },
    ASSERT: {
      type: 'bool',
      default: true,
      help: 'Check UK_ASSERT() conditions at run time. Off, they compile away (the expression is still type-checked, never evaluated).',
    },
  },
  sources: { common: ['src/printk.c', 'src/panic.c'] },
  exports: ['uk_printk', 'uk_vprintk', 'uk_panic', 'uk_vpanic'],
});
