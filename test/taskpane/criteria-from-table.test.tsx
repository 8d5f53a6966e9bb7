/** @jest-environment jsdom */
import './node-text-encoding';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PaneApp } from '../../src/taskpane/PaneApp';
import { createOfficeWorkbookService } from '../../src/taskpane/office-service';
import { memorySettings } from '../../src/taskpane/settings-store';
import { createFakeWorkbook, installFakeOffice, type FakeOfficeHandle } from '../fakes';
import { AREA_ONE_CRITERIA, AREA_ONE_SHEET, areaOneRows, withMax } from '../support/area-one-2022';

const ACTION = 'Lập bộ tiêu chí từ điểm tối đa của bảng';

function pane(cells: (string | number | null)[][]) {
  const fake = createFakeWorkbook({ name: 'Diem CCHC.xlsx', sheets: [{ name: AREA_ONE_SHEET, cells }] });
  const handle = installFakeOffice(globalThis, fake);
  const service = createOfficeWorkbookService({ run: (batch) => fake.run(batch), lang: () => 'vi' });
  render(<PaneApp service={service} settingsStore={memorySettings()} defaultLang="vi" />);
  return { fake, handle, user: userEvent.setup() };
}

describe('the pane action “make the criteria set from the table”', () => {
  let handle: FakeOfficeHandle | undefined;
  afterEach(() => {
    handle?.uninstall();
    handle = undefined;
  });

  it('writes the workbook’s Bộ tiêu chí sheet from the table’s maxima and checks the table against it', async () => {
    const setup = pane(areaOneRows() as (string | number | null)[][]);
    handle = setup.handle;
    await screen.findByText('Diem CCHC.xlsx');
    await setup.user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByTestId('summary');
    await setup.user.click(screen.getByRole('button', { name: ACTION }));
    await waitFor(() =>
      expect(screen.getByTestId('notice').textContent).toBe(
        'Đã lập trang “Bộ tiêu chí” từ điểm tối đa của bảng (9 điểm tối đa, 0 mục mới). Từ nay sổ này được kiểm tra theo bộ tiêu chí đó; sửa trực tiếp trên trang nếu cần.',
      ),
    );
    expect(setup.fake.snapshot().sheets.map((s) => s.name)).toEqual([AREA_ONE_SHEET, 'Bộ tiêu chí']);
    // Checked again against the new set: its maxima are the set's now, so the action is done.
    expect(screen.queryByRole('button', { name: ACTION })).toBeNull();
  });

  it('says where the maxima do not add up, and writes nothing', async () => {
    const setup = pane(areaOneRows(withMax(AREA_ONE_CRITERIA, '1.3.2', 0.5)) as (string | number | null)[][]);
    handle = setup.handle;
    await screen.findByText('Diem CCHC.xlsx');
    await setup.user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByTestId('summary');
    const before = setup.fake.snapshot();
    await setup.user.click(screen.getByRole('button', { name: ACTION }));
    const error = await screen.findByTestId('error');
    expect(error.textContent).toContain(
      'Chưa lập được bộ tiêu chí: điểm tối đa trong bảng “Điểm 2023” chưa nhất quán (1 vấn đề, xem danh sách kết quả). Đầu tiên: C5: Điểm tối đa của tiêu chí 1.3 (sheet “Điểm 2023”, ô C5) ghi 1,5',
    );
    expect(setup.fake.snapshot()).toEqual(before);
  });
});
