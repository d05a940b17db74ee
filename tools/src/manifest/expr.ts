/**
 * Dependency expressions, as written in `dependsOn`, conditional
 * defaults and `select`s:
 *
 *   ukdebug                 the library is in the image
 *   LOGLEVEL                an option of the library that declares the expression
 *   ukdebug.LOGLEVEL        an option of another library (off if the library is absent)
 *   plat, arch              the target, compared with a bare word or a 'string'
 *   ! && || == != < <= > >= ( )  numbers, 'strings', true, false
 *
 * parse() reports syntax errors with the column; evaluate() gives a value;
 * explain() says which facts made it so, for diagnostics and `why`.
 */

export type Value = boolean | number | string | undefined;

export type Expr =
  | { kind: 'lit'; value: Value }
  | { kind: 'ref'; name: string }
  | { kind: 'not'; arg: Expr }
  | { kind: 'bin'; op: '&&' | '||' | '==' | '!=' | '<' | '<=' | '>' | '>='; left: Expr; right: Expr };

export class ExprError extends Error {}

const TOKEN =
  /\s*(?:(0x[0-9a-fA-F]+|\d+)|'([^']*)'|([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Z][A-Z0-9_]*)?)|(&&|\|\||==|!=|<=|>=|[!<>()]))/y;

interface Token {
  text: string;
  kind: 'num' | 'str' | 'ident' | 'op';
  value: string;
  col: number;
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) {
      const at = pos + (src.slice(pos).length - src.slice(pos).trimStart().length);
      throw new ExprError(`unexpected '${src[at]}' at column ${at + 1}`);
    }
    const col = m.index + m[0].length - m[0].trimStart().length + 1;
    if (m[1] !== undefined) out.push({ text: m[1], kind: 'num', value: m[1], col });
    else if (m[2] !== undefined) out.push({ text: `'${m[2]}'`, kind: 'str', value: m[2], col });
    else if (m[3] !== undefined) out.push({ text: m[3], kind: 'ident', value: m[3], col });
    else out.push({ text: m[4]!, kind: 'op', value: m[4]!, col });
    pos = TOKEN.lastIndex;
  }
  return out;
}

export function parse(src: string): Expr {
  const toks = tokenize(src);
  let i = 0;
  const peek = () => toks[i];
  const fail = (what: string): never => {
    const t = peek();
    throw new ExprError(t ? `${what} at column ${t.col} ('${t.text}')` : `${what} at the end`);
  };
  const eat = (op: string) => {
    if (peek()?.kind === 'op' && peek()!.value === op) {
      i++;
      return true;
    }
    return false;
  };
  const atom = (): Expr => {
    const t = peek();
    if (!t) return fail('expected a name, number or string');
    if (eat('(')) {
      const e = or();
      if (!eat(')')) fail("expected ')'");
      return e;
    }
    i++;
    if (t.kind === 'num') return { kind: 'lit', value: Number(t.value) };
    if (t.kind === 'str') return { kind: 'lit', value: t.value };
    if (t.kind === 'ident') {
      if (t.value === 'true' || t.value === 'false') return { kind: 'lit', value: t.value === 'true' };
      return { kind: 'ref', name: t.value };
    }
    i--;
    return fail('expected a name, number or string');
  };
  const cmp = (): Expr => {
    const left = atom();
    const t = peek();
    if (t?.kind === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(t.value)) {
      i++;
      return { kind: 'bin', op: t.value as '==', left, right: atom() };
    }
    return left;
  };
  const not = (): Expr => (eat('!') ? { kind: 'not', arg: not() } : cmp());
  const and = (): Expr => {
    let e = not();
    while (eat('&&')) e = { kind: 'bin', op: '&&', left: e, right: not() };
    return e;
  };
  const or = (): Expr => {
    let e = and();
    while (eat('||')) e = { kind: 'bin', op: '||', left: e, right: and() };
    return e;
  };
  const e = or();
  if (i < toks.length) fail('unexpected token');
  return e;
}

/** Resolves names: the solver supplies it. */
export type Lookup = (name: string) => Value;

