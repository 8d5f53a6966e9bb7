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
  private readonly decoder = new TextDecoder('utf-8');
  private clean = true;

  decode(bytes: Uint8Array): string {
    if (this.clean && isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (bytes.length > 0) this.clean = bytes[bytes.length - 1]! < 0x80;
    return this.decoder.decode(bytes, { stream: true });
  }

  /** The end of the part: a character cut short decodes as U+FFFD, as TextDecoder says it. */
  end(): string {
    this.clean = true;
    return this.decoder.decode();
  }
}
