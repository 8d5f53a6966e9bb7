import { indexFromNodes, type NodeSpec } from './builders';

/**
 * A small tree exercising every rule: two areas of 5 points, a criterion with sub-criteria (2.2),
 * 2.1 next to 2.10 (the trailing-zero trap), and 3.1 printed for 3.2 in another numbering.
 */
export const SMALL_NODES: readonly NodeSpec[] = [
  { code: '1', name: 'Công tác chỉ đạo điều hành', max: 5, kind: 'mixed' },
  { code: '1.1', name: 'Kế hoạch cải cách hành chính năm', max: 2 },
  { code: '1.2', name: 'Chế độ báo cáo định kỳ', max: 1 },
  { code: '1.3', name: 'Kiểm tra cải cách hành chính', max: 2 },
  { code: '2', name: 'Xây dựng và thi hành văn bản quy phạm pháp luật', max: 5, kind: 'mixed' },
  { code: '2.1', name: 'Theo dõi thi hành pháp luật tại địa phương', max: 1 },
  { code: '2.2', name: 'Tác động của cải cách đến chất lượng văn bản', max: 3, kind: 'leader-survey' },
  { code: '2.2.1', name: 'Tính đồng bộ thống nhất của hệ thống văn bản', max: 1.5, kind: 'leader-survey' },
  { code: '2.2.2', name: 'Tính khả thi của hệ thống văn bản', max: 1.5, kind: 'leader-survey' },
  { code: '2.10', name: 'Xử lý văn bản sai phạm phát hiện qua kiểm tra', max: 1 },
  { code: '3', name: 'Cải cách thủ tục hành chính', max: 4, kind: 'mixed' },
  { code: '3.1', name: 'Công bố công khai thủ tục hành chính', max: 2 },
  { code: '3.2', name: 'Thực hiện cơ chế một cửa liên thông', max: 2, aliases: ['3.1'] },
];

export function smallIndex(options: { partial?: boolean } = {}) {
  return indexFromNodes(SMALL_NODES, options);
}
