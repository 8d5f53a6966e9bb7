import fc from 'fast-check';
import { Utf8Writer } from '../../../src/xlsx/package/utf8-writer';

describe('Utf8Writer', () => {
  it('gives each piece as Node encodes it, across its chunks', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', minLength: 20_000, maxLength: 40_000 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const out = new Utf8Writer();
        for (const p of pieces) out.write(p);
        return Buffer.from(out.bytes()).equals(Buffer.concat(pieces.map((p) => Buffer.from(p, 'utf8'))));
      }),
      { numRuns: 200 },
    );
  });

  it('puts a head made last in front of what was written', () => {
    const out = new Utf8Writer();
    const rows = Array.from({ length: 30_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`);
    for (const r of rows) out.write(r);
    const head = '<worksheet><dimension ref="A1:A30000"/><sheetData>';
    expect(Buffer.from(out.bytesAfter(head)).equals(Buffer.from(head + rows.join(''), 'utf8'))).toBe(true);
  });

  it('writes a sheet of several megabytes whole', () => {
    const out = new Utf8Writer();
    const rows: string[] = [];
    for (let i = 0; i < 60_000; i++) rows.push(`<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Kế hoạch ${i}</t></is></c></row>`);
    for (const r of rows) out.write(r);
    expect(Buffer.from(out.bytes()).equals(Buffer.from(rows.join(''), 'utf8'))).toBe(true);
  });
});
