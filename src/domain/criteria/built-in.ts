import { PAR_2017, PAR_2017_NAME_VARIANTS } from './data/par-2017';
import { PAR_2022, PAR_2022_NAME_VARIANTS } from './data/par-2022';
import type { CriteriaSetEntry } from './types';

/**
 * The built-in criteria sets, registered in this order (registry.ts): the first is the default and
 * wins detection ties, so the current national methodology comes first. Adding a set is adding its
 * data under data/ and one entry here.
 */
export const BUILT_IN_SETS: readonly CriteriaSetEntry[] = [
  // Quyết định 876/QĐ-BNV ngày 10/11/2022 (2022–2030): sheets name it by its years or its decision number.
  {
    id: 'par-2022',
    data: PAR_2022,
    nameVariants: PAR_2022_NAME_VARIANTS,
    aliases: ['2022', '876'],
    names: { vi: 'PAR INDEX 2022–2030', en: 'PAR INDEX 2022–2030' },
    areaNames: {
      vi: {
        1: 'Chỉ đạo, điều hành CCHC',
        2: 'Cải cách thể chế',
        3: 'Cải cách thủ tục hành chính',
        4: 'Cải cách tổ chức bộ máy',
        5: 'Cải cách chế độ công vụ',
        6: 'Cải cách tài chính công',
        7: 'Chính quyền điện tử, số',
        8: 'Tác động đến người dân, tổ chức',
      },
      en: {
        1: 'Direction and management',
        2: 'Institutional reform',
        3: 'Administrative procedures',
        4: 'Administrative apparatus',
        5: 'Civil service reform',
        6: 'Public finance',
        7: 'E-government, digital government',
        8: 'Impact on people and business',
      },
    },
    mixedMethodology: {
      vi: 'Bảng lẫn mã và tên của hai bộ tiêu chí, PAR INDEX 2022–2030 và {other}; đang đối chiếu theo bộ PAR INDEX 2022–2030.',
      en: 'The table mixes codes and names of two criteria sets, PAR INDEX 2022–2030 and {other}; checking against PAR INDEX 2022–2030.',
    },
  },
  // The 2017–2020 index: named by the years of its period.
  {
    id: 'par-2017',
    data: PAR_2017,
    nameVariants: PAR_2017_NAME_VARIANTS,
    aliases: ['2017', '2020'],
    names: { vi: 'PAR INDEX 2017–2020', en: 'PAR INDEX 2017–2020' },
    areaNames: {
      vi: {
        1: 'Chỉ đạo, điều hành CCHC',
        2: 'Văn bản quy phạm pháp luật',
        3: 'Cải cách thủ tục hành chính',
        4: 'Cải cách tổ chức bộ máy',
        5: 'Đội ngũ cán bộ, công chức',
        6: 'Cải cách tài chính công',
        7: 'Hiện đại hóa hành chính',
        8: 'Tác động đến người dân, tổ chức',
      },
      en: {
        1: 'Direction and management',
        2: 'Legal documents',
        3: 'Administrative procedures',
        4: 'Administrative apparatus',
        5: 'Civil servants',
        6: 'Public finance',
        7: 'Administrative modernisation',
        8: 'Impact on people and business',
      },
    },
    mixedMethodology: {
      vi: 'Bảng lẫn mã và tên của hai bộ tiêu chí, PAR INDEX 2017–2020 và {other}; đang đối chiếu theo bộ PAR INDEX 2017–2020.',
      en: 'The table mixes codes and names of two criteria sets, PAR INDEX 2017–2020 and {other}; checking against PAR INDEX 2017–2020.',
    },
  },
];
