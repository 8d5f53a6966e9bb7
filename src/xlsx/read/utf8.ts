import { isAscii } from 'buffer';

/**
 * UTF-8 text decoded a slice at a time, for a part inflated in slices. A sheet's XML is nearly all
 * ASCII (its text sits in the shared strings), and TextDecoder's streaming mode, which a slice cut
 * through a character needs, is its slowest way for ASCII: a slice of ASCII is copied as it is
 * instead (both 12 MB of the 50,000-row sheet: 8 ms less; the shared strings, mostly not ASCII,
 * cost the same). The shortcut is taken only when the decoder holds no bytes of a character cut
 * by the last slice: it holds none after a slice that ends in an ASCII byte.
 */
export class Utf8Slices {
  private decoder = new TextDecoder('utf-8');
  private clean = true;
  /** The part's first bytes, held until there are two to tell a UTF-16 byte order mark by; null once told. */
  private head: Uint8Array | null = new Uint8Array(0);
  private wide = false;

  decode(bytes: Uint8Array): string {
    if (this.head !== null) {
      const head = this.head.length === 0 ? bytes : Buffer.concat([this.head, bytes]);
      if (head.length < 2 && (head.length === 0 || head[0] === 0xff || head[0] === 0xfe)) {
        this.head = head;
        return '';
      }
      this.head = null;
      const wide = utf16Of(head);
      if (wide) {
        this.decoder = new TextDecoder(wide);
        this.wide = true;
      }
      return this.decode(head);
    }
    if (this.wide) return this.decoder.decode(bytes, { stream: true });
    if (this.clean && isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (bytes.length > 0) this.clean = bytes[bytes.length - 1]! < 0x80;
    return this.decoder.decode(bytes, { stream: true });
  }

  /** The end of the part: a character cut short decodes as U+FFFD, as TextDecoder says it. */
  end(): string {
    const held = this.head !== null && this.head.length > 0 ? this.head : null;
    this.head = null;
    this.clean = true;
    return held ? this.decoder.decode(held) : this.decoder.decode();
  }
}

/**
 * An XML part is UTF-8 or UTF-16 (ECMA-376 Part 2 §8.1.4: a package reader must take both), and a
 * UTF-16 entity begins with its byte order mark (XML 1.0 §4.3.3): the mark tells which.
 */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * A whole XML part's text, UTF-8 or UTF-16 by its byte order mark, the mark dropped. A UTF-16 part's
 * declaration is made to say UTF-8: its text is edited and written back as UTF-8 (see utf8Declared).
 */
export function xmlText(bytes: Uint8Array): string {
  const wide = utf16Of(bytes);
  if (wide) return utf8Declared(new TextDecoder(wide).decode(bytes));
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The text with its XML declaration naming UTF-8: what the writer encodes a part's text in. A
 * declaration naming another encoding over UTF-8 bytes is a fatal error to an XML parser (XML 1.0
 * §4.3.3), so a UTF-16 part the tool edits says UTF-8 when written.
 */
export function utf8Declared(text: string): string {
  if (!text.startsWith('<?xml')) return text;
  const end = text.indexOf('?>');
  const declaration = end < 0 ? '' : text.slice(0, end);
  const named = /(\sencoding\s*=\s*)(["'])([^"']*)\2/.exec(declaration);
  if (!named || named[3]!.toLowerCase() === 'utf-8') return text;
  return text.slice(0, named.index) + `${named[1]}${named[2]}UTF-8${named[2]}` + text.slice(named.index + named[0].length);
}
