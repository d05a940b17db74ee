import type { TaskGraph } from '@nx/devkit';
import { describe, expect, it } from 'vitest';
import { batchExecutor, runScope, type TaskWork } from './batch';
import { UkError } from './errors';

/** A task graph of project:target ids with the given dependencies; roots are the tasks no one needs. */
function graph(deps: Record<string, string[]>): TaskGraph {
  const ids = Object.keys(deps);
  const needed = new Set(Object.values(deps).flat());
  return {
    roots: ids.filter((id) => !needed.has(id)),
    tasks: Object.fromEntries(
      ids.map((id) => {
        const [project, target, configuration] = id.split(':');
        return [id, { id, target: { project: project!, target: target!, configuration }, overrides: {} }];
      }),
    ),
    dependencies: deps,
    continuousDependencies: {},
  } as unknown as TaskGraph;
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const ctx = { root: '/ws' } as never;

describe('batch executors', () => {
  it('runs a task only after its in-batch dependencies, and passes each its configuration', async () => {
    const g = graph({ 'a:compile:kvm': [], 'b:compile:kvm': ['a:compile:kvm'], 'app:link:kvm': ['b:compile:kvm'] });
    const order: string[] = [];
    const work: TaskWork<{ id: string }> = async (o, root, configuration) => {
      order.push(`${o.id}@${configuration}@${root}`);
      await new Promise((r) => setTimeout(r, 5));
      return `${o.id} done\n`;
    };
    const inputs = Object.fromEntries(Object.keys(g.tasks).map((id) => [id, { id }]));
    const results = await collect(batchExecutor(work)(g, inputs, {} as never, ctx));
    expect(order).toEqual(['a:compile:kvm@kvm@/ws', 'b:compile:kvm@kvm@/ws', 'app:link:kvm@kvm@/ws']);
    expect(results.map((r) => [r.task, r.result])).toEqual([
      ['a:compile:kvm', { success: true, terminalOutput: 'a:compile:kvm done\n' }],
      ['b:compile:kvm', { success: true, terminalOutput: 'b:compile:kvm done\n' }],
      ['app:link:kvm', { success: true, terminalOutput: 'app:link:kvm done\n' }],
    ]);
  });

  it('fails a task whose dependency failed without running it, and says which one', async () => {
    const g = graph({ 'a:compile:kvm': [], 'c:compile:kvm': [], 'app:link:kvm': ['a:compile:kvm', 'c:compile:kvm'] });
    const ran: string[] = [];
    const work: TaskWork<{ id: string }> = async (o) => {
      ran.push(o.id);
      if (o.id === 'a:compile:kvm') throw new UkError('libs/a/src/a.c:3: error');
      return '';
    };
    const inputs = Object.fromEntries(Object.keys(g.tasks).map((id) => [id, { id }]));
    const results = await collect(batchExecutor(work)(g, inputs, {} as never, ctx));
    expect(ran).not.toContain('app:link:kvm');
    const byTask = Object.fromEntries(results.map((r) => [r.task, r.result]));
    expect(byTask['a:compile:kvm']).toEqual({ success: false, terminalOutput: 'error: libs/a/src/a.c:3: error\n' });
    expect(byTask['c:compile:kvm']!.success).toBe(true);
    expect(byTask['app:link:kvm']).toEqual({ success: false, terminalOutput: 'not run: a:compile:kvm failed\n' });
  });

  it('a dependency outside the batch (a cache hit) does not hold a task back', async () => {
    const g = graph({ 'lib:compile:kvm': [], 'app:link:kvm': ['lib:compile:kvm'] });
    const inputs = { 'app:link:kvm': { id: 'app:link:kvm' } };
    const results = await collect(batchExecutor(async (o: { id: string }) => o.id)(g, inputs, {} as never, ctx));
    expect(results).toEqual([{ task: 'app:link:kvm', result: { success: true, terminalOutput: 'app:link:kvm' } }]);
  });

  it('knows a run over many projects from the roots of the task graph', () => {
    expect(runScope(graph({ 'a:build:kvm': [], 'b:build:kvm': [] }), 'build')).toEqual({ manyProjects: true });
    expect(runScope(graph({ 'a:build:kvm': ['a:link:kvm'], 'a:link:kvm': [] }), 'build')).toEqual({
      manyProjects: false,
    });
    expect(runScope(undefined, 'build')).toEqual({ manyProjects: false });
  });
});
