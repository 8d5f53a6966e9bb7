/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { fixed } from '../../src/domain/fixed';
import type { AreaTotal } from '../../src/domain/score/types';
import { AreaBars } from '../../src/taskpane/components/AreaBars';
import { I18nProvider } from '../../src/taskpane/i18n-context';

function area(code: string, name: string, max: number, score: number): AreaTotal {
  const triple = { max: fixed(max), score: fixed(score), target: null };
  return { code, name, row: null, ...triple, recomputed: triple, lost: fixed(max - score) };
}

describe('AreaBars', () => {
  it('names a set’s areas briefly, keeps an unknown area’s own name and marks a nameless one', () => {
    render(
      <I18nProvider lang="vi">
        <AreaBars
          criteria="par-2017"
          areas={[area('1', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', 8.5, 6.5), area('9', '', 1, 0.75), area('10', 'Khác', 2, 2)]}
        />
      </I18nProvider>,
    );
    const bars = within(screen.getByTestId('area-bars')).getAllByRole('listitem');
    expect(bars.map((b) => b.textContent)).toEqual([
      expect.stringContaining('Lĩnh vực 1, Chỉ đạo, điều hành CCHC: 6,5 trên 8,5 điểm (76%)'),
      expect.stringContaining('Lĩnh vực 9, (bảng không ghi tên): 0,75 trên 1 điểm (75%). Lĩnh vực đạt tỷ lệ thấp nhất'),
      expect.stringContaining('Lĩnh vực 10, Khác: 2 trên 2 điểm (100%)'),
    ]);
    expect(within(bars[0]!).getByTitle('CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC')).toBeTruthy();
  });
});
