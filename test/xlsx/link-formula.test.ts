import fc from 'fast-check';
import { sheetRef } from '../../src/domain/api/cells';
import { MAX_FORMULA_LENGTH } from '../../src/domain/api/plan';
import { excelString, hyperlinkFormula } from '../../src/xlsx/link-formula';

/** The formula's definition: the target and the text each one constant (or pieces of one). */
function byDefinition(link: { sheet: string; cell: string }, text: string): string | null {
  const formula = `HYPERLINK(${excelString(`#${sheetRef(link.sheet, link.cell)}`)},${excelString(text)})`;
  return formula.length < MAX_FORMULA_LENGTH ? formula : null;
}

describe('a link formula', () => {
  it('is its definition, the target sheet quoted once for its links, in any order of sheets', () => {
    const sheet = fc.oneof(fc.constantFrom('Phụ lục II', "O'Brien", 'Sheet "1"', 'x'.repeat(31)), fc.string({ maxLength: 31 }), fc.string({ minLength: 120, maxLength: 300 }));
    const cell = fc.oneof(fc.constantFrom('A1', 'B44', 'XFD1048576'), fc.string({ maxLength: 12 }), fc.string({ minLength: 100, maxLength: 260 }));
    const text = fc.oneof(fc.constantFrom('8.2', '', 'a "b"'), fc.string({ maxLength: 40 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(sheet, cell, text), { minLength: 1, maxLength: 6 }), (links) =>
        links.every(([s, c, t]) => hyperlinkFormula({ sheet: s, cell: c }, t) === byDefinition({ sheet: s, cell: c }, t)),
      ),
      { numRuns: 2000 },
    );
  });
});
