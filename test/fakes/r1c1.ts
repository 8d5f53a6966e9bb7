import { columnLetter } from '../../src/domain/address';
import { FakeOfficeError } from './errors';

/*
 * What Excel does with Range.formulasR1C1: each cell's R1C1 formula is read relative to that cell
 * and stored as the A1 formula it stands for. Written independently of the adapter's A1 -> R1C1
 * conversion (src/excel/r1c1.ts), so a mistake there shows up as a wrong formula here.
 */

const TOKEN = /R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?/y;

function coordinate(spec: string | undefined, origin: number): { index: number; absolute: boolean } {
  if (spec === undefined) return { index: origin, absolute: false };
  if (spec.startsWith('[')) return { index: origin + Number(spec.slice(1, -1)), absolute: false };
  return { index: Number(spec) - 1, absolute: true };
}

/** Converts an R1C1 formula written at (row, col) into A1; anything else is returned unchanged. */
export function r1c1ToA1(input: string, row: number, col: number): string {
  if (!input.startsWith('=')) return input;
  let out = '';
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (ch === '"' || ch === "'") {
      const end = input.indexOf(ch, i + 1);
      const stop = end < 0 ? input.length : end;
      // Doubled quotes inside are two adjacent literals, copied the same way.
      out += input.slice(i, stop + 1);
      i = stop + 1;
      continue;
    }
    const before = input[i - 1];
    TOKEN.lastIndex = i;
    const m = before !== undefined && /[A-Za-z0-9_.]/.test(before) ? null : TOKEN.exec(input);
    const after = m ? input[i + m[0].length] : undefined;
    if (m && !(after !== undefined && /[A-Za-z0-9_.(]/.test(after))) {
      const r = coordinate(m[1], row);
      const c = coordinate(m[2], col);
      if (r.index < 0 || c.index < 0) throw new FakeOfficeError('InvalidArgument', `The formula ${input} refers outside the sheet.`);
      out += `${c.absolute ? '$' : ''}${columnLetter(c.index)}${r.absolute ? '$' : ''}${r.index + 1}`;
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
