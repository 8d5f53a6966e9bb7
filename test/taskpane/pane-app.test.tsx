/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixed } from '../../src/domain/fixed';
import { PaneApp } from '../../src/taskpane/PaneApp';
import { PaneError } from '../../src/taskpane/services';
import { memorySettings } from '../../src/taskpane/settings-store';
import { SETTINGS_KEY, overridesKey } from '../../src/taskpane/preferences';
import { expectNoAxeViolations } from './a11y';
import { FINDINGS, SHEET, ScriptedService, makeAnalysis } from './fixtures';

function renderPane(service = new ScriptedService(), settings = memorySettings(), defaultLang: 'vi' | 'en' = 'vi') {
  const user = userEvent.setup();
  const view = render(<PaneApp service={service} settingsStore={settings} defaultLang={defaultLang} />);
  return { service, settings, user, ...view };
}

async function checked(lang: 'vi' | 'en' = 'vi') {
  const ctx = renderPane(undefined, undefined, lang);
  await screen.findByText('KH CCHC 2020.xlsx');
  await ctx.user.click(screen.getByRole('button', { name: lang === 'vi' ? 'Kiểm tra' : 'Check' }));
  await screen.findByTestId('summary');
  return ctx;
}

describe('PaneApp', () => {
  it('names the workbook and sheet, checks with the default settings and shows the summary in Vietnamese numbers', async () => {
    const { service } = await checked('vi');
    expect(screen.getByRole('combobox', { name: 'Sheet' })).toHaveProperty('value', SHEET);
    expect(service.checks()).toEqual([{ sheet: SHEET, criteria: 'auto', tolerance: fixed(0.02) }]);
    expect(screen.getByTestId('summary-stated').textContent).toBe('84,5');
    expect(screen.getByTestId('summary-recomputed').textContent).toBe('84');
    expect(screen.getByTestId('summary-gap').textContent).toBe('6');
    expect(screen.getByTestId('criteria-in-use').textContent).toBe('PAR INDEX 2017–2020 (tự nhận diện)');
    expect(screen.getByTestId('notice').textContent).toBe('Đã kiểm tra xong: 2 lỗi, 1 cảnh báo, 1 thông tin.');
  });

  it('draws one bar per area and names the weakest one for screen readers', async () => {
    await checked('vi');
    const bars = within(screen.getByTestId('area-bars')).getAllByRole('listitem');
    expect(bars).toHaveLength(8);
    expect(bars[2]!.textContent).toContain('Lĩnh vực 3, Cải cách thủ tục hành chính: 6,5 trên 13 điểm (50%). Lĩnh vực đạt tỷ lệ thấp nhất');
    expect(bars[3]!.textContent).toContain('9,75/10,5');
    expect(bars.filter((b) => b.textContent?.includes('thấp nhất'))).toHaveLength(1);
  });

  it('names areas briefly in the UI language, keeping the sheet’s own name as a tooltip', async () => {
    await checked('en');
    const bars = within(screen.getByTestId('area-bars')).getAllByRole('listitem');
    expect(bars[4]!.textContent).toContain('Area 5, Civil servants: 13.5 of 15 points (90%)');
    expect(within(bars[4]!).getByTitle('Xây dựng và nâng cao chất lượng đội ngũ CBCCVC').textContent).toBe('Civil servants');
    const list = screen.getByTestId('findings');
    expect(within(list).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toContain('Area 3: Administrative procedures');
    expect(within(within(list).getByRole('combobox', { name: 'Area' })).getByRole('option', { name: 'Area 5: Civil servants' })).toBeTruthy();
  });

  it('groups findings by severity then area, filters them, and selects the cell on click', async () => {
    const { service, user } = await checked('vi');
    const list = screen.getByTestId('findings');
    const headings = within(list).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Lỗi (2)', 'Cảnh báo (1)', 'Thông tin (1)']);
    const errorSection = within(list).getByRole('region', { name: 'Lỗi (2)' });
    expect(within(errorSection).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'Lĩnh vực 3: Cải cách thủ tục hành chính',
      'Lĩnh vực 5: Đội ngũ cán bộ, công chức',
    ]);

    await user.click(within(list).getByRole('button', { name: /^Cảnh báo/ }));
    expect(within(list).queryByRole('region', { name: 'Cảnh báo (1)' })).toBeNull();
    expect(within(list).getByRole('status').textContent).toContain('3/4');

    await user.selectOptions(within(list).getByRole('combobox', { name: 'Lĩnh vực' }), '5');
    const buttons = within(list).getAllByRole('button').filter((b) => b.hasAttribute('data-cell'));
    expect(buttons.map((b) => b.getAttribute('data-cell'))).toEqual(['B40']);

    await user.click(buttons[0]!);
    expect(service.calls.at(-1)).toEqual({ method: 'reveal', sheet: SHEET, cell: 'B40' });
    expect(buttons[0]!.getAttribute('aria-current')).toBe('true');
  });

  it('lists the agency sheets, sorted the Vietnamese way, before creating them', async () => {
    const { service, user } = await checked('vi');
    await user.click(screen.getByRole('button', { name: 'Tạo sheet theo đơn vị' }));
    const preview = await screen.findByTestId('agency-preview');
    expect(within(screen.getByTestId('agency-create')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Ban Dân tộc',
      'Đài PT-TH',
      'Sở Tư pháp',
      'Tổng hợp',
    ]);
    expect(service.count('createAgencySheets')).toBe(0);
    await user.click(within(preview).getByRole('button', { name: 'Tạo các sheet' }));
    await waitFor(() => expect(screen.queryByTestId('agency-preview')).toBeNull());
    expect(service.count('createAgencySheets')).toBe(1);
    expect(service.outputLangs).toEqual(['vi', 'vi']);
    expect(screen.getByTestId('notice').textContent).toBe('Đã tạo hoặc cập nhật 4 sheet, xóa 0 sheet cũ.');
  });

  it('on a second run, lists the sheets it will update and delete and says so on its button', async () => {
    const { service, user } = await checked('vi');
    service.preview = { create: [], update: ['Tổng hợp', 'Sở Tư pháp'], remove: ['Ban Dân tộc'] };
    await user.click(screen.getByRole('button', { name: 'Tạo sheet theo đơn vị' }));
    const preview = await screen.findByTestId('agency-preview');
    expect(screen.queryByTestId('agency-create')).toBeNull();
    expect(within(screen.getByTestId('agency-update')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Sở Tư pháp', 'Tổng hợp']);
    expect(within(screen.getByTestId('agency-remove')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Ban Dân tộc']);
    expect(within(preview).getByText('Xóa vì không còn dùng (1):')).toBeTruthy();
    await user.click(within(preview).getByRole('button', { name: 'Cập nhật các sheet' }));
    await waitFor(() => expect(service.count('createAgencySheets')).toBe(1));
  });

  it('writes and removes results through the service', async () => {
    const { service, user } = await checked('en');
    await user.click(screen.getByRole('button', { name: 'Write results into the table' }));
    await waitFor(() => expect(service.count('writeResults')).toBe(1));
    expect(service.outputLangs).toEqual(['en']);
    await user.click(screen.getByRole('button', { name: 'Remove results' }));
    // It asks first (see pane-actions.test.tsx).
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Remove' }));
    await screen.findByText('Removed everything PAR Scorer wrote. Sheets deleted: 1.');
  });

  it('shows a service error as a sentence in the user language, and an unforeseen one with its detail', async () => {
    const { service, user } = await checked('vi');
    service.failWith = new PaneError('pane.error.emptySheet', { sheet: 'Sheet2' });
    await user.click(screen.getByRole('button', { name: 'Ghi kết quả vào bảng' }));
    expect((await screen.findByTestId('error')).textContent).toContain('Sheet “Sheet2” đang trống.');
    service.failWith = new Error('RichApi.Error: boom');
    await user.click(screen.getByRole('button', { name: 'Xóa kết quả' }));
    await waitFor(() => expect(screen.getByTestId('error').textContent).toContain('RichApi.Error: boom'));
    expect(screen.getByTestId('error').textContent).toContain('Đã xảy ra lỗi ngoài dự kiến');
  });

  it('shows a progress indicator only when the work lasts longer than a moment', async () => {
    const service = new ScriptedService();
    let release = () => {};
    service.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { user } = renderPane(service);
    await screen.findByText('KH CCHC 2020.xlsx');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(screen.queryByTestId('progress')).toBeNull();
    expect(screen.getByRole('button', { name: 'Kiểm tra' })).toHaveProperty('disabled', true);
    expect((await screen.findByTestId('progress')).textContent).toBe('Đang kiểm tra bảng…');
    expect(screen.getByRole('progressbar', { name: 'Đang kiểm tra bảng…' })).toBeTruthy();
    act(() => release());
    await screen.findByTestId('summary');
    expect(screen.queryByTestId('progress')).toBeNull();
  });

  it('reports an empty sheet with what to do next', async () => {
    const service = new ScriptedService();
    service.outcomes = [{ ok: false, failure: { reason: 'empty-sheet', sheet: SHEET } }];
    const { user } = renderPane(service);
    await screen.findByText('KH CCHC 2020.xlsx');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect((await screen.findByTestId('error')).textContent).toContain('Hãy chọn sheet có bảng điểm');
  });

  it('asks for a hand mapping when the header is not recognised, remembers it for the sheet and reuses it', async () => {
    const service = new ScriptedService();
    service.outcomes = [
      {
        ok: false,
        failure: { reason: 'no-header', sheet: SHEET, rolesSeen: ['name'] },
        preview: { originRow: 0, originCol: 0, rows: [['Bảng điểm'], ['Mã', 'Nội dung', 'Tối đa', 'Đạt']] },
      },
      { ok: true, analysis: makeAnalysis() },
    ];
    const { user, settings } = renderPane(service);
    await screen.findByText('KH CCHC 2020.xlsx');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    const form = await screen.findByTestId('column-map');
    expect(screen.getByText(/chỉ thấy: Tên tiêu chí/)).toBeTruthy();

    const headerRow = within(form).getByRole('spinbutton', { name: 'Dòng tiêu đề (số dòng trong Excel)' });
    await user.clear(headerRow);
    await user.type(headerRow, '2');
    await user.click(within(form).getByRole('button', { name: 'Lưu và kiểm tra' }));
    expect(within(form).getByRole('alert').textContent).toBe('Cần ít nhất cột mã hoặc tên, và cột điểm hoặc nhiệm vụ.');

    const codeSelect = within(form).getByRole('combobox', { name: 'Mã tiêu chí / STT' });
    expect(within(codeSelect).getByRole('option', { name: 'B · Nội dung' })).toBeTruthy();
    await user.selectOptions(codeSelect, 'A · Mã');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Điểm đạt' }), 'D · Đạt');
    await user.click(within(form).getByRole('button', { name: 'Lưu và kiểm tra' }));

    await screen.findByTestId('summary');
    const expected = { headerRow: 1, columns: { code: 0, score: 3 } };
    expect(settings.get(overridesKey(SHEET))).toEqual(expected);
    expect(service.checks().at(-1)?.overrides).toEqual(expected);
    expect(screen.getByText(/^Dùng cách chọn cột đã lưu/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await waitFor(() => expect(service.checks()).toHaveLength(3));
    expect(service.checks()[2]?.overrides).toEqual(expected);
  });

  it('switches language, remembers the settings and sends the chosen criteria and tolerance', async () => {
    const { service, settings, user } = renderPane();
    await screen.findByText('KH CCHC 2020.xlsx');
    await user.click(screen.getByRole('button', { name: 'Cài đặt' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), 'en');
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Criteria set' }), 'par-2022');
    const tolerance = screen.getByRole('textbox', { name: 'Rounding tolerance (points)' });
    await user.clear(tolerance);
    await user.type(tolerance, '0,05');
    await user.tab();
    expect(settings.get(SETTINGS_KEY)).toEqual({ lang: 'en', criteria: 'par-2022', tolerance: 0.05 });
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await waitFor(() => expect(service.checks()).toEqual([{ sheet: SHEET, criteria: 'par-2022', tolerance: fixed(0.05) }]));
  });

  it('checks again when the criteria set or the tolerance changes while results are shown', async () => {
    const { service, user } = await checked('vi');
    service.outcomes = [{ ok: true, analysis: makeAnalysis() }];
    await user.click(screen.getByRole('button', { name: 'Cài đặt' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bộ tiêu chí' }), 'par-2022');
    await waitFor(() => expect(service.checks()).toHaveLength(2));
    expect(service.checks()[1]).toEqual({ sheet: SHEET, criteria: 'par-2022', tolerance: fixed(0.02) });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), 'en');
    await screen.findByRole('button', { name: 'Check' });
    expect(service.checks()).toHaveLength(2);
  });

  it('rejects a tolerance that is not a number between 0 and 1', async () => {
    const { settings, user } = renderPane();
    await screen.findByText('KH CCHC 2020.xlsx');
    await user.click(screen.getByRole('button', { name: 'Cài đặt' }));
    const tolerance = screen.getByRole('textbox', { name: /Sai số làm tròn/ });
    await user.clear(tolerance);
    await user.type(tolerance, 'abc');
    await user.tab();
    expect(screen.getByText('Nhập một số từ 0 đến 1, ví dụ 0,02.')).toBeTruthy();
    expect(settings.get(SETTINGS_KEY)).toBeUndefined();
  });

  it('opens in English when Office speaks English, unless Vietnamese was saved', async () => {
    renderPane(undefined, memorySettings({ [SETTINGS_KEY]: { lang: 'vi' } }), 'en');
    expect(await screen.findByRole('button', { name: 'Kiểm tra' })).toBeTruthy();
  });

  it('shows results of a check started from the ribbon', async () => {
    const { service } = renderPane();
    await screen.findByText('KH CCHC 2020.xlsx');
    act(() => service.emitExternal({ ok: true, analysis: makeAnalysis(FINDINGS.slice(0, 1)) }));
    expect(await screen.findByText('Phát hiện (1)')).toBeTruthy();
    // Only severities that occur get a filter button.
    const filters = within(screen.getByRole('group', { name: 'Lọc theo mức độ' })).getAllByRole('button');
    expect(filters.map((b) => b.textContent)).toEqual(['Lỗi (1)']);
  });

  it('can be used with the keyboard alone', async () => {
    const { service, user } = renderPane();
    await screen.findByText('KH CCHC 2020.xlsx');
    screen.getByRole('button', { name: 'Kiểm tra' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByTestId('summary');
    const first = screen.getAllByRole('button').find((b) => b.getAttribute('data-cell') === 'D16')!;
    first.focus();
    await user.keyboard(' ');
    expect(service.calls.at(-1)).toEqual({ method: 'reveal', sheet: SHEET, cell: 'D16' });
  });

  it('puts focus back where the keyboard user was when the agency list or the mapping form closes', async () => {
    const { user } = await checked('vi');
    const agencies = screen.getByRole('button', { name: 'Tạo sheet theo đơn vị' });
    await user.click(agencies);
    const preview = await screen.findByTestId('agency-preview');
    expect(document.activeElement).toBe(preview);
    await user.click(within(preview).getByRole('button', { name: 'Hủy' }));
    expect(document.activeElement).toBe(agencies);
    await user.click(agencies);
    await user.click(within(await screen.findByTestId('agency-preview')).getByRole('button', { name: 'Tạo các sheet' }));
    await waitFor(() => expect(screen.queryByTestId('agency-preview')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(agencies));

    await user.click(screen.getByRole('button', { name: 'Sửa cột' }));
    await user.click(within(screen.getByTestId('column-map')).getByRole('button', { name: 'Lưu và kiểm tra' }));
    await waitFor(() => expect(screen.queryByTestId('column-map')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Tổng hợp' })));
  });

  it('has no detectable accessibility violations, before and after a check', async () => {
    const { container, user } = renderPane();
    await screen.findByText('KH CCHC 2020.xlsx');
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Cài đặt' }));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByTestId('summary');
    await user.click(screen.getByRole('button', { name: 'Tạo sheet theo đơn vị' }));
    await screen.findByTestId('agency-preview');
    await expectNoAxeViolations(container);
  });

  it('has no accessibility violations in the column mapping form', async () => {
    const service = new ScriptedService();
    service.outcomes = [{ ok: false, failure: { reason: 'no-header', sheet: SHEET, rolesSeen: [] } }];
    const { container, user } = renderPane(service);
    await screen.findByText('KH CCHC 2020.xlsx');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByTestId('column-map');
    await expectNoAxeViolations(container);
  });
});
