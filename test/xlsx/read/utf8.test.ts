import { Utf8Slices } from '../../../src/xlsx/read/utf8';

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
