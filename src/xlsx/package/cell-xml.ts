import type { PlanCell } from '../../domain/api/plan';
import { storedFormula } from '../future-functions';
import { hyperlinkFormula } from '../link-formula';
import type { SharedStringIndex } from './shared-string-index';
import { escapeCellText, escapeText } from './xml';

/** A number as xsd:double text; NaN and infinities have no cell form and are left out. */
function numberText(n: number): string | null {
  return Number.isFinite(n) ? String(n) : null;
}

/** Words separated by single spaces: text no reader's whitespace handling can change. */
const PLAIN_SPACING = /^[^\s]+(?: [^\s]+)*$/;

export function plainSpacing(text: string): boolean {
  return PLAIN_SPACING.test(text);
}

/**
 * Text kept as typed: leading and trailing spaces, line breaks and runs of spaces survive only with
 * xml:space="preserve" (Part 1 §22.4.4, §18.4.12). Left out where nothing needs it, since the tool's
 * sheets hold hundreds of thousands of texts.
 */
function inlineString(text: string, p: string): string {
  const space = PLAIN_SPACING.test(text) ? '' : ' xml:space="preserve"';
  return `<${p}is><${p}t${space}>${escapeCellText(text)}</${p}t></${p}is>`;
}

/*
 * The functions below make a cell's element after its reference: `"`, its attributes, its content
 * and its end tag. That part depends only on what the cell holds, so a cell repeated down a sheet
 * is made once (see cellXml's callers).
 */

/** A formula with its cached result: the type attribute follows the result (Part 1 §18.3.1.4). */
function formulaTail(style: string, formula: string, cached: PlanCell['cached'], p: string): string {
  const f = `<${p}f>${escapeText(storedFormula(formula.charCodeAt(0) === 0x3d ? formula.slice(1) : formula))}</${p}f>`;
  if (cached === null || cached === undefined) return `"${style}>${f}</${p}c>`;
  if (typeof cached === 'number') {
    const text = numberText(cached);
    return `"${style}>${f}${text === null ? '' : `<${p}v>${text}</${p}v>`}</${p}c>`;
  }
  if (typeof cached === 'boolean') return `"${style} t="b">${f}<${p}v>${cached ? 1 : 0}</${p}v></${p}c>`;
  return `"${style} t="str">${f}<${p}v>${escapeCellText(cached)}</${p}v></${p}c>`;
}

function literalTail(style: string, value: PlanCell['value'], p: string, shared: SharedStringIndex): string {
  // Empty text is written as the add-in writes it: no value, only the format.
  if (value === null || value === undefined || value === '') return `"${style}/>`;
  if (typeof value === 'number') {
    const text = numberText(value);
    return text === null ? `"${style}/>` : `"${style}><${p}v>${text}</${p}v></${p}c>`;
  }
  if (typeof value === 'boolean') return `"${style} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  // Text is never parsed, shared or inline: "=1+1" stays text.
  const index = shared.get(value);
  if (index !== undefined) return `"${style} t="s"><${p}v>${index}</${p}v></${p}c>`;
  return `"${style} t="inlineStr">${inlineString(value, p)}</${p}c>`;
}

const NO_SHARED: SharedStringIndex = new Map();

/** A plan cell's element after `<c r="REF`: see cellXml. */
export function cellTail(cell: PlanCell, styleIndex: number, shared: SharedStringIndex = NO_SHARED, p = ''): string {
  const style = styleIndex > 0 ? ` s="${styleIndex}"` : '';
  if (cell.formula !== undefined) return formulaTail(style, cell.formula, cell.cached, p);
  if (cell.link) {
    const text = cell.value === null || cell.value === undefined ? '' : String(cell.value);
    const formula = hyperlinkFormula(cell.link, text);
    return formula !== null ? formulaTail(style, formula, text, p) : literalTail(style, text, p, shared);
  }
  return literalTail(style, cell.value, p, shared);
}

/**
 * The `<c>` element for a plan cell at a reference ("B7"), with a cell format index. Text found in
 * `shared` (the workbook's own shared strings) refers to it; other text is written inline. `p` is
 * the namespace prefix of the sheet's elements ("x:"), if it has one.
 */
export function cellXml(ref: string, cell: PlanCell, styleIndex: number, shared: SharedStringIndex = NO_SHARED, p = ''): string {
  return `<${p}c r="${ref}${cellTail(cell, styleIndex, shared, p)}`;
}
