import { defineLibrary } from '@ukraft/nx';

/**
 * libm: C99 <math.h> (double and float) and <fenv.h>. The functions are
 * musl's src/math, fetched from Debian's musl source package by the
 * upstream mechanism (docs/upstream.md); the headers, the glue headers
 * musl's libm.h needs and fenv are ours.
 */

/** musl's src/math files we build: everything but long double, nexttoward and musl's own extras. */
const MUSL_MATH = `
  __cos __cosdf __expo2 __expo2f __math_divzero __math_divzerof __math_invalid __math_invalidf __math_oflow
  __math_oflowf __math_uflow __math_uflowf __math_xflow __math_xflowf __rem_pio2 __rem_pio2_large __rem_pio2f
  __sin __sindf __tan __tandf exp2f_data exp_data log2_data log2f_data log_data logf_data pow_data powf_data
  sqrt_data signgam acos acosf acosh acoshf asin asinf asinh asinhf atan atan2 atan2f atanf atanh atanhf cbrt
  cbrtf ceil ceilf copysign copysignf cos cosf cosh coshf erf erff exp exp10 exp10f exp2 exp2f expf expm1
  expm1f fabs fabsf fdim fdimf floor floorf fma fmaf fmax fmaxf fmin fminf fmod fmodf frexp frexpf hypot
  hypotf ilogb ilogbf j0 j0f j1 j1f jn jnf ldexp ldexpf lgamma lgamma_r lgammaf lgammaf_r llrint llrintf
  llround llroundf log log10 log10f log1p log1pf log2 log2f logb logbf logf lrint lrintf lround lroundf modf
  modff nan nanf nearbyint nearbyintf nextafter nextafterf pow powf remainder remainderf remquo remquof rint
  rintf round roundf scalbln scalblnf scalbn scalbnf sin sincos sincosf sinf sinh sinhf sqrt sqrtf tan tanf
  tanh tanhf tgamma tgammaf trunc truncf
`
  .trim()
  .split(/\s+/);

/** The double functions of <math.h>; each also exists with an f suffix. */
const FUNCTIONS = `
  acos asin atan atan2 cos sin tan sincos acosh asinh atanh cosh sinh tanh exp exp2 exp10 expm1 log log2 log10
  log1p logb ilogb frexp ldexp scalbn scalbln modf pow sqrt cbrt hypot fabs copysign erf erfc lgamma tgamma j0
  j1 jn y0 y1 yn ceil floor trunc round lround llround rint nearbyint lrint llrint fmod remainder remquo nan
  nextafter fdim fmax fmin fma
`
  .trim()
  .split(/\s+/);

const FENV = `
  feclearexcept feraiseexcept fetestexcept fegetexceptflag fesetexceptflag fegetround fesetround fegetenv
  fesetenv feholdexcept feupdateenv
`
  .trim()
  .split(/\s+/);

export default defineLibrary({
  name: 'libm',
  description: "C99 math.h (double and float) from musl's src/math, and fenv.h",
  license: 'BSD-3-Clause AND MIT',
  requires: ['uktest'],
  provides: ['libm'],
  upstream: {
    debian: { package: 'musl', version: '1.2.3-1' },
    // musl_1.2.3.orig.tar.gz: musl's own 1.2.3 release.
    sha256: '7d5b0b6062521e4627e099e4c9dc8248d32a30285e959b7eecaa780cf8cfd4a4',
    strip: 1,
    license: 'MIT',
    patches: ['patches/0001-sqrt-use-the-instruction.patch', 'patches/0002-acosh-negative-arguments.patch'],
    // glue/ first: our endian.h, fp_arch.h and atomic.h stand in for musl's.
    include: ['glue', 'upstream:src/internal'],
    cflags: [
      // musl's internal macros (src/include/features.h, which we do not use).
      '-Dhidden=',
      '-Dweak_alias(old,new)=extern __typeof(old) new __attribute__((__weak__, __alias__(#old)))',
      // musl's style, upstream only: `a>>b-c` (fma.c), nan(s) ignoring s, and
      // `#pragma STDC FENV_ACCESS ON`, which clang 14 ignores on these targets.
      '-Wno-shift-op-parentheses',
      '-Wno-unused-parameter',
      '-Wno-ignored-pragmas',
      // The same for gcc (UK_TOOLCHAIN=gcc): its names for these, and a false
      // maybe-uninitialized in __rem_pio2_large.c; clang skips the names it lacks.
      '-Wno-parentheses',
      '-Wno-unknown-pragmas',
      '-Wno-unknown-warning-option',
      '-Wno-maybe-uninitialized',
      // Host tests run under UBSan: musl shifts into the sign bit (`0x1ff << 23` in logf.c), which C
      // leaves undefined and clang compiles as intended. No effect on the images (no sanitizer there).
      '-fno-sanitize=shift-base',
    ],
  },
  options: {
    FP: {
      type: 'bool',
      default: true,
      help: 'libm computes with doubles: it selects nolibc.FLOAT (printf %f %e %g, strtod), which every target supports.',
      select: ['nolibc.FLOAT'],
    },
    TESTS: {
      type: 'bool',
      default: false,
      help: 'Compile the in-image tests in tests/image/ (run by a test app through uktest).',
    },
  },
  sources: {
    common: [...MUSL_MATH.map((f) => `upstream:src/math/${f}.c`), 'src/fenv.c'],
    when: [{ option: 'TESTS', sources: ['tests/image/math.c', 'tests/image/fenv.c'] }],
  },
  exports: [...FUNCTIONS, ...FUNCTIONS.map((f) => `${f}f`), 'lgamma_r', 'lgammaf_r', 'signgam', ...FENV],
});
