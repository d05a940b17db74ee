/**
 * `nx run <app>:size-diff -c <target> --base=<ref>` (issue 11 item 7): the
 * per-object size change between the image built at a git ref and the
 * work tree, on a scratch copy with a git history. A line added to hello
 * world's main.c shows as a text increase of the app's object and of
 * nothing else; a ref that is not a commit is refused by name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nx } from '../support/run';
import { scratchWorkspace, type Scratch } from '../support/workspace';

let ws: Scratch;

beforeAll(() => {
  ws = scratchWorkspace();
}, 120_000);
afterAll(() => ws?.dispose());

describe('size-diff', () => {
  it('shows the app object growing by the code a change added, and nothing else', () => {
    ws.edit('apps/helloworld/main.c', (s) =>
      s.replace('puts("Hello world!");', 'puts("Hello world!");\n\tputs("a second greeting, for size-diff");'),
    );
    const r = nx(['run', 'helloworld:size-diff', '--configuration=kvm-x86_64', '--base=HEAD'], ws.dir, 900);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/helloworld_kvm-x86_64: size change from HEAD \([0-9a-f]{10}\) to the work tree/);
    const rows = [...r.stdout.matchAll(/^(\S+\.o)\s+([+-]?\d+)\s+([+-]?\d+)\s+([+-]?\d+)$/gm)].map((m) => ({
      object: m[1]!,
      text: Number(m[2]),
    }));
    expect(rows.map((x) => x.object)).toEqual(['apps__helloworld__main.c.o']);
    expect(rows[0]!.text).toBeGreaterThan(0);
  });

  it('refuses a base that is not a commit', () => {
    const r = nx(['run', 'helloworld:size-diff', '--configuration=kvm-x86_64', '--base=no-such-ref'], ws.dir, 300);
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('--base=no-such-ref is not a commit of this repository');
  });
});
