import { describe, expect, it } from 'vitest';
import { realTasks, summarize } from './summary';

const OUTPUT = `
> nx run uklock:compile-kvm-x86_64-0123456789

> nx run ukalloc:compile-kvm-x86_64-aaaaaaaaaa  [local cache]

> nx run nolibc:compile-kvm-arm64-bbbbbbbbbb  [remote cache]

> nx run helloworld:link-xen-x86_64:kvm-x86_64  [existing outputs match the cache, left as is]

> nx run selftest:test

Tasks not run because their dependencies failed or --nx-bail=true:

- helloworld:build

Failed tasks:

- selftest:test

Hint: run the command with --verbose for more details.

`;

describe('pr-check summary', () => {
  it('sorts tasks into ran, local cache, remote cache and failed', () => {
    expect(summarize(OUTPUT)).toEqual({
      ran: ['selftest:test', 'uklock:compile-kvm-x86_64-0123456789'],
      local: ['helloworld:link-xen-x86_64:kvm-x86_64', 'ukalloc:compile-kvm-x86_64-aaaaaaaaaa'],
      remote: ['nolibc:compile-kvm-arm64-bbbbbbbbbb'],
      failed: ['selftest:test'],
    });
  });

  it('leaves out the placeholder tasks of other targets', () => {
    expect(realTasks(['a:link-kvm-x86_64', 'a:link-xen-arm64:kvm-x86_64'])).toEqual(['a:link-kvm-x86_64']);
  });
});
