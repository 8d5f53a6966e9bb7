import { a1 } from '../../domain/api/cells';
import type { PlanCell } from '../../domain/api/plan';
import { storedFormula } from '../future-functions';
import { hyperlinkFormula } from '../link-formula';
import { escapeCellText, escapeText } from './xml';

/** A number as xsd:double text; NaN and infinities have no cell form and are left out. */
function numberText(n: number): string | null {
  return Number.isFinite(n) ? String(n) : null;
}

/** Words separated by single spaces: text no reader's whitespace handling can change. */
const PLAIN_SPACING = /^[^\s]+(?: [^\s]+)*$/;

/**
 * Text kept as typed: leading and trailing spaces, line breaks and runs of spaces survive only with
 * xml:space="preserve" (Part 1 §22.4.4, §18.4.12). Left out where nothing needs it, since the tool's
 * sheets hold hundreds of thousands of texts.
 */
function inlineString(text: string, p: string): string {
  const space = PLAIN_SPACING.test(text) ? '' : ' xml:space="preserve"';
  return `<${p}is><${p}t${space}>${escapeCellText(text)}</${p}t></${p}is>`;
}

/** A formula with its cached result: the type attribute follows the result (Part 1 §18.3.1.4). */
function formulaCell(ref: string, style: string, formula: string, cached: PlanCell['cached'], p: string): string {
  const f = `<${p}f>${escapeText(storedFormula(formula.replace(/^=/, '')))}</${p}f>`;
  if (cached === null || cached === undefined) return `<${p}c r="${ref}"${style}>${f}</${p}c>`;
  if (typeof cached === 'number') {
    const text = numberText(cached);
    return `<${p}c r="${ref}"${style}>${f}${text === null ? '' : `<${p}v>${text}</${p}v>`}</${p}c>`;
  }
  if (typeof cached === 'boolean') return `<${p}c r="${ref}"${style} t="b">${f}<${p}v>${cached ? 1 : 0}</${p}v></${p}c>`;
  return `<${p}c r="${ref}"${style} t="str">${f}<${p}v>${escapeCellText(cached)}</${p}v></${p}c>`;
}

function literalCell(ref: string, style: string, value: PlanCell['value'], p: string): string {
  if (value === null || value === undefined) return `<${p}c r="${ref}"${style}/>`;
  if (typeof value === 'number') {
    const text = numberText(value);
    return text === null ? `<${p}c r="${ref}"${style}/>` : `<${p}c r="${ref}"${style}><${p}v>${text}</${p}v></${p}c>`;
  }
  if (typeof value === 'boolean') return `<${p}c r="${ref}"${style} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  // An inline string is never parsed: text such as "=1+1" stays text, and the shared strings part is left alone.
  return `<${p}c r="${ref}"${style} t="inlineStr">${inlineString(value, p)}</${p}c>`;
}

/** The `<c>` element for a plan cell at a 0-based position, with a cell format index. */
export function cellXml(row: number, col: number, cell: PlanCell, styleIndex: number, p = ''): string {
  const ref = a1(row, col);
  const style = styleIndex > 0 ? ` s="${styleIndex}"` : '';
  if (cell.formula !== undefined) return formulaCell(ref, style, cell.formula, cell.cached, p);
  if (cell.link) {
    const text = cell.value === null || cell.value === undefined ? '' : String(cell.value);
    const formula = hyperlinkFormula(cell.link, text);
    return formula !== null ? formulaCell(ref, style, formula, text, p) : literalCell(ref, style, text, p);
  }
  return literalCell(ref, style, cell.value, p);
}
