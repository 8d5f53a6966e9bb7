import { fixedToString, toPoints } from '../../fixed';
import { methodologyOf } from '../sets';
import type { CriteriaSet } from '../types';
import { CRITERIA_SHEET } from './sheet';
import { KIND_LABELS, splitText } from './values';

export type ExportValue = string | number | null;

/** A criteria set laid out as the sheet readCriteriaSheet reads back: the adapters only write it. */
export interface CriteriaSheetLayout {
  readonly name: string;
  /** From A1; rows may be shorter than the header. */
  readonly rows: readonly (readonly ExportValue[])[];
  /** 0-based index of the header row in rows. */
  readonly headerRow: number;
  /** Columns holding codes: formatted as text so Excel never turns 1.10 into 1.1. */
  readonly textColumns: readonly number[];
  readonly widths: readonly number[];
}

export const EXPORT_HEADERS = ['Mã', 'Tên tiêu chí', 'Điểm tối đa', 'Nguồn điểm', 'Mã cha', 'Mã khác', 'Cơ cấu điểm'] as const;

/**
 * Headers in Vietnamese (the officers' language, and what the import matches first), one row per
 * node in tree order, kinds as words. An unknown maximum is left empty, which reads back as unknown.
 */
export function criteriaSheetLayout(set: CriteriaSet): CriteriaSheetLayout {
  const methodology = methodologyOf(set);
  const meta: ExportValue[][] = [
    ['Tên bộ tiêu chí', set.title],
    ['Căn cứ', set.basis],
    ['Tổng điểm', toPoints(set.total)],
    ['Chưa đầy đủ', set.partial ? 'Có' : 'Không'],
    ...(methodology ? [['Theo phương pháp', methodology]] : []),
    [
      'Ghi chú',
      'Sửa tên, điểm tối đa, nguồn điểm; thêm hoặc xóa dòng. Để trống ô điểm tối đa khi văn bản hướng dẫn chưa quy định. Mã cha phải là phần đầu của mã.',
    ],
    [],
  ];
  const nodes = set.nodes.map((n): ExportValue[] => [
    n.code,
    n.name,
    n.max === null ? null : toPoints(n.max),
    KIND_LABELS[n.kind],
    n.parent ?? '',
    n.aliases.join('; '),
    n.split ? splitText(n.split, fixedToString) : '',
  ]);
  return {
    name: CRITERIA_SHEET,
    rows: [...meta, [...EXPORT_HEADERS], ...nodes],
    headerRow: meta.length,
    textColumns: [0, 4, 5],
    widths: [10, 70, 12, 20, 10, 14, 36],
  };
}
