import { TRANSITIONAL } from './conformance';
import type { CellStyle } from '../../domain/api/plan';
import { attr, escapeAttr, findElement, findElements, insertChild, rootPrefix, setAttr } from './xml';

/** CT_Stylesheet's child order (ECMA-376 Part 1 §18.8.39). */
const STYLESHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** Number formats every reader knows by id (Part 1 §18.8.30): no numFmt element is needed for them. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '@': 49,
};

/** The first id a workbook may give its own number formats. */
const FIRST_CUSTOM_FORMAT = 164;

/** Excel's colour for a hyperlink's text (the Office theme's "Hyperlink"). */
const LINK_COLOR = '0563C1';

interface CellLook {
  readonly style?: CellStyle;
  readonly numberFormat?: string;
  readonly link?: boolean;
}

const NO_STYLE: CellStyle = {};

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

/**
 * The workbook's styles part, with the tool's looks appended: existing fonts, fills, formats and
 * cell formats keep their indexes (cells everywhere refer to them by index), and a look the part
 * already holds, such as one an earlier run added, is reused rather than added again.
 */
export class StyleBook {
  private xml: string;
  private readonly p: string;
  private readonly cache = new Map<string, number>();
  /**
   * The same looks by the style object a plan cell carries (the plan shares a few constants among
   * hundreds of thousands of cells), then by link and number format: no key is built per cell.
   */
  private readonly byStyle = new WeakMap<CellStyle, [Map<string, number>, Map<string, number>]>();

  /** `main`: the namespace of a styles part made for a package that has none (conformance.ts). */
  constructor(xml: string | undefined, main: string = TRANSITIONAL.main) {
    this.xml = xml ?? minimalStyles(main);
    this.p = rootPrefix(this.xml);
  }

  toXml(): string {
    return this.xml;
  }

  /** The cellXfs index for a look (0, the default, for a plain cell). */
  cellFormat(look: CellLook): number {
    return this.cellFormatOf(look.style, look.numberFormat, look.link === true);
  }

  /** cellFormat without making a look object: called once for every cell the tool writes. */
  cellFormatOf(style: CellStyle | undefined, numberFormat: string | undefined, link: boolean): number {
    let known = this.byStyle.get(style ?? NO_STYLE);
    if (!known) this.byStyle.set(style ?? NO_STYLE, (known = [new Map(), new Map()]));
    const byFormat = known[link ? 1 : 0];
    let index = byFormat.get(numberFormat ?? '');
    if (index === undefined) {
      index = this.lookIndex({ ...(style ? { style } : {}), ...(numberFormat !== undefined ? { numberFormat } : {}), link });
      byFormat.set(numberFormat ?? '', index);
    }
    return index;
  }

