import { fixed } from '../../../src/domain/fixed';
import type { CriteriaNode, CriteriaSet, CriteriaSetEntry } from '../../../src/domain/criteria/types';

/**
 * A toy third built-in set: its data and its one registry entry, exactly what adding a real set
 * takes. Its areas 9 and 10 exist in neither national set, so its codes alone identify it.
 */
function node(code: string, name: string, max: number): CriteriaNode {
  const cut = code.lastIndexOf('.');
  return {
    code,
    parent: cut < 0 ? null : code.slice(0, cut),
    level: cut < 0 ? 'area' : 'criterion',
    name,
    max: fixed(max),
    kind: 'self-assessment',
    aliases: [],
    sources: ['toy-set.ts:1'],
  };
}

export const TOY_DATA: CriteriaSet = {
  id: 'toy',
  title: 'Bộ tiêu chí thử nghiệm',
  basis: 'Không có (chỉ dùng để kiểm thử)',
  total: fixed(10),
  partial: false,
  nodes: [
    node('9', 'Chuyển đổi số cấp xã', 6),
    node('9.1', 'Cổng dịch vụ công cấp xã', 3),
    node('9.2', 'Chữ ký số của cán bộ cấp xã', 3),
    node('10', 'Sắp xếp đơn vị hành chính', 4),
    node('10.1', 'Hoàn thành sắp xếp đơn vị hành chính cấp xã', 4),
  ],
};

export const TOY_ENTRY: CriteriaSetEntry = {
  id: 'toy',
  data: TOY_DATA,
  nameVariants: {},
  aliases: ['thu nghiem', 'toy'],
  names: { vi: 'Bộ thử nghiệm', en: 'Toy set' },
  areaNames: {
    vi: { 9: 'Chuyển đổi số', 10: 'Sắp xếp đơn vị' },
    en: { 9: 'Digital transformation', 10: 'Unit mergers' },
  },
  mixedMethodology: {
    vi: 'Bảng lẫn mã và tên của hai bộ tiêu chí, bộ thử nghiệm và {other}; đang đối chiếu theo bộ thử nghiệm.',
    en: 'The table mixes codes and names of two criteria sets, the toy set and {other}; checking against the toy set.',
  },
};

/** A score table written in the toy set's codes, as a province would lay it out. */
export const TOY_TABLE_ROWS: (string | number | null)[][] = [
  ['STT', 'Lĩnh vực/Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá'],
  ['9', 'Chuyển đổi số cấp xã', 6, 5],
  ['9.1', 'Cổng dịch vụ công cấp xã', 3, 2.5],
  ['9.2', 'Chữ ký số của cán bộ cấp xã', 3, 2.5],
  ['10', 'Sắp xếp đơn vị hành chính', 4, 4],
  ['10.1', 'Hoàn thành sắp xếp đơn vị hành chính cấp xã', 4, 4],
];
