import { defineApp } from '@ukraft/nx';

export default defineApp({
  name: 'sqlite-app',
  description:
    'SQLite 3.40.1 (libsqlite) with a sqlite3-like shell: sqlite-app [DB] [SQL]..., statements from the console, .read FILE; snapfs on vblk0 at /data',
  license: 'BSD-3-Clause',
  libraries: [
    'ukboot',
    'nolibc',
    'ukdebug',
    'ukalloctlsf',
    'libm',
    'vfs',
    'ramfs',
    'initrd',
    'ukblkdev',
    'snapfs',
    'libsqlite',
  ],
  sources: ['main.c'],
  // The SQL corpus of test/e2e/sqlite.test.ts, as script files for ".read /sql/<name>.sql".
  initrd: {
    files: {
      '/sql/ddl.sql': 'sql/ddl.sql',
      '/sql/txn.sql': 'sql/txn.sql',
      '/sql/query.sql': 'sql/query.sql',
      '/sql/functions.sql': 'sql/functions.sql',
    },
  },
  targets: ['linuxu-x86_64', 'kvm-x86_64', 'linuxu-arm64', 'kvm-arm64', 'xen-x86_64', 'xen-arm64'],
  run: { memory: '64M', args: [] },
});
