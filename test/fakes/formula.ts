/**
 * A small evaluator so formulas the add-in writes show a value like Excel would compute.
 * Evaluated: numbers, strings, TRUE/FALSE, cell and range references (optionally 'Sheet'!-qualified),
 * + - * / ^ & = <> < > <= >=, unary minus/plus, and SUM, MIN, MAX, AVERAGE, COUNT, COUNTA, ABS,
 * ROUND, IF, IFERROR, AND, OR, NOT, SUMIF, COUNTIF (criteria: a value or a comparison like ">0"),
 * ISNUMBER, NA, SUBSTITUTE, NUMBERVALUE (as stored in a file too, "_xlfn.NUMBERVALUE"),
 * HYPERLINK (its value is the friendly name, else the link location as text; the jump itself is
 * not modelled).
 * Anything else raises Unsupported, and the caller keeps the cell's cached value.
 */
import { parseRef, type Rect } from './a1';

export type Scalar = number | string | boolean | { readonly error: string };
type Value = Scalar | { readonly range: Scalar[][] };

export interface FormulaHost {
  /** The computed value of one cell ('' for empty); sheet undefined means the formula's own sheet. */
  cell(sheet: string | undefined, row: number, col: number): Scalar;
}

export class Unsupported extends Error {}

const err = (code: string): Scalar => ({ error: code });
const isErr = (v: unknown): v is { error: string } => typeof v === 'object' && v !== null && 'error' in v;

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'ref'; v: string }
  | { t: 'fn'; v: string }
  | { t: 'op'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const refPattern = /^(?:(?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?/u;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i]!;
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    let m = /^\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|^\.\d+/.exec(rest);
    if (m) {
      out.push({ t: 'num', v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    if (ch === '"') {
      m = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!m) throw new Unsupported('unterminated string');
      out.push({ t: 'str', v: m[1]!.replace(/""/g, '"') });
      i += m[0].length;
      continue;
    }
    m = /^(?:_xlfn\.)?([A-Za-z][A-Za-z0-9.]*)\(/.exec(rest);
    if (m) {
      out.push({ t: 'fn', v: m[1]!.toUpperCase() });
      i += m[0].length;
      continue;
    }
    m = refPattern.exec(rest);
    if (m) {
      out.push({ t: 'ref', v: m[0] });
      i += m[0].length;
      continue;
    }
    m = /^(TRUE|FALSE)\b/i.exec(rest);
    if (m) {
      out.push({ t: 'bool', v: m[1]!.toUpperCase() === 'TRUE' });
      i += m[0].length;
      continue;
    }
    m = /^(<>|<=|>=|[-+*/^&=<>(),])/.exec(rest);
    if (m) {
      out.push({ t: 'op', v: m[1]! });
      i += m[0].length;
      continue;
    }
    throw new Unsupported(`unexpected '${ch}'`);
  }
  return out;
}

function toNumber(v: Scalar): number | { error: string } {
  if (isErr(v)) return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === '') return 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : { error: '#VALUE!' };
}

function toText(v: Scalar): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' ? v : v.error;
}

/**
 * Excel equates a blank cell with 0, but never the text "" with 0: `=A1=""` is FALSE when A1 holds 0.
 * Office.js reports a blank cell as '', so only a '' that did not come from a literal is blank.
 */
function compare(a: Scalar, b: Scalar, literal: { a: boolean; b: boolean } = { a: false, b: false }): number {
  const rank = (v: Scalar): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  const na = a === '' && !literal.a && typeof b === 'number' ? 0 : a;
  const nb = b === '' && !literal.b && typeof a === 'number' ? 0 : b;
  if (rank(na) !== rank(nb)) return rank(na) - rank(nb);
  if (typeof na === 'string' && typeof nb === 'string') return na.toLowerCase().localeCompare(nb.toLowerCase());
  return Number(na) - Number(nb);
}

function flatten(args: Value[]): { value: Scalar; fromRange: boolean }[] {
  const out: { value: Scalar; fromRange: boolean }[] = [];
  for (const a of args) {
    if (typeof a === 'object' && a !== null && 'range' in a) {
      for (const row of a.range) for (const v of row) out.push({ value: v, fromRange: true });
    } else out.push({ value: a, fromRange: false });
  }
  return out;
}

function criteriaMatcher(criteria: Scalar): (v: Scalar) => boolean {
  if (typeof criteria === 'string') {
    const m = /^(<>|<=|>=|=|<|>)(.*)$/.exec(criteria);
    const op = m ? m[1]! : '=';
    const raw = m ? m[2]! : criteria;
    const target: Scalar = raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    return (v) => {
      if (isErr(v)) return false;
      if (typeof target === 'number' && typeof v !== 'number') return op === '<>';
      const c = compare(v, target);
      switch (op) {
        case '<>':
          return c !== 0;
        case '<':
          return c < 0;
        case '>':
          return c > 0;
        case '<=':
          return c <= 0;
        case '>=':
          return c >= 0;
        default:
          return c === 0;
      }
    };
  }
  return (v) => !isErr(v) && compare(v, criteria) === 0;
}

function scalar(v: Value): Scalar {
  if (typeof v === 'object' && v !== null && 'range' in v) {
    const first = v.range[0]?.[0];
    return v.range.length === 1 && v.range[0]!.length === 1 && first !== undefined ? first : err('#VALUE!');
  }
  return v;
}

type Fn = (args: Value[]) => Scalar;

const numericAggregate = (reduce: (nums: number[]) => Scalar): Fn => (args) => {
  const nums: number[] = [];
  for (const { value, fromRange } of flatten(args)) {
    if (isErr(value)) return value;
    if (typeof value === 'number') nums.push(value);
    else if (!fromRange) {
      const n = toNumber(value);
      if (isErr(n)) return n;
      nums.push(n);
    }
  }
  return reduce(nums);
};

const FUNCTIONS: Record<string, Fn> = {
  SUM: numericAggregate((n) => n.reduce((a, b) => a + b, 0)),
  MIN: numericAggregate((n) => (n.length ? Math.min(...n) : 0)),
  MAX: numericAggregate((n) => (n.length ? Math.max(...n) : 0)),
  AVERAGE: numericAggregate((n) => (n.length ? n.reduce((a, b) => a + b, 0) / n.length : err('#DIV/0!'))),
  COUNT: (args) => flatten(args).filter((x) => typeof x.value === 'number').length,
  COUNTA: (args) => flatten(args).filter((x) => x.value !== '').length,
  ABS: (args) => {
    const n = toNumber(scalar(args[0] ?? 0));
    return isErr(n) ? n : Math.abs(n);
  },
  ROUND: (args) => {
    const n = toNumber(scalar(args[0] ?? 0));
    const d = toNumber(scalar(args[1] ?? 0));
    if (isErr(n)) return n;
    if (isErr(d)) return d;
    const f = 10 ** Math.trunc(d);
    return (Math.sign(n) * Math.round(Number((Math.abs(n) * f).toPrecision(15)))) / f;
  },
  IF: (args) => {
    const cond = scalar(args[0] ?? false);
    if (isErr(cond)) return cond;
    const truthy = typeof cond === 'string' ? cond !== '' : Boolean(cond);
    const pick = truthy ? args[1] ?? true : args[2] ?? false;
    return scalar(pick);
  },
  IFERROR: (args) => {
    const v = scalar(args[0] ?? '');
    return isErr(v) ? scalar(args[1] ?? '') : v;
  },
  AND: (args) => flatten(args).every((x) => Boolean(x.value)),
  OR: (args) => flatten(args).some((x) => Boolean(x.value)),
  NOT: (args) => !scalar(args[0] ?? false),
  HYPERLINK: (args) => {
    const location = scalar(args[0] ?? '');
    if (isErr(location)) return location;
    return args.length > 1 ? scalar(args[1]!) : toText(location);
  },
  ISNUMBER: (args) => typeof scalar(args[0] ?? '') === 'number',
  NA: () => err('#N/A'),
  SUBSTITUTE: (args) => {
    const [text, old, replacement] = [0, 1, 2].map((i) => scalar(args[i] ?? ''));
    for (const v of [text, old, replacement]) if (isErr(v)) return v;
    const from = toText(old!);
    return from === '' ? toText(text!) : toText(text!).split(from).join(toText(replacement!));
  },
  /**
   * Text to number with the given separators, whatever the locale: spaces ignored, group
   * separators before the decimal one dropped, an empty text 0.
   */
  NUMBERVALUE: (args) => {
    const v = scalar(args[0] ?? '');
    // Excel would first write a number as text in its locale; the formulas the tool writes test
    // ISNUMBER before, so the fake keeps the number.
    if (isErr(v) || typeof v === 'number') return v;
    const decimal = args.length > 1 ? toText(scalar(args[1]!)) : '.';
    const group = args.length > 2 ? toText(scalar(args[2]!)) : ',';
    const text = toText(v).replace(/\s+/g, '');
    if (text === '') return 0;
    const at = text.indexOf(decimal);
    const whole = (at < 0 ? text : text.slice(0, at)).split(group).join('');
    const fraction = at < 0 ? '' : text.slice(at + decimal.length);
    if (fraction.includes(decimal) || fraction.includes(group)) return err('#VALUE!');
    const plain = fraction === '' ? whole : `${whole}.${fraction}`;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(plain)) return err('#VALUE!');
    // A spreadsheet has no negative zero: "-0" is 0.
    return Number(plain) + 0;
  },
  COUNTIF: (args) => {
    const match = criteriaMatcher(scalar(args[1] ?? ''));
    return flatten([args[0] ?? '']).filter((x) => match(x.value)).length;
  },
  SUMIF: (args) => {
    const match = criteriaMatcher(scalar(args[1] ?? ''));
    const tested = flatten([args[0] ?? '']);
    const summed = args[2] ? flatten([args[2]]) : tested;
    let total = 0;
    tested.forEach((x, i) => {
      const v = summed[i]?.value;
      if (match(x.value) && typeof v === 'number') total += v;
    });
    return total;
  },
};

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[], private readonly host: FormulaHost) {}

  parse(): Value {
    const v = this.comparison();
    if (this.pos < this.tokens.length) throw new Unsupported('trailing tokens');
    return v;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isOp(...ops: string[]): string | null {
    const t = this.peek();
    return t && t.t === 'op' && ops.includes(t.v) ? t.v : null;
  }

  /** An operand, and whether it was a single text literal (see compare). */
  private operand(): { value: Value; literal: boolean } {
    const start = this.pos;
    const value = this.concat();
    return { value, literal: this.pos === start + 1 && this.tokens[start]?.t === 'str' };
  }

  private comparison(): Value {
    const first = this.operand();
    let left = first.value;
    let leftLiteral = first.literal;
    for (let op = this.isOp('=', '<>', '<', '>', '<=', '>='); op; op = this.isOp('=', '<>', '<', '>', '<=', '>=')) {
      this.pos += 1;
      const right = this.operand();
      const a = scalar(left);
      const b = scalar(right.value);
      if (isErr(a)) return a;
      if (isErr(b)) return b;
      const c = compare(a, b, { a: leftLiteral, b: right.literal });
      leftLiteral = false;
      left = op === '=' ? c === 0 : op === '<>' ? c !== 0 : op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0;
    }
    return left;
  }

  private concat(): Value {
    let left = this.additive();
    while (this.isOp('&')) {
      this.pos += 1;
      const a = scalar(left);
      const b = scalar(this.additive());
      left = isErr(a) ? a : isErr(b) ? b : toText(a) + toText(b);
    }
    return left;
  }

  private arithmetic(a: Value, b: Value, op: string): Scalar {
    const x = toNumber(scalar(a));
    const y = toNumber(scalar(b));
    if (isErr(x)) return x;
    if (isErr(y)) return y;
    switch (op) {
      case '+':
        return x + y;
      case '-':
        return x - y;
      case '*':
        return x * y;
      case '/':
        return y === 0 ? err('#DIV/0!') : x / y;
      default:
        return x ** y;
    }
  }

  private additive(): Value {
    let left = this.multiplicative();
    for (let op = this.isOp('+', '-'); op; op = this.isOp('+', '-')) {
      this.pos += 1;
      left = this.arithmetic(left, this.multiplicative(), op);
    }
    return left;
  }

  private multiplicative(): Value {
    let left = this.power();
    for (let op = this.isOp('*', '/'); op; op = this.isOp('*', '/')) {
      this.pos += 1;
      left = this.arithmetic(left, this.power(), op);
    }
    return left;
  }

  private power(): Value {
    let left = this.unary();
    while (this.isOp('^')) {
      this.pos += 1;
      left = this.arithmetic(left, this.unary(), '^');
    }
    return left;
  }

  private unary(): Value {
    const op = this.isOp('-', '+');
    if (op) {
      this.pos += 1;
      const v = this.unary();
      return op === '-' ? this.arithmetic(0, v, '-') : v;
    }
    return this.primary();
  }

  private primary(): Value {
    const t = this.tokens[this.pos++];
    if (!t) throw new Unsupported('unexpected end');
    switch (t.t) {
      case 'num':
      case 'str':
      case 'bool':
        return t.v;
      case 'ref':
        return this.reference(t.v);
      case 'fn': {
        const fn = FUNCTIONS[t.v];
        if (!fn) throw new Unsupported(`function ${t.v}`);
        const args: Value[] = [];
        if (!this.isOp(')')) {
          for (;;) {
            args.push(this.comparison());
            if (this.isOp(',')) this.pos += 1;
            else break;
          }
        }
        if (!this.isOp(')')) throw new Unsupported('missing )');
        this.pos += 1;
        return fn(args);
      }
      case 'op':
        if (t.v === '(') {
          const v = this.comparison();
          if (!this.isOp(')')) throw new Unsupported('missing )');
          this.pos += 1;
          return v;
        }
        throw new Unsupported(`unexpected ${t.v}`);
    }
  }

  private reference(text: string): Value {
    const ref = parseRef(text);
    if (!ref) throw new Unsupported(`reference ${text}`);
    const r: Rect = ref.rect;
    const rows: Scalar[][] = [];
    for (let i = 0; i < r.rowCount; i += 1) {
      const row: Scalar[] = [];
      for (let j = 0; j < r.colCount; j += 1) row.push(this.host.cell(ref.sheet, r.row + i, r.col + j));
      rows.push(row);
    }
    return rows.length === 1 && rows[0]!.length === 1 ? rows[0]![0]! : { range: rows };
  }
}

/** Evaluates "=..." text; throws Unsupported for anything outside the subset above. */
export function evaluateFormula(formula: string, host: FormulaHost): Scalar {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const v = scalar(new Parser(tokenize(body), host).parse());
  return typeof v === 'number' && !Number.isFinite(v) ? err('#NUM!') : v;
}
