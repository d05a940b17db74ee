import { defineLibrary } from '@ukraft/nx';

/**
 * A minimal C library: strings, console stdio with printf (exact %f %e
 * %g %a with FLOAT, where the target has FP), malloc over the default
 * ukalloc allocator, strtol & co, strtod & co (FLOAT, FP targets), qsort/bsearch,
 * ctype, errno, assert, setjmp/longjmp (per architecture in arch/),
 * time.h clocks over the platform's (uk/plat/time.h), and sleeping and a
 * pthread subset over uksched and uklock.
 */
export default defineLibrary({
  name: 'nolibc',
  description: 'minimal libc: string, stdio (console; %f %e %g %a with FLOAT), stdlib, strtod (FLOAT), qsort, ctype, errno, assert, setjmp, time, pthread',
  license: 'BSD-3-Clause',
  requires: ['ukalloc', 'ukplat', 'uksched', 'uklock', 'uktest'],
  provides: ['libc'],
  options: {
    TESTS: { type: 'bool', default: false, help: 'Compile the in-image tests in tests/image/ (run by a test app through uktest).' },
    FLOAT: {
      type: 'bool',
      default: false,
      // kvm-arm64 and xen-arm64 compile with -mgeneral-regs-only: no doubles.
      dependsOn: 'arch == x86_64 || plat == linuxu',
      help: 'Floating point: printf %f %e %g %a and strtod/strtof/strtold/atof, exact and correctly rounded. Only on targets with FP registers (not kvm-arm64, xen-arm64). About 8 KiB of code in every image that uses printf.',
    },
  },
  sources: {
    common: [
      'src/mem.c',
      'src/strlen.c',
      'src/strcmp.c',
      'src/strsearch.c',
      'src/strcpy.c',
      'src/strdup.c',
      'src/strerror.c',
      'src/errno.c',
      'src/ctype.c',
      'src/format.c',
      'src/fmt_float.c',
      'src/decimal.c',
      'src/bigint.c',
      'src/snprintf.c',
      'src/file.c',
      'src/printf.c',
      'src/malloc.c',
      'src/strtol.c',
      'src/strtod.c',
      'src/strtold.c',
      'src/strtod_parse.c',
      'src/strtod_dec.c',
      'src/strtod_bits.c',
      'src/fpround.c',
      'src/atoi.c',
      'src/abs.c',
      'src/exit.c',
      'src/qsort.c',
      'src/bsearch.c',
      'src/assert.c',
      'src/strtok.c',
      'src/strcasecmp.c',
      'src/time.c',
      'src/nanosleep.c',
      'src/pthread.c',
      'src/pthread_sync.c',
    ],
    arch: { x86_64: ['arch/x86_64/setjmp.S'], arm64: ['arch/arm64/setjmp.S'] },
    when: [
      {
        option: 'TESTS',
        sources: [
          'tests/image/printf.c',
          'tests/image/strtol.c',
          'tests/image/float.c',
          'tests/image/string.c',
          'tests/image/ctype.c',
          'tests/image/malloc.c',
          'tests/image/sort.c',
          'tests/image/setjmp.c',
          'tests/image/assert.c',
          'tests/image/time.c',
          'tests/image/pthread.c',
        ],
      },
    ],
  },
  exports: [
    // string.h
    'memcpy', 'memmove', 'memset', 'memcmp', 'memchr',
    'strlen', 'strnlen', 'strcmp', 'strncmp', 'strchr', 'strrchr', 'strstr', 'strspn', 'strcspn',
    'strcpy', 'strncpy', 'strcat', 'strncat', 'strdup', 'strndup', 'strerror', 'strtok', 'strtok_r',
    // strings.h
    'strcasecmp', 'strncasecmp',
    // setjmp.h
    'setjmp', 'longjmp',
    // assert.h
    '__nolibc_assert_fail',
    // time.h, sys/time.h
    'time', 'clock_gettime', 'clock_getres', 'nanosleep', 'gettimeofday',
    // unistd.h, sched.h
    'sleep', 'usleep', 'sched_yield',
    // pthread.h
    'pthread_create', 'pthread_join', 'pthread_exit', 'pthread_detach', 'pthread_self', 'pthread_equal',
    'pthread_once', 'pthread_attr_init', 'pthread_attr_destroy', 'pthread_attr_setstacksize',
    'pthread_attr_getstacksize', 'pthread_attr_setdetachstate',
    'pthread_mutex_init', 'pthread_mutex_destroy', 'pthread_mutex_lock', 'pthread_mutex_trylock',
    'pthread_mutex_timedlock', 'pthread_mutex_unlock',
    'pthread_mutexattr_init', 'pthread_mutexattr_destroy', 'pthread_mutexattr_settype',
    'pthread_cond_init', 'pthread_cond_destroy', 'pthread_cond_wait', 'pthread_cond_timedwait',
    'pthread_cond_signal', 'pthread_cond_broadcast',
    // stdio.h
    'stdout', 'stderr',
    'printf', 'vprintf', 'fprintf', 'vfprintf', 'snprintf', 'vsnprintf', 'sprintf', 'vsprintf',
    'puts', 'putchar', 'fputs', 'fputc', 'putc', 'fflush',
    // stdlib.h
    'malloc', 'calloc', 'realloc', 'free', 'posix_memalign', 'aligned_alloc',
    'atoi', 'atol', 'atoll', 'strtol', 'strtoll', 'strtoul', 'strtoull',
    'strtod', 'strtof', 'strtold', 'atof', // only where there is FP (__nolibc_fp.h)
    'abs', 'labs', 'llabs', 'exit', 'abort', 'qsort', 'bsearch',
    // inttypes.h
    'strtoimax', 'strtoumax',
    // errno.h
    'errno',
    // ctype.h
    'isalnum', 'isalpha', 'isblank', 'iscntrl', 'isdigit', 'isgraph', 'islower', 'isprint',
    'ispunct', 'isspace', 'isupper', 'isxdigit', 'tolower', 'toupper',
  ],
});
