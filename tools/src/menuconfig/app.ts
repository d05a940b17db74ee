/**
 * The terminal configurator (Ink): a list of libraries with their options,
 * a help pane for the entry under the cursor (help text, dependency state,
 * where its value comes from), search, a per-target view, save.
 *
 * Keys: ↑/↓ or j/k move · space/enter toggle or edit · / search · t switch
 * target view · s save · q quit (twice if there are unsaved changes).
 */
import { Box, Text, useApp, useInput } from 'ink';
import { createElement as h, useState } from 'react';
import type { OptionValue } from '../manifest/schema';
import { saveConfig } from '../config/save';
import { Model, type Row, type View } from './model';

function show(v: OptionValue | undefined, type: string): string {
  if (v === undefined) return '—';
  if (type === 'hex' && typeof v === 'number') return `0x${v.toString(16)}`;
  if (typeof v === 'string' && type === 'string') return `"${v}"`;
  return String(v);
}

function rowText(r: Row): string {
  if (r.kind === 'lib') return `${r.inImage ? '[*]' : '[ ]'} ${r.lib}${r.locked ? ' (fixed)' : ''}`;
  const mark = r.def.type === 'bool' ? (r.value ? '[*]' : '[ ]') : '   ';
  const val = r.def.type === 'bool' ? '' : ` = ${show(r.value, r.def.type)}`;
  return `    ${mark} ${r.option}${val}${r.active ? '' : '  (off)'}${r.selected ? '  (selected)' : ''}`;
}

function helpLines(r: Row | undefined): string[] {
  if (!r) return ['No entry matches the search.'];
  if (r.kind === 'lib') {
    return [
      `${r.lib}: ${r.description}`,
      r.inImage ? `In the image: ${r.reason}.` : 'Not in the image. Space adds it.',
      ...(r.locked ? [`Cannot be removed here: ${r.locked}.`] : []),
    ];
  }
  const d = r.def;
  const range = 'range' in d && d.range ? `, range [${d.range[0]}, ${d.range[1]}]` : '';
  const choices = d.type === 'choice' ? `, one of ${d.choices.join(' ')}` : '';
  return [
    `${r.lib}.${r.option} (${d.type}${range}${choices}; default ${show(d.default, d.type)})`,
    d.help,
    ...(d.dependsOn ? [`Depends on: ${d.dependsOn} — ${r.active ? 'holds' : 'does not hold'}`] : []),
    `Value: ${r.source} — ${r.detail}`,
  ];
}

export interface AppProps {
  model: Model;
  initialTarget?: string;
}

