import { defineLibrary } from '@ukraft/nx';

/**
 * libsqlite: SQLite 3.40.1 from Debian's sqlite3 source package (SQLite's
 * source tree; generate.sh builds the amalgamation sqlite3.c from it in
 * the upstream cache), compiled as SQLITE_OS_OTHER with a VFS of our own
 * over nolibc's POSIX calls (src/vfs.c; no locking: one process), or with
 * VFS=UNIX as SQLITE_OS_UNIX with SQLite's unix VFS over them, and a
 * small shell of our own (uk/sqlite.h) in the sqlite3 shell's list mode,
 * which apps/sqlite calls. See docs/sqlite.md.
 */
export default defineLibrary({
  name: 'libsqlite',
  description:
    'SQLite 3.40.1 (upstream sqlite3, amalgamation built from its sources) with a VFS over the POSIX calls and a sqlite3-like shell, uk_sqlite_shell()',
  license: 'BSD-3-Clause',
  requires: ['nolibc', 'libm', 'vfs'],
  upstream: {
    debian: { package: 'sqlite3', version: '3.40.1-2+deb12u2' },
    // sqlite3_3.40.1.orig.tar.xz: SQLite's source tree of the 3.40.1 release (not the amalgamation).
    sha256: 'aaa776260ab4dc976db34aa7891819484c8676b5b2783123ebc6301e2ca5d655',
    strip: 1,
    license: 'blessing',
    patches: ['patches/0001-arm64-long-double.patch'],
    generate: 'generate.sh',
    include: ['upstream:.', 'glue'],
    cflags: [
      // The OS layer the VFS option chooses (glue/sqlite_os.h), and no
      // threads: one process, cooperative scheduling.
      '-DSQLITE_CUSTOM_INCLUDE=sqlite_os.h',
      '-DSQLITE_THREADSAFE=0',
      '-DSQLITE_OMIT_LOAD_EXTENSION',
      // No shared memory in the VFS: journal_mode=WAL is not available.
      '-DSQLITE_OMIT_WAL',
      '-DSQLITE_MAX_MMAP_SIZE=0',
      '-DSQLITE_TEMP_STORE=3',
      // As Debian's build: the math SQL functions.
      '-DSQLITE_ENABLE_MATH_FUNCTIONS',
      // Upstream-only warnings of the amalgamation.
      '-Wno-unused-parameter',
      '-Wno-unused-function',
      '-Wno-unused-but-set-variable',
      '-Wno-implicit-fallthrough',
      '-Wno-sign-compare',
      '-Wno-missing-field-initializers',
    ],
  },
  options: {
    VFS: {
      type: 'choice',
      choices: ['OWN', 'UNIX'],
      default: 'OWN',
      help: "SQLite's OS layer: OWN, our VFS over the POSIX calls (src/vfs.c, SQLITE_OS_OTHER); UNIX, SQLite's unix VFS (os_unix.c) over nolibc's POSIX layer. docs/sqlite.md compares them.",
    },
  },
  sources: {
    common: ['upstream:sqlite3.c', 'src/shell.c', 'src/shell_exec.c'],
    when: [{ option: 'VFS', value: 'OWN', sources: ['src/vfs.c', 'src/vfs_file.c'] }],
  },
  include: ['include'],
  exports: ['uk_sqlite_shell'],
});