const TARGET_WORDS = new Set(['plat', 'arch']);

function operand(e: Expr, other: Expr, look: Lookup): Value {
  // `plat == kvm`: a bare word compared with plat/arch is a string.
  if (e.kind === 'ref' && other.kind === 'ref' && TARGET_WORDS.has(other.name) && !TARGET_WORDS.has(e.name))
    return e.name;
  return evaluate(e, look);
}

export function truthy(v: Value): boolean {
  return v !== undefined && v !== false && v !== 0 && v !== '';
}

export function evaluate(e: Expr, look: Lookup): Value {
  switch (e.kind) {
    case 'lit':
      return e.value;
    case 'ref':
      return look(e.name);
    case 'not':
      return !truthy(evaluate(e.arg, look));
    case 'bin': {
      if (e.op === '&&') return truthy(evaluate(e.left, look)) && truthy(evaluate(e.right, look));
      if (e.op === '||') return truthy(evaluate(e.left, look)) || truthy(evaluate(e.right, look));
      const l = operand(e.left, e.right, look);
      const r = operand(e.right, e.left, look);
      switch (e.op) {
        case '==':
          return l === r;
        case '!=':
          return l !== r;
        default: {
          if (typeof l !== 'number' || typeof r !== 'number') return false;
          return e.op === '<' ? l < r : e.op === '<=' ? l <= r : e.op === '>' ? l > r : l >= r;
        }
      }
    }
  }
}

function show(v: Value): string {
  return v === undefined ? 'off' : typeof v === 'string' ? `'${v}'` : String(v);
}

/** Names whose values decide an expression (bare words compared with plat/arch are literals). */
export function factRefs(e: Expr): string[] {
  if (e.kind === 'bin' && !['&&', '||'].includes(e.op)) {
    const side = (x: Expr, other: Expr) =>
      x.kind === 'ref' && other.kind === 'ref' && TARGET_WORDS.has(other.name) && !TARGET_WORDS.has(x.name)
        ? []
        : factRefs(x);
    return [...side(e.left, e.right), ...side(e.right, e.left)];
  }
  if (e.kind === 'bin') return [...factRefs(e.left), ...factRefs(e.right)];
  if (e.kind === 'not') return factRefs(e.arg);
  return e.kind === 'ref' ? [e.name] : [];
}

/** The facts behind a value: "ukdebug.ASSERT = off, plat = 'linuxu'". */
export function explain(e: Expr, look: Lookup): string {
  return [...new Set(factRefs(e))].map((n) => `${n} = ${show(look(n))}`).join(', ');
}

const KNOWN_WORDS: Record<'plat' | 'arch', readonly string[]> = {
  plat: ['kvm', 'linuxu', 'xen'],
  arch: ['x86_64', 'arm64'],
};

/**
 * Every value compared with plat or arch must be one ukraft knows:
 * `plat == KVM` would otherwise be silently always false. Returns the
 * first wrong one as a message with the nearest known value, or undefined.
 */
export function unknownTargetWord(
  e: Expr,
  suggest: (word: string, known: readonly string[]) => string,
): string | undefined {
  if (e.kind === 'not') return unknownTargetWord(e.arg, suggest);
  if (e.kind !== 'bin') return undefined;
  if (e.op === '&&' || e.op === '||') return unknownTargetWord(e.left, suggest) ?? unknownTargetWord(e.right, suggest);
  for (const [side, other] of [
    [e.left, e.right],
    [e.right, e.left],
  ] as const) {
    if (other.kind !== 'ref' || !TARGET_WORDS.has(other.name)) continue;
    const word =
      side.kind === 'ref' && !TARGET_WORDS.has(side.name) ? side.name : side.kind === 'lit' ? side.value : undefined;
    if (word === undefined) continue;
    const known = KNOWN_WORDS[other.name as 'plat' | 'arch'];
    if (typeof word !== 'string' || !known.includes(word)) {
      return `compares ${other.name} with '${String(word)}', which is not a known ${other.name === 'plat' ? 'platform' : 'architecture'}${suggest(String(word), known)}; known: ${known.join(', ')}`;
    }
  }
  return undefined;
}
