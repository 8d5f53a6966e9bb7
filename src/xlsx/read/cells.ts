import { EMPTY_CELL, type GridCell } from '../../domain/api/cells';
import { formatDate, formatNumber, isDateFormat } from '../display';
import type { NumberFormats } from './styles';

/** Days from 1900-01-00 (Excel's day 0, counting its phantom 1900-02-29) to 1904-01-01. */
const DAYS_1900_TO_1904 = 1462;
const UNIX_EPOCH_SERIAL = 25569;
/** Cached number cells: enough for every distinct point value of a table, bounded for a sheet of random numbers. */
const NUMBER_CACHE_LIMIT = 100_000;

export function stringCell(text: string): GridCell {
  if (text === '') return EMPTY_CELL;
  return { value: text, text, kind: 'string' };
}

/**
 * Builds the grid's cells from a sheet's raw values, as Excel displays them. Equal cells are one
 * object (the same shared string, the same number in the same style): a 200,000-row table repeats
 * its agency names and point values on most rows.
 */
export class CellFactory {
  private readonly shared: (GridCell | undefined)[] = [];
  /** By style, then by the <v> text: no key string is made per cell. */
  private readonly numbers: (Map<string, GridCell> | undefined)[] = [];
  private numberCount = 0;
  private readonly dateStyle: boolean[];

  constructor(
    private readonly strings: readonly string[],
    private readonly formats: NumberFormats,
    private readonly date1904: boolean,
  ) {
    this.dateStyle = formats.map((f) => f !== undefined && isDateFormat(f.split(';')[0]!));
  }

  sharedString(index: number): GridCell {
    const cached = this.shared[index];
    if (cached) return cached;
    const text = this.strings[index];
    if (text === undefined) return EMPTY_CELL;
    const cell = stringCell(text);
    this.shared[index] = cell;
    return cell;
  }

  /** A number as stored (`raw` is the <v> text) in cell style `style`. */
  number(raw: string, style: number): GridCell {
    let byText = this.numbers[style];
    if (byText === undefined) byText = this.numbers[style] = new Map<string, GridCell>();
    const cached = byText.get(raw);
    if (cached) return cached;
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) return stringCell(raw);
    const fmt = this.formats[style];
    // Display assumes the 1900 date system; a 1904 workbook's serials count from four years later.
    const shown = this.date1904 && this.dateStyle[style] ? value + DAYS_1900_TO_1904 : value;
    const cell: GridCell = { value, text: formatNumber(shown, fmt), kind: 'number' };
    if (this.numberCount < NUMBER_CACHE_LIMIT) {
      byText.set(raw, cell);
      this.numberCount++;
    }
    return cell;
  }

  /** A cell of type d: an ISO 8601 date, kept as the serial Excel would store. */
  isoDate(raw: string, style: number): GridCell {
    const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(raw) || !raw.includes('T') ? raw : `${raw}Z`);
    if (Number.isNaN(ms)) return stringCell(raw);
    const days = ms / 86_400_000 + UNIX_EPOCH_SERIAL;
    // Excel's 1900 system counts a 29 February 1900 that never was (serial 60): the days before it
    // are one less than the calendar counts (ECMA-376 Part 1, 18.17.4.1).
    const serial1900 = days < 61 ? days - 1 : days;
    const value = this.date1904 ? serial1900 - DAYS_1900_TO_1904 : serial1900;
    const fmt = this.formats[style];
    const text = fmt !== undefined && this.dateStyle[style] ? formatDate(new Date(ms), fmt) : formatDate(new Date(ms), undefined);
    return { value, text, kind: 'number' };
  }

  boolean(raw: string): GridCell {
    const value = raw.trim() === '1' || raw.trim().toLowerCase() === 'true';
    return { value, text: value ? 'TRUE' : 'FALSE', kind: 'boolean' };
  }

  error(raw: string): GridCell {
    return raw === '' ? EMPTY_CELL : { value: raw, text: raw, kind: 'error' };
  }
}
