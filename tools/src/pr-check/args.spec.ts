import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('pr-check arguments', () => {
  it('takes --name=value and --name value, with defaults', () => {
    expect(parseArgs(['--base=main'])).toEqual({
      base: 'main',
      targets: 'build,test',
      'log-dir': 'dist/pr-check',
      'skip-remote-cache': false,
    });
    expect(parseArgs(['--base', 'origin/main', '--head', 'abc123', '--skip-remote-cache'])).toMatchObject({
      base: 'origin/main',
      head: 'abc123',
      'skip-remote-cache': true,
    });
  });

  it('refuses a missing base, a missing value, an unknown option and a stray word', () => {
    expect(() => parseArgs([])).toThrow(/--base is required/);
    expect(() => parseArgs(['--base'])).toThrow(/--base needs a value/);
    expect(() => parseArgs(['--base', '--head=x'])).toThrow(/--base needs a value/);
    expect(() => parseArgs(['--base=main', '--bsae=x'])).toThrow(/unknown option --bsae/);
    expect(() => parseArgs(['main'])).toThrow(/unexpected argument 'main'/);
    expect(() => parseArgs(['--base=main', '--targets=build;rm'])).toThrow(/--targets must be a comma-separated list/);
  });
});
