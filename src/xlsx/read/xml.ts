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
  /**
   * A fast path for the elements a part repeats by the thousand (a sheet's cells, the shared strings):
   * given the buffer and a position between tags, the handler may read whole elements itself and
   * return where it stopped (`at` when it read nothing). It must read only complete elements, each
   * closed where it opened, so the scanner's record of open elements stays true, and it must leave
   * to the scanner anything it does not recognise or that the buffer cuts short: the scanner then
   * takes the next tag and checks it as usual. Correctness never rests on the fast path.
   */
  skim?(s: string, at: number): number;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const DQUOTE = 34;
const SQUOTE = 39;
const COLON = 58;

/**
 * The local name of the element named by s[start, end) ("x:c" is "c"). The names a sheet repeats
 * on every cell come back as constants rather than new strings: a 50,000-row sheet has a million tags.
 */
function nameAt(s: string, start: number, end: number): string {
  // The prefix's colon is looked for inside the name only: indexOf would search on to the next colon
  // in the text, and a sheet with none (openpyxl writes no prefix and often no xml:space) made every
  // tag a search to the end of its chunk, quadratic in the chunk's size.
  for (let i = start; i < end; i++) {
    if (s.charCodeAt(i) === COLON) {
      start = i + 1;
      break;
    }
  }
  const length = end - start;
  const first = s.charCodeAt(start);
  if (length === 1) {
    if (first === 99) return 'c';
    if (first === 118) return 'v';
    if (first === 116) return 't';
    if (first === 102) return 'f';
    if (first === 114) return 'r';
  } else if (length === 3 && first === 114 && s.startsWith('row', start)) return 'row';
  else if (length === 2 && s.startsWith('is', start)) return 'is';
  else if (length === 2 && s.startsWith('si', start)) return 'si';
  return s.slice(start, end);
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 58 || code > 127;
}

export class XmlScanner {
  private buffer = '';
  private nextDouble = -2;
  private nextSingle = -2;
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
    // Positions of the next quotes in `s`: -2 not looked for yet, -1 none left.
    this.nextDouble = -2;
    this.nextSingle = -2;
    const length = s.length;
    const handler = this.handler;
    const skims = handler.skim !== undefined;
    let i = 0;
    for (;;) {
      if (skims) i = handler.skim!(s, i);
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        // Text runs on into the next chunk. It is handed on now, except an entity the chunk cuts in
        // two ("&am" + "p;"), which waits for its end: each piece of text is decoded on its own.
        // The longest entity is "&#x10FFFF;": a lone '&' further back is no entity and is not held.
        const amp = s.lastIndexOf('&');
        const end = amp >= i && length - amp < 10 && s.indexOf(';', amp) < 0 ? amp : length;
        if (end > i) this.textOutside(s.slice(i, end));
        i = end;
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
      const j = this.tagEnd(s, lt);
      if (j < 0) {
        i = lt;
        break;
      }
      if (next === SLASH) this.closeTag(s, lt + 2, j);
      else this.openTag(s, lt + 1, j);
      i = j + 1;
    }
    this.buffer = i < length ? s.slice(i) : '';
  }

  /**
   * The '>' that ends the tag opened at `lt`, or -1 when the buffer ends first. Jumps from quote to
   * quote with indexOf rather than looking at every character: the scan is most of a sheet's read.
   * The next quote of each kind is remembered, so a kind that is absent is not searched for again.
   */
  private tagEnd(s: string, lt: number): number {
    let gt = s.indexOf('>', lt + 1);
    if (gt < 0) return -1;
    let p = lt + 1;
    for (;;) {
      if (this.nextDouble !== -1 && this.nextDouble < p) this.nextDouble = s.indexOf('"', p);
      if (this.nextSingle !== -1 && this.nextSingle < p) this.nextSingle = s.indexOf("'", p);
      const d = this.nextDouble;
      const q = this.nextSingle;
      const quote = d === -1 ? q : q === -1 ? d : Math.min(d, q);
      if (quote === -1 || quote > gt) break;
      const close = s.indexOf(s[quote]!, quote + 1);
      if (close < 0) return -1;
      p = close + 1;
      if (close > gt) {
        gt = s.indexOf('>', p);
        if (gt < 0) return -1;
      }
    }
    // '<' may not appear inside a tag, not even in a quoted value (XML 1.0, AttValue).
    const lt2 = s.indexOf('<', lt + 1);
    if (lt2 >= 0 && lt2 < gt) this.fail();
    return gt;
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
    while (nameEnd < end && !isSpace(s.charCodeAt(nameEnd))) nameEnd++;
    const name = nameAt(s, start, nameEnd);
    if (this.stack.length === 0) {
      if (this.sawRoot) this.fail();
      this.sawRoot = true;
    }
    const attrs = nameEnd < end ? s.slice(nameEnd, end) : '';
    if (!selfClosing) this.stack.push(name);
    this.handler.open(name, attrs, selfClosing);
    if (selfClosing) this.handler.close(name);
  }

  private closeTag(s: string, start: number, gt: number): void {
    let end = gt;
    while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
    const name = nameAt(s, start, end);
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
