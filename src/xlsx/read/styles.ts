import { attributesOf, XmlScanner } from './xml';

/**
 * The built-in number formats a cell style may name by id alone (ECMA-376 Part 1, 18.8.30 numFmt).
 * Ids 14 to 22 are shown in the user's locale; these are the forms the standard lists.
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Per cell style index (a cell's s attribute), its number format code; undefined is General. */
export type NumberFormats = readonly (string | undefined)[];

/** Reads numFmts and cellXfs from styles.xml text; the other style records do not change what a cell shows as text here. */
export function numberFormatsOf(text: string, part: string): NumberFormats {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  const scanner = new XmlScanner(
    {
      open: (name, raw) => {
        if (name === 'numFmt') {
          const a = attributesOf(raw);
          if (a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
        } else if (name === 'cellXfs') {
          inCellXfs = true;
        } else if (name === 'xf' && inCellXfs) {
          ids.push(Number(attributesOf(raw).numFmtId ?? 0));
        }
      },
      close: (name) => {
        if (name === 'cellXfs') inCellXfs = false;
      },
      text: () => undefined,
    },
    part,
  );
  scanner.feed(text);
  scanner.end();
  // Resolved at the end: the schema puts numFmts first, but a lenient writer may not.
  return ids.map((id) => custom.get(id) ?? BUILT_IN[id]);
}
