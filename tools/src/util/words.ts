/**
 * main's arguments, one rule on every platform (docs/run.md):
 *  - `--args` given as one string is split into words like a POSIX shell
 *    does without expansions: blanks separate; '...' keeps everything
 *    literally; "..." keeps everything except that \" and \\ stand for
 *    " and \; outside quotes \c stands for c; adjacent pieces form one
 *    word; '' or "" alone is an empty word. An unterminated quote is an
 *    error. `--args` given more than once: each value is split and the
 *    words follow each other. The manifest's `run.args` is a list taken
 *    word for word; `--args` replaces it.
 *  - Guests that receive a command line (kvm, xen) get each word quoted
 *    so that ukargparse (libs/ukargparse) splits it back into exactly
 *    that word; linuxu gets the words as its process arguments.
 */
import { UkError } from './errors';

const BLANK = /[ \t\n\v\f\r]/;

/** Split a string into words by the rule above; throws a UkError on an unterminated quote. */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && BLANK.test(line[i]!)) i++;
    if (i >= line.length) break;
    let word = '';
    for (; i < line.length && !BLANK.test(line[i]!); i++) {
      const c = line[i]!;
      if (c === "'") {
        const end = line.indexOf("'", i + 1);
        if (end < 0) throw new UkError(`--args: unterminated ' in ${JSON.stringify(line)}`);
        word += line.slice(i + 1, end);
        i = end;
      } else if (c === '"') {
        for (i++; ; i++) {
          if (i >= line.length) throw new UkError(`--args: unterminated " in ${JSON.stringify(line)}`);
          const d = line[i]!;
          if (d === '"') break;
          if (d === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\')) word += line[++i];
          else word += d;
        }
      } else if (c === '\\') {
        if (i + 1 < line.length) i++;
        word += line[i];
      } else {
        word += c;
      }
    }
    words.push(word);
  }
  return words;
}

/**
 * main's arguments from the run options: `--args` (each value split into
 * words) when given, else the manifest's run.args word for word. Refuses
 * a word that is not valid text: the shell's invalid UTF-8 bytes reach
 * Node as U+FFFD, so they could not arrive unchanged.
 */
export function mainArguments(
  args: string | readonly string[] | undefined,
  defaultArgs: readonly string[] = [],
): string[] {
  const words =
    args === undefined ? [...defaultArgs] : (typeof args === 'string' ? [args] : args).flatMap((a) => splitWords(a));
  words.forEach((w, i) => {
    if (w.includes('\uFFFD'))
      throw new UkError(
        `--args: argument ${i + 1} (${JSON.stringify(w)}) holds bytes that are not UTF-8 (shown as U+FFFD); ` +
          'they cannot be passed unchanged, so they are refused: pass UTF-8 text',
      );
  });
  return words;
}

/** One word quoted for ukargparse: bare when it holds nothing special, else in '...'. */
export function quoteWord(word: string): string {
  if (/^[A-Za-z0-9_=.,/:@%+-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The guest command line that ukargparse splits back into exactly these words. */
export function guestCmdline(words: readonly string[]): string {
  return words.map(quoteWord).join(' ');
}