export function MenuConfig({ model, initialTarget }: AppProps) {
  const { exit } = useApp();
  const [view, setView] = useState<View>({ target: initialTarget });
  const [cursor, setCursor] = useState(0);
  const [filter, setFilter] = useState('');
  const [mode, setMode] = useState<'browse' | 'search' | 'edit'>('browse');
  const [input, setInput] = useState('');
  const [message, setMessage] = useState('');
  const [, setTick] = useState(0);
  const [quitArmed, setQuitArmed] = useState(false);

  let rows: Row[];
  let solveError = '';
  try {
    rows = model.rows(view, filter);
  } catch (e) {
    rows = [];
    solveError = (e as Error).message;
  }
  const at = Math.min(cursor, Math.max(0, rows.length - 1));
  const row = rows[at];
  const refresh = () => setTick((n) => n + 1);
  const act = (fn: () => void, ok: string) => {
    try {
      fn();
      setMessage(ok);
    } catch (e) {
      setMessage(`refused: ${(e as Error).message}`);
    }
    refresh();
  };

  useInput((ch, key) => {
    if (mode === 'search' || mode === 'edit') {
      if (key.escape) {
        setMode('browse');
        if (mode === 'search') setFilter('');
        setInput('');
        return;
      }
      // A pasted chunk may carry the Enter with it: "32\r".
      const cut = ch ? ch.search(/[\r\n]/) : -1;
      if (key.return || cut >= 0) {
        const text = input + (cut >= 0 ? ch.slice(0, cut) : '');
        if (mode === 'search') {
          setFilter(text);
          setCursor(0);
        } else if (row?.kind === 'option') {
          act(
            () => model.setOption(view, row.lib, row.option, Model.parseInput(row.def, text)),
            `${row.lib}.${row.option} = ${text}`,
          );
        }
        setMode('browse');
        setInput('');
        return;
      }
      if (key.backspace || key.delete) return setInput((s) => s.slice(0, -1));
      if (!ch || key.ctrl || key.meta) return;
      // Apply a chunk character by character: erase keys may arrive together.
      setInput((s) => {
        let out = s;
        for (const c of ch) out = c === '\x7f' || c === '\b' ? out.slice(0, -1) : c >= ' ' ? out + c : out;
        return out;
      });
      return;
    }
    if (ch !== 'q') setQuitArmed(false);
    if (key.upArrow || ch === 'k') return setCursor(Math.max(0, at - 1));
    if (key.downArrow || ch === 'j') return setCursor(Math.min(rows.length - 1, at + 1));
    if (key.pageDown) return setCursor(Math.min(rows.length - 1, at + 10));
    if (key.pageUp) return setCursor(Math.max(0, at - 10));
    if (ch === '/') {
      setMode('search');
      setInput('');
      return;
    }
    if (key.escape) return setFilter('');
    if (ch === 't') {
      const order = [undefined, ...model.targets];
      const next = order[(order.indexOf(view.target) + 1) % order.length];
      setView({ target: next });
      setMessage(next ? `editing the ${next} fragment` : 'editing settings for every target');
      return;
    }
    if (ch === 's') {
      let saved = '';
      act(() => {
        const dropped = saveConfig(model.ws, model.app, model.config);
        model.dirty = false;
        saved = `saved ${model.ws.apps.get(model.app)!.configFile}${dropped.length ? ` (dropped defaults: ${dropped.join(', ')})` : ''}`;
      }, '');
      if (saved) setMessage(saved);
      return;
    }
    if (ch === 'q') {
      if (model.dirty && !quitArmed) {
        setQuitArmed(true);
        return setMessage('unsaved changes: s saves, q again quits without saving');
      }
      return exit();
    }
    if (!row) return;
    if (ch === ' ' || key.return) {
      if (row.kind === 'lib')
        return act(() => model.toggleLibrary(view, row.lib), `${row.lib} ${row.inImage ? 'removed' : 'added'}`);
      if (!row.active) return setMessage(`refused: ${row.lib}.${row.option} is off: ${row.detail}`);
      if (row.def.type === 'bool') {
        if (row.selected) return setMessage(`refused: ${row.detail}; it cannot be turned off here`);
        return act(
          () => model.setOption(view, row.lib, row.option, !row.value),
          `${row.lib}.${row.option} = ${!row.value}`,
        );
      }
      if (row.def.type === 'choice') {
        const c = row.def.choices;
        const next = c[(c.indexOf(String(row.value)) + 1) % c.length]!;
        return act(() => model.setOption(view, row.lib, row.option, next), `${row.lib}.${row.option} = ${next}`);
      }
      setMode('edit');
      setInput(
        row.def.type === 'hex' && typeof row.value === 'number' ? row.value.toString(16) : String(row.value ?? ''),
      );
    }
  });

  const height = Math.max(5, (process.stdout.rows || 30) - 12);
  const start = Math.max(0, Math.min(at - Math.floor(height / 2), rows.length - height));
  const visible = rows.slice(start, start + height);
  const title = `ukraft menuconfig — ${model.app} — ${view.target ? `${view.target} fragment` : `all targets (values shown for ${model.targets[0]})`}${model.dirty ? ' [modified]' : ''}`;
  return h(
    Box,
    { flexDirection: 'column' },
    h(Text, { bold: true }, title),
    h(Text, { dimColor: true }, '↑/↓ move  space/enter toggle or edit  / search  t target view  s save  q quit'),
    filter ? h(Text, null, `search: ${filter} (esc clears)`) : null,
    solveError ? h(Text, { color: 'red' }, solveError) : null,
    h(
      Box,
      { flexDirection: 'column', borderStyle: 'single', paddingX: 1 },
      ...visible.map((r, i) =>
        h(
          Text,
          { key: `${start + i}`, inverse: start + i === at, dimColor: r.kind === 'option' && !r.active },
          rowText(r),
        ),
      ),
    ),
    h(Box, { flexDirection: 'column', paddingX: 1 }, ...helpLines(row).map((l, i) => h(Text, { key: `h${i}` }, l))),
    mode === 'search'
      ? h(Text, { color: 'cyan' }, `/${input}`)
      : mode === 'edit'
        ? h(Text, { color: 'cyan' }, `new value: ${input}`)
        : null,
    message ? h(Text, { color: message.startsWith('refused') ? 'red' : 'green' }, message) : null,
  );
}