  private lookIndex(look: CellLook): number {
    const st = look.style;
    const key = st
      ? `${look.numberFormat ?? ''}|${look.link ? 1 : 0}|${st.bold ? 1 : 0}${st.italic ? 1 : 0}${st.wrap ? 1 : 0}|${st.fill ?? ''}|${st.fontColor ?? ''}|${st.horizontal ?? ''}`
      : `${look.numberFormat ?? ''}|${look.link ? 1 : 0}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const style = look.style ?? {};
    const fontId = this.fontFor(style, look.link === true);
    const fillId = style.fill ? this.append('fills', 'fill', fillXml(this.p, style.fill, 'fgColor')) : 0;
    const numFmtId = look.numberFormat ? this.numberFormat(look.numberFormat) : 0;
    const alignment = alignmentXml(this.p, style);
    const attrs = [
      `numFmtId="${numFmtId}"`, `fontId="${fontId}"`, `fillId="${fillId}"`, 'borderId="0"', 'xfId="0"',
      numFmtId ? 'applyNumberFormat="1"' : '', fontId ? 'applyFont="1"' : '', fillId ? 'applyFill="1"' : '', alignment ? 'applyAlignment="1"' : '',
    ].filter((a) => a !== '');
    const xf = alignment ? `<${this.p}xf ${attrs.join(' ')}>${alignment}</${this.p}xf>` : `<${this.p}xf ${attrs.join(' ')}/>`;
    const index = numFmtId === 0 && fontId === 0 && fillId === 0 && !alignment ? 0 : this.append('cellXfs', 'xf', xf);
    this.cache.set(key, index);
    return index;
  }

  /** A differential format for a conditional format (dxfs, Part 1 §18.8.17). */
  differentialFormat(style: CellStyle): number {
    const parts: string[] = [];
    const font = fontProperties(this.p, style, false);
    if (font) parts.push(`<${this.p}font>${font}</${this.p}font>`);
    // A conditional fill paints with the pattern's background colour (Part 1 §18.8.17).
    if (style.fill) parts.push(fillXml(this.p, style.fill, 'bgColor'));
    const alignment = alignmentXml(this.p, style);
    if (alignment) parts.push(alignment);
    return this.append('dxfs', 'dxf', `<${this.p}dxf>${parts.join('')}</${this.p}dxf>`);
  }

  /**
   * The colours of the differential format at `index` as #RRGGBB, for the ownership rule to tell the
   * tool's conditional formats from a user's (a colour given by theme or index reads as null);
   * undefined when the part has no such format.
   */
  differentialLook(index: number): { fill: string | null; fontColor: string | null } | undefined {
    const dxfs = findElement(this.xml, `${this.p}dxfs`);
    const dxf = dxfs ? findElements(this.xml, `${this.p}dxf`, dxfs.innerStart, dxfs.innerEnd, index + 1)[index] : undefined;
    if (!dxf) return undefined;
    const rgbOf = (parent: string, names: readonly string[]): string | null => {
      const span = findElement(this.xml, `${this.p}${parent}`, dxf.innerStart, dxf.innerEnd);
      if (!span) return null;
      for (const name of names) {
        const color = findElement(this.xml, `${this.p}${name}`, span.innerStart, span.innerEnd);
        const rgb = color ? attr(color.startTag, 'rgb') : undefined;
        if (color) return rgb && /^[0-9A-Fa-f]{6,8}$/.test(rgb) ? `#${rgb.slice(-6).toUpperCase()}` : null;
      }
      return null;
    };
    // A differential fill paints with the pattern's background colour (Part 1 §18.8.17); a writer
    // that put the colour in the foreground is read the same way, as Excel shows it.
    return { fill: rgbOf('fill', ['bgColor', 'fgColor']), fontColor: rgbOf('font', ['color']) };
  }

  private fontFor(style: CellStyle, link: boolean): number {
    const properties = fontProperties(this.p, style, link);
    if (!properties) return 0;
    // The tool's fonts keep the workbook's default face and size: only weight, slant and colour change.
    const base = this.defaultFontBasics();
    return this.append('fonts', 'font', `<${this.p}font>${properties}${base}</${this.p}font>`);
  }

  private defaultFontBasics(): string {
    const fonts = findElement(this.xml, `${this.p}fonts`);
    const first = fonts ? findElement(this.xml, `${this.p}font`, fonts.innerStart, fonts.innerEnd) : undefined;
    if (!first) return '';
    const inner = this.xml.slice(first.innerStart, first.innerEnd);
    return ['sz', 'name', 'family', 'charset', 'scheme']
      .map((n) => new RegExp(`<${this.p}${n}(?=[\\s/>])[^>]*/>`).exec(inner)?.[0] ?? '')
      .join('');
  }

  private numberFormat(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const list = findElement(this.xml, `${this.p}numFmts`);
    const existing = list ? findElements(this.xml, `${this.p}numFmt`, list.innerStart, list.innerEnd) : [];
    const same = existing.find((e) => attr(e.startTag, 'formatCode') === code);
    if (same) return Number(attr(same.startTag, 'numFmtId'));
    const id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...existing.map((e) => Number(attr(e.startTag, 'numFmtId') ?? 0))) + 1;
    this.appendChild('numFmts', `<${this.p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`, 'numFmt');
    return id;
  }

  /** Appends an element to a list (reusing an identical one) and returns its index. */
  private append(list: string, item: string, element: string): number {
    const container = findElement(this.xml, `${this.p}${list}`);
    const items = container && !container.startTag.endsWith('/>') ? findElements(this.xml, `${this.p}${item}`, container.innerStart, container.innerEnd) : [];
    const same = items.findIndex((e) => this.xml.slice(e.start, e.end) === element);
    if (same >= 0) return same;
    this.appendChild(list, element, item);
    return items.length;
  }

  private appendChild(list: string, element: string, item: string): void {
    const container = findElement(this.xml, `${this.p}${list}`);
    if (!container) {
      const root = findElement(this.xml, `${this.p}styleSheet`)!;
      this.xml = insertChild(this.xml, root, `<${this.p}${list} count="1">${element}</${this.p}${list}>`, list, STYLESHEET_ORDER);
      return;
    }
    const count = findElements(this.xml, `${this.p}${item}`, container.innerStart, container.innerEnd).length + 1;
    const tag = setAttr(container.startTag.replace(/\s*\/>$/, '>'), 'count', String(count));
    const inner = container.startTag.endsWith('/>') ? '' : this.xml.slice(container.innerStart, container.innerEnd);
    this.xml = `${this.xml.slice(0, container.start)}${tag}${inner}${element}</${this.p}${list}>${this.xml.slice(container.end)}`;
  }
}

function fontProperties(p: string, style: CellStyle, link: boolean): string {
  const parts: string[] = [];
  if (style.bold) parts.push(`<${p}b/>`);
  if (style.italic) parts.push(`<${p}i/>`);
  if (link && !style.fontColor) parts.push(`<${p}u/>`);
  const color = style.fontColor ?? (link ? LINK_COLOR : undefined);
  if (color) parts.push(`<${p}color rgb="${argb(color)}"/>`);
  return parts.join('');
}

function fillXml(p: string, hex: string, which: 'fgColor' | 'bgColor'): string {
  return `<${p}fill><${p}patternFill patternType="solid"><${p}${which} rgb="${argb(hex)}"/></${p}patternFill></${p}fill>`;
}

function alignmentXml(p: string, style: CellStyle): string {
  const attrs: string[] = [];
  if (style.horizontal) attrs.push(`horizontal="${style.horizontal}"`);
  if (style.wrap) attrs.push('vertical="top"', 'wrapText="1"');
  return attrs.length > 0 ? `<${p}alignment ${attrs.join(' ')}/>` : '';
}

/**
 * What a package without a styles part gets: one default font, the two fills Excel requires, one
 * border. The font is the Normal style of Excel's default workbook (the theme's minor font in its
 * text colour, ECMA-376 Part 1 §18.8 Styles), which is how the cells looked without a styles
 * part; a plain Calibri would change the look of every cell the user had.
 */
const minimalStyles = (main: string): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<styleSheet xmlns="${main}">` +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
