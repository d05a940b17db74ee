/**
 * After a boot: when its output holds a uktrace dump, write the last one
 * as `dist/trace/<image name>.trace.txt` and `.trace.json` (Chrome
 * trace-event format, see trace.ts) and say where. Not beside the image:
 * the link's output folder is a cache entry.
 */
import { mkdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { chromeTrace, parseTraces, traceText } from './trace';

/** The line to print about the files written, or undefined when the output has no whole dump. */
export function writeTraceFiles(output: string, image: string, root: string): string | undefined {
  const dumps = parseTraces(output);
  const events = dumps[dumps.length - 1];
  if (!events) return undefined;
  const dir = join(root, 'dist', 'trace');
  mkdirSync(dir, { recursive: true });
  const base = join(dir, basename(image));
  writeFileAtomic(`${base}.trace.txt`, `${traceText(events)}\n`);
  writeFileAtomic(`${base}.trace.json`, `${JSON.stringify(chromeTrace(events, basename(image)), null, 1)}\n`);
  return `uktrace: ${events.length} event(s) decoded into ${relative(root, base)}.trace.txt and .trace.json (Perfetto, chrome://tracing)`;
}
