import { parseA1 } from '../../../src/domain/address';

/**
 * A tiny evaluator for the formula subset the plan writes (SUM, IF, OR, ABS, ROUND, arithmetic,
 * comparisons, text in quotes), with Excel's treatment of blank cells: "" in comparisons with text,
 * 0 in arithmetic. Tests use it to show that each cached value is what the formula computes.
 */
export type Scalar = number | string | boolean | null;
type Value = Scalar | { readonly range: Scalar[] };
export type CellReader = (row: number, col: number) => Scalar;

type Token = { kind: 'num'; v: number } | { kind: 'str'; v: string } | { kind: 'ref'; v: string } | { kind: 'id'; v: string } | { kind: 'op'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^\s+/.exec(rest))) i += m[0].length;
    else if ((m = /^\d+(\.\d+)?/.exec(rest))) {
      out.push({ kind: 'num', v: Number(m[0]) });
      i += m[0].length;
    } else if ((m = /^"((?:[^"]|"")*)"/.exec(rest))) {
      out.push({ kind: 'str', v: m[1]!.replace(/""/g, '"') });
      i += m[0].length;
    } else if ((m = /^[A-Z]+\d+(:[A-Z]+\d+)?/.exec(rest))) {
      out.push({ kind: 'ref', v: m[0] });
      i += m[0].length;
    } else if ((m = /^[A-Z]+(?=\()/.exec(rest))) {
      out.push({ kind: 'id', v: m[0] });
      i += m[0].length;
    } else if ((m = /^(<=|>=|<>|[-+*/=<>(),])/.exec(rest))) {
      out.push({ kind: 'op', v: m[0] });
      i += m[0].length;
    } else throw new Error(`cannot read formula at: ${rest}`);
  }
  return out;
}

function num(v: Value): number {
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  // Arithmetic converts text the way a Vietnamese-locale Excel reads numbers: "0,78", "1".
  if (typeof v === 'string' && /^-?\d+(,\d+)?$/.test(v.trim())) return Number(v.trim().replace(',', '.'));
  if (typeof v === 'string') throw new Error(`#VALUE! (${v})`);
  throw new Error('range used as a number');
}

function scalar(v: Value): Scalar {
  if (v !== null && typeof v === 'object') throw new Error('range used as a value');
  return v;
}

function compare(op: string, a: Scalar, b: Scalar): boolean {
  let x: Scalar = a;
  let y: Scalar = b;
  if (x === null) x = typeof y === 'string' ? '' : 0;
  if (y === null) y = typeof x === 'string' ? '' : 0;
  if (typeof x !== typeof y) return op === '<>';
  const c = x < y ? -1 : x > y ? 1 : 0;
  return { '=': c === 0, '<>': c !== 0, '<': c < 0, '>': c > 0, '<=': c <= 0, '>=': c >= 0 }[op]!;
}

export function evaluate(formula: string, read: CellReader): Scalar {
  const tokens = tokenize(formula.replace(/^=/, ''));
  let p = 0;
  const peek = (): Token | undefined => tokens[p];
  const take = (v?: string): Token => {
    const t = tokens[p++];
    if (!t || (v !== undefined && t.v !== v)) throw new Error(`expected ${v ?? 'token'} in ${formula}`);
    return t;
  };

  function ref(text: string): Value {
    const [from, to] = text.split(':');
    const a = parseA1(from!)!;
    if (!to) return read(a.row, a.col);
    const b = parseA1(to)!;
    const range: Scalar[] = [];
    for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) range.push(read(r, c));
    return { range };
  }

  function call(name: string, args: Value[]): Value {
    switch (name) {
      case 'SUM':
        return args.reduce<number>((s, a) => {
          if (a !== null && typeof a === 'object') return s + a.range.reduce<number>((t, v) => t + (typeof v === 'number' ? v : 0), 0);
          // Like Excel, SUM skips text in a referenced cell (only typed-in text arguments convert).
          return s + (typeof a === 'string' ? 0 : num(a));
        }, 0);
      case 'IF':
        return num(args[0]!) !== 0 ? args[1]! : (args[2] ?? false);
      case 'OR':
        return args.some((a) => num(a) !== 0);
      case 'ABS':
        return Math.abs(num(args[0]!));
      case 'ROUND': {
        const f = 10 ** num(args[1]!);
        return Math.round(num(args[0]!) * f) / f;
      }
      default:
        throw new Error(`unknown function ${name}`);
    }
  }

  function primary(): Value {
    const t = take();
    if (t.kind === 'num' || t.kind === 'str') return t.v;
    if (t.kind === 'ref') return ref(t.v);
    if (t.kind === 'id') {
      take('(');
      const args: Value[] = [];
      if (peek()?.v !== ')') {
        args.push(comparison());
        while (peek()?.v === ',') {
          take(',');
          args.push(comparison());
        }
      }
      take(')');
      return call(t.v, args);
    }
    if (t.v === '(') {
      const v = comparison();
      take(')');
      return v;
    }
    if (t.v === '-') return -num(primary());
    throw new Error(`unexpected ${t.v} in ${formula}`);
  }
  function term(): Value {
    let v = primary();
    while (peek()?.v === '*' || peek()?.v === '/') {
      const op = take().v;
      const r = primary();
      v = op === '*' ? num(v) * num(r) : num(v) / num(r);
    }
    return v;
  }
  function additive(): Value {
    let v = term();
    while (peek()?.v === '+' || peek()?.v === '-') {
      const op = take().v;
      const r = term();
      v = op === '+' ? num(v) + num(r) : num(v) - num(r);
    }
    return v;
  }
  function comparison(): Value {
    const v = additive();
    const op = peek();
    if (op && op.kind === 'op' && ['=', '<>', '<', '>', '<=', '>='].includes(op.v as string)) {
      take();
      return compare(op.v as string, scalar(v), scalar(additive()));
    }
    return v;
  }

  const result = comparison();
  if (p !== tokens.length) throw new Error(`trailing tokens in ${formula}`);
  return scalar(result);
}
