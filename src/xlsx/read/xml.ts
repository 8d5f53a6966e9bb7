import { PackageError } from './errors';

/**
 * A small streaming XML scanner for the parts of a package: text arrives in chunks of any size and
 * is handed on as tags and text, never held whole. It checks what a reader of these parts needs
 * checked (tags close in order, the document ends, one root) and nothing more: no DTDs, no
 * namespaces beyond dropping an element's prefix ("x:c" is "c", as some writers emit).
 * Chosen over saxes by measurement (bench/NOTES.md, "Reading .xlsx").
 */
export interface XmlHandler {
  /** `attrs` is the raw attribute text; read it with attributesOf or attributeOf. */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw character data, entities not yet decoded (CDATA arrives decoded, with `cdata` set). */
  text(raw: string, cdata: boolean): void;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const DQUOTE = 34;
const SQUOTE = 39;

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 58 || code > 127;
}

export class XmlScanner {
  private buffer = '';
  private readonly stack: string[] = [];
  private sawRoot = false;

  constructor(
    private readonly handler: XmlHandler,
    /** Named in the error when the part is not well-formed. */
    private readonly part: string,
  ) {}

  private fail(): never {
    throw new PackageError('bad-xml', { part: this.part });
  }

  feed(chunk: string): void {
    const s = this.buffer.length > 0 ? this.buffer + chunk : chunk;
    const length = s.length;
    let i = 0;
    for (;;) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        if (i < length) this.textOutside(s.slice(i));
        i = length;
        break;
      }
      if (lt > i) this.textOutside(s.slice(i, lt));
      if (lt + 1 >= length) {
        i = lt;
        break;
      }
      const next = s.charCodeAt(lt + 1);
      if (next === BANG) {
        const end = this.special(s, lt);
        if (end < 0) {
          i = lt;
          break;
        }
        i = end;
        continue;
      }
      if (next === QUESTION) {
        const end = s.indexOf('?>', lt + 2);
        if (end < 0) {
          i = lt;
          break;
        }
        i = end + 2;
        continue;
      }
      // A tag: find its '>' outside quoted attribute values, which may contain '>' themselves.
      let j = lt + 1;
      let quote = 0;
      for (; j < length; j++) {
        const c = s.charCodeAt(j);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === DQUOTE || c === SQUOTE) quote = c;
        else if (c === GT) break;
        else if (c === LT) this.fail();
      }
      if (j >= length) {
        i = lt;
        break;
      }
      if (next === SLASH) this.closeTag(s.slice(lt + 2, j).trim());
      else this.openTag(s, lt + 1, j);
      i = j + 1;
    }
    this.buffer = i < length ? s.slice(i) : '';
  }

  /** Comments, CDATA and a DOCTYPE: returns the index after the construct, or -1 when it is incomplete. */
  private special(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      if (this.stack.length === 0) this.fail();
      this.handler.text(s.slice(lt + 9, end), true);
      return end + 3;
    }
    if (s.length - lt < 9) return -1;
    // Packages may not carry a DTD (ECMA-376 Part 2, 8.1.4): refusing one also rules out entity expansion.
    this.fail();
  }

  private textOutside(raw: string): void {
    if (this.stack.length > 0) this.handler.text(raw, false);
    else if (raw.trim() !== '') this.fail();
  }

  private openTag(s: string, start: number, gt: number): void {
    if (!isNameStart(s.charCodeAt(start))) this.fail();
    const selfClosing = s.charCodeAt(gt - 1) === SLASH;
    const end = selfClosing ? gt - 1 : gt;
    let nameEnd = start;
    while (nameEnd < end) {
      const c = s.charCodeAt(nameEnd);
      if (c === 32 || c === 9 || c === 10 || c === 13) break;
      nameEnd++;
    }
    const name = localName(s.slice(start, nameEnd));
    if (this.stack.length === 0) {
      if (this.sawRoot) this.fail();
      this.sawRoot = true;
    }
    const attrs = nameEnd < end ? s.slice(nameEnd, end) : '';
    if (!selfClosing) this.stack.push(name);
    this.handler.open(name, attrs, selfClosing);
    if (selfClosing) this.handler.close(name);
  }

  private closeTag(qname: string): void {
    const name = localName(qname);
    if (this.stack.pop() !== name) this.fail();
    this.handler.close(name);
  }

  /** The document must have ended: a part cut short is damaged, not merely shorter. */
  end(): void {
    if (this.buffer.trim() !== '' || this.stack.length > 0 || !this.sawRoot) this.fail();
  }
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(ENTITY, (_, body: string) => {
    if (body.charCodeAt(0) !== 35) return NAMED[body]!;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Every attribute by its full name ("r:id" stays "r:id"), values decoded. */
export function attributesOf(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (raw === '') return out;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(raw); m; m = ATTRIBUTE.exec(raw)) out[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * One attribute's value, or undefined: the hot path of a sheet's cells, which have two or three
 * attributes each. Walks name="value" pairs, so a name is never found inside a value.
 */
export function attributeOf(raw: string, name: string): string | undefined {
  const n = raw.length;
  let p = 0;
  while (p < n) {
    while (p < n && isSpace(raw.charCodeAt(p))) p++;
    if (p >= n) return undefined;
    const eq = raw.indexOf('=', p);
    if (eq < 0) return undefined;
    let q = eq + 1;
    while (isSpace(raw.charCodeAt(q))) q++;
    const quote = raw.charCodeAt(q);
    if (quote !== DQUOTE && quote !== SQUOTE) return undefined;
    const close = raw.indexOf(quote === DQUOTE ? '"' : "'", q + 1);
    if (close < 0) return undefined;
    const matches = eq - p === name.length ? raw.startsWith(name, p) : raw.slice(p, eq).trim() === name;
    if (matches) return decodeEntities(raw.slice(q + 1, close));
    p = close + 1;
  }
  return undefined;
}

/** Text of an OOXML string with its "_xHHHH_" escapes undone (ECMA-376 Part 1, 22.9.2.19 ST_Xstring). */
export function unescapeXstring(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
