import fc from 'fast-check';
import { Utf8Writer } from '../../../src/xlsx/package/utf8-writer';

/** Pieces of text with what the hand encoder must get right: every UTF-8 length, pairs, lone surrogates. */
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((codes) => String.fromCharCode(...codes)),
  // Long enough to go to Node's encoder.
  fc.string({ unit: 'binary', minLength: 250, maxLength: 600 }),
);

describe('Utf8Writer', () => {
  // Each piece on its own: a surrogate left alone at a piece's end is not paired with the next piece.
  it('writes every piece as Node encodes it, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const out = new Utf8Writer();
        for (const p of pieces) out.write(p);
        expect(Buffer.from(out.bytes()).equals(Buffer.concat(pieces.map((p) => Buffer.from(p, 'utf8'))))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('spans chunks: a sheet of several megabytes comes out whole', () => {
    const out = new Utf8Writer();
    const pieces: string[] = [];
    for (let i = 0; i < 200_000; i++) pieces.push(i % 7 === 0 ? `<c r="A${i}">Kế hoạch ${i}</c>` : `<v>${i}</v>`);
    for (const p of pieces) out.write(p);
    out.write('x'.repeat(3 * 1024 * 1024));
    expect(Buffer.from(out.bytes()).equals(Buffer.from(pieces.join('') + 'x'.repeat(3 * 1024 * 1024), 'utf8'))).toBe(true);
  });
});
