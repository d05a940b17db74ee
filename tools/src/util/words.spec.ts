import { describe, expect, it } from 'vitest';
import { guestCmdline, mainArguments, quoteWord, splitWords } from './words';

/** ukargparse's rules (libs/ukargparse), to check that guestCmdline round-trips. */
function ukargparse(line: string): string[] {
  return splitWords(line);
}

describe('splitWords: POSIX shell words without expansions', () => {
  it.each<[string, string[]]>([
    ['a b  c', ['a', 'b', 'c']],
    ['"x  y"', ['x  y']],
    ['"a b" c', ['a b', 'c']],
    [`'it''s' "q\\"uote" back\\\\slash`, ['its', 'q"uote', 'back\\slash']],
    [`'s'\\''q'`, ["s'q"]],
    ['"" x \'\'', ['', 'x', '']],
    ['a=b=c --flag=1', ['a=b=c', '--flag=1']],
    ['\\ lead "in\\side"', [' lead', 'in\\side']],
    ['  \t ', []],
    ['café ☃', ['café', '☃']],
  ])('%j', (line, want) => {
    expect(splitWords(line)).toEqual(want);
  });

  it('refuses an unterminated quote, naming it', () => {
    expect(() => splitWords('"abc')).toThrow(/unterminated "/);
    expect(() => splitWords("a 'b")).toThrow(/unterminated '/);
  });
});

describe('mainArguments', () => {
  it("keeps the manifest's list word for word when --args is absent", () => {
    expect(mainArguments(undefined, ['a b', '"q"'])).toEqual(['a b', '"q"']);
  });
  it('splits each --args value and joins the words', () => {
    expect(mainArguments(['"a b" c', 'd'], ['x'])).toEqual(['a b', 'c', 'd']);
    expect(mainArguments('', ['x'])).toEqual([]);
  });
  it('refuses bytes that arrived as U+FFFD, naming the argument', () => {
    expect(() => mainArguments('ok caf\uFFFD')).toThrow(/argument 2 \("caf\uFFFD"\) holds bytes that are not UTF-8/);
  });
});

describe('guestCmdline', () => {
  it('leaves plain words bare and quotes the rest', () => {
    expect(quoteWord('q=1')).toBe('q=1');
    expect(quoteWord('')).toBe("''");
    expect(quoteWord("it's")).toBe(`'it'\\''s'`);
  });
  it('round-trips through the guest rules', () => {
    const words = ['x  y', '', 'q"uote', "s'q", 'back\\slash', 'a=b', 'tab\there', 'café'];
    expect(ukargparse(guestCmdline(words))).toEqual(words);
  });
});
