/**
 * What a run of `nx affected` did, from its static output: which tasks
 * ran, which came from the local or the remote cache, which failed.
 */
export interface TaskSummary {
  ran: string[];
  local: string[];
  remote: string[];
  failed: string[];
}

/** Tasks by outcome; the placeholder tasks of other targets (`:<plat>-<arch>` configurations) count too. */
export function summarize(output: string): TaskSummary {
  const s: TaskSummary = { ran: [], local: [], remote: [], failed: [] };
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  for (const m of plain.matchAll(/^> nx run (\S+)(.*)$/gm)) {
    const task = m[1]!;
    const rest = m[2]!;
    if (/\[remote cache\]/.test(rest)) s.remote.push(task);
    else if (/\[(local cache|existing outputs match the cache, left as is)\]/.test(rest)) s.local.push(task);
    else s.ran.push(task);
  }
  // Nx's closing block: "Failed tasks:", a blank line, then "- <task>" lines.
  const failedBlock = /^\s*Failed tasks:\s*\n(?:\s*\n)?((?:[ \t]*- \S+[ \t]*\n?)+)/m.exec(plain);
  for (const line of failedBlock?.[1]!.split('\n') ?? []) {
    const t = /^\s*-\s*(\S+)/.exec(line);
    if (t) s.failed.push(t[1]!);
  }
  for (const k of ['ran', 'local', 'remote', 'failed'] as const) s[k] = [...new Set(s[k])].sort();
  return s;
}

/** Real work: tasks without a configuration suffix (the per-target placeholders carry one). */
export function realTasks(list: readonly string[]): string[] {
  return list.filter((t) => !/:(kvm|linuxu|xen)-(x86_64|arm64)$/.test(t));
}

export function formatSummary(o: {
  base: string;
  head: string;
  changed: number;
  projects: string[];
  tasks: TaskSummary;
  checks: { name: string; ok: boolean }[];
  seconds: number;
}): string {
  const { tasks: t } = o;
  const cached = t.local.length + t.remote.length;
  const total = t.ran.length + cached;
  const lines = [
    '',
    `pr-check: ${o.base.slice(0, 10)}..${o.head} (${o.changed} file${o.changed === 1 ? '' : 's'} changed)`,
    `  checks:    ${o.checks.map((c) => `${c.name} ${c.ok ? 'ok' : 'FAILED'}`).join(', ') || 'none'}`,
    `  affected:  ${o.projects.length ? `${o.projects.length} project(s): ${o.projects.join(', ')}` : 'no project'}`,
    `  tasks:     ${total} (${realTasks(t.ran).length} ran, ${t.local.length} from the local cache, ${t.remote.length} from the remote cache)`,
  ];
  if (t.failed.length) lines.push(`  failed:    ${t.failed.join(', ')}`);
  lines.push(`  time:      ${o.seconds.toFixed(1)} s`);
  return `${lines.join('\n')}\n`;
}
