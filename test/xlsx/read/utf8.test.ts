import { utf8Declared, Utf8Slices, xmlText } from '../../../src/xlsx/read/utf8';

/*
 * Decoding a part slice by slice (src/xlsx/read/utf8.ts), with slices of ASCII taken the short way,
 * gives the text TextDecoder gives for the whole, wherever the slices are cut: through characters of
 * two, three and four bytes, into slices of one byte, next to slices of ASCII, and for bytes that
 * are not UTF-8 at all.
 */
function bySlices(bytes: Uint8Array, cuts: readonly number[]): string {
  const text = new Utf8Slices();
  let out = '';
  let at = 0;
  for (const cut of [...cuts, bytes.length]) {
    out += text.decode(bytes.subarray(at, cut));
    at = cut;
  }
  return out + text.end();
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

function randomCuts(length: number, next: () => number): number[] {
  const cuts: number[] = [];
  for (let at = 0; at < length; ) {
    at += 1 + Math.floor(next() * 7);
    if (at < length) cuts.push(at);
  }
  return cuts;
}

describe('decoding a part slice by slice', () => {
  const text = 'Sở Nội vụ: Kế hoạch CCHC năm 2020 — 𝔸𝔹 ✓ <c r="A1" t="s"><v>12</v></c> ﬁ ';
  const bytes = new TextEncoder().encode(text);

  it('gives the whole text, cut anywhere', () => {
    for (let cut = 0; cut <= bytes.length; cut++) expect(bySlices(bytes, [cut])).toBe(text);
    expect(bySlices(bytes, Array.from({ length: bytes.length }, (_, i) => i))).toBe(text);
    const next = random(7);
    for (let round = 0; round < 50; round++) expect(bySlices(bytes, randomCuts(bytes.length, next))).toBe(text);
  });

  it('reads bytes that are not UTF-8 as TextDecoder does, without failing', () => {
    const next = random(11);
    const whole = new TextDecoder();
    for (let round = 0; round < 300; round++) {
      const junk = Uint8Array.from({ length: 1 + Math.floor(next() * 40) }, () => {
        const r = next();
        // Mostly lead and continuation bytes, where the cutting matters.
        return r < 0.4 ? 0x41 : r < 0.7 ? 0x80 + Math.floor(next() * 64) : 0xc0 + Math.floor(next() * 64);
      });
      const expected = whole.decode(junk);
      expect(bySlices(junk, randomCuts(junk.length, next))).toBe(expected);
    }
  });
});

/*
 * A part may be UTF-16 instead (ECMA-376 Part 2 §8.1.4), starting with its byte order mark (XML 1.0
 * §4.3.3): the same text must come out, cut anywhere, the mark split from its second byte included.
 */
describe('decoding a UTF-16 part', () => {
  const text = '<?xml version="1.0" encoding="UTF-16"?><si><t>Sở Nội vụ — 𝔸𝔹 ✓</t></si>';
  const little = Buffer.from(`\ufeff${text}`, 'utf16le');
  const big = Buffer.from(little).swap16();

  it.each([
    ['little-endian', little],
    ['big-endian', big],
  ])('%s, slice by slice, gives the text without the mark, cut anywhere', (_, bytes) => {
    for (let cut = 0; cut <= bytes.length; cut++) expect(bySlices(bytes, [cut])).toBe(text);
    expect(bySlices(bytes, Array.from({ length: bytes.length }, (_, i) => i))).toBe(text);
    const next = random(5);
    for (let round = 0; round < 50; round++) expect(bySlices(bytes, randomCuts(bytes.length, next))).toBe(text);
  });

  it('whole, gives the text with a declaration that says UTF-8, the encoding it is written back in', () => {
    const declared = text.replace('encoding="UTF-16"', 'encoding="UTF-8"');
    expect(xmlText(little)).toBe(declared);
    expect(xmlText(big)).toBe(declared);
    // UTF-8 as before: a byte order mark dropped, the text as it is.
    expect(xmlText(new TextEncoder().encode(`\ufeff${text}`))).toBe(text);
  });

  it('one or no byte of UTF-8 is still UTF-8', () => {
    expect(bySlices(Uint8Array.of(0x41), [])).toBe('A');
    expect(bySlices(Uint8Array.of(), [])).toBe('');
    expect(bySlices(Uint8Array.of(0xff), [])).toBe(new TextDecoder().decode(Uint8Array.of(0xff)));
  });
});

describe('a declaration made to say UTF-8', () => {
  it('changes only the encoding it names, in either quotes, and leaves text without one alone', () => {
    expect(utf8Declared("<?xml version='1.0' encoding='utf-16' standalone='yes'?><a/>")).toBe("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><a/>");
    expect(utf8Declared('<?xml version="1.0" encoding="UTF-8"?><a encoding="x"/>')).toBe('<?xml version="1.0" encoding="UTF-8"?><a encoding="x"/>');
    expect(utf8Declared('<?xml version="1.0"?><a encoding="UTF-16"/>')).toBe('<?xml version="1.0"?><a encoding="UTF-16"/>');
    expect(utf8Declared('<a/>')).toBe('<a/>');
  });
});
