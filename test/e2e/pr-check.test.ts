/**
 * The pull-request check (`npm run pr-check`), on a scratch clone whose
 * cache main has warmed: a branch that changes one library compiles only
 * that library and relinks only the images that link it; a docs-only
 * branch compiles, links and boots nothing. The workflow files that call it
 * pass a schema check.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateWorkflow } from '@action-validator/core';
import { REPO, exec, nx } from '../support/run';
import { scratchWorkspace, type Scratch } from '../support/workspace';

let ws: Scratch;
const PR_CHECK = resolve(REPO, 'tools/dist/pr-check.js');
const real = (list: string[]) => list.filter((t) => !/:(kvm|linuxu|xen)-(x86_64|arm64)$/.test(t));

interface Summary {
  ok: boolean;
  projects: string[];
  tasks: { ran: string[]; local: string[]; remote: string[]; failed: string[] };
}

function prCheck(args: string[]): { code: number; out: string; summary: Summary } {
  const r = exec('node', [PR_CHECK, ...args, '--skip-remote-cache'], { cwd: ws.dir, timeoutS: 900 });
  const summary = JSON.parse(readFileSync(join(ws.dir, 'dist/pr-check/summary.json'), 'utf8')) as Summary;
  return { code: r.code, out: r.stdout + r.stderr, summary };
}

/** Link tasks whose image takes an object of lib: they depend on one of its compiles. */
function linksOf(lib: string, apps: string[]): string[] {
  const out: string[] = [];
  for (const app of apps) {
    const p = JSON.parse(exec('node_modules/.bin/nx', ['show', 'project', app, '--json'], { cwd: ws.dir }).stdout) as {
      targets: Record<string, { dependsOn?: ({ projects?: string[] } | string)[] }>;
    };
    for (const [name, t] of Object.entries(p.targets)) {
      // The images `build` makes: not the profiled ones (link-profile-*), which only `profile` links.
      if (!name.startsWith('link-') || name.startsWith('link-profile-')) continue;
      if ((t.dependsOn ?? []).some((d) => typeof d === 'object' && d.projects?.includes(lib)))
        out.push(`${app}:${name}`);
    }
  }
  return out.sort();
}

// Every image of every app: minutes on 2 cores when the cache is cold.
beforeAll(() => {
  ws = scratchWorkspace();
  const r = nx(['run-many', '-t', 'build'], ws.dir, 1500);
  expect(r.code, r.stdout + r.stderr).toBe(0);
}, 1_600_000);
afterAll(() => ws?.dispose());

describe('npm run pr-check', () => {
  it('a branch that changes uklock compiles only uklock and relinks only the images that link it', () => {
    ws.git('checkout', '-q', '-b', 'lib-change', 'main');
    ws.edit(
      'libs/uklock/src/mutex.c',
      (s) => `${s}\nint uk_mutex_pr_check_probe(void);\nint uk_mutex_pr_check_probe(void) { return 7; }\n`,
    );
    ws.git('commit', '-qam', 'uklock: a change');
    const r = prCheck(['--base=main', '--head=HEAD', '--targets=build']);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/pr-check: [0-9a-f]{10}\.\.HEAD \(1 file changed\)/);
    expect(r.out).toMatch(/checks: +format ok, (lint ok, )?types ok, affected build ok/);
    const ran = real(r.summary.tasks.ran);
    const compiles = ran.filter((t) => t.includes(':compile-'));
    expect(compiles.length).toBeGreaterThan(0);
    expect(compiles.filter((t) => !t.startsWith('uklock:'))).toEqual([]);
    // Apps by their project root (httpd-app lives in apps/httpd).
    const rootOf = (p: string) =>
      (
        JSON.parse(exec('node_modules/.bin/nx', ['show', 'project', p, '--json'], { cwd: ws.dir }).stdout) as {
          root: string;
        }
      ).root;
    const apps = r.summary.projects.filter((p) => rootOf(p).startsWith('apps/'));
    expect(apps.length).toBeGreaterThan(0);
    expect(ran.filter((t) => t.includes(':link-')).sort()).toEqual(linksOf('uklock', apps));
    // pr-check is bounded at 900 s; it compiles uklock for every configuration and relinks
    // dozens of images, minutes when the other lane of npm test shares the two cores.
  }, 1_000_000);

  it('a docs-only branch compiles, links and boots nothing', () => {
    ws.git('checkout', '-q', '-b', 'docs-change', 'main');
    ws.edit('docs/contributing.md', (s) => `${s}\nA sentence a pull request adds.\n`);
    ws.git('commit', '-qam', 'docs: a change');
    const r = prCheck(['--base=main', '--head=HEAD']);
    expect(r.code, r.out).toBe(0);
    expect(r.summary.projects).toEqual([]);
    expect(real(r.summary.tasks.ran)).toEqual([]);
    expect(r.out).toMatch(/affected: +no project/);
  }, 1_000_000);

  it('refuses a base that is not in the clone, naming it and the remedy', () => {
    const r = exec('node', [PR_CHECK, '--base=no-such-branch'], { cwd: ws.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/'no-such-branch' is not a commit in this clone: fetch it first/);
    const bad = exec('node', [PR_CHECK, '--bsae=main'], { cwd: ws.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown option --bsae/);
  });
});

describe('the CI workflows', () => {
  for (const file of ['pr.yml', 'main.yml']) {
    it(`${file} is a valid GitHub Actions workflow`, () => {
      const text = readFileSync(join(REPO, '.github/workflows', file), 'utf8');
      const result = validateWorkflow(text) as { errors: unknown[] };
      expect(result.errors, JSON.stringify(result.errors, null, 1)).toEqual([]);
    });
  }

  it('the schema check catches a broken workflow (a misspelt key)', () => {
    const result = validateWorkflow('on: push\njobs:\n  a:\n    runs-onn: debian\n    steps: []\n') as {
      errors: unknown[];
    };
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it('the pull-request workflow runs npm run pr-check with the PR base, and uploads logs on failure', () => {
    const text = readFileSync(join(REPO, '.github/workflows/pr.yml'), 'utf8');
    expect(text).toMatch(/npm run pr-check -- --base=\$\{\{ github\.event\.pull_request\.base\.sha \}\}/);
    expect(text).toMatch(/fetch-depth: 0/);
    expect(text).toMatch(/if: failure\(\)[\s\S]*upload-artifact/);
  });
});
