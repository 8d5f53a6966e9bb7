/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PaneApp } from '../../src/taskpane/PaneApp';
import { memorySettings } from '../../src/taskpane/settings-store';
import { expectNoAxeViolations } from './a11y';
import { SHEET, ScriptedService } from './fixtures';

async function checked(service = new ScriptedService(), lang: 'vi' | 'en' = 'vi') {
  const user = userEvent.setup();
  const view = render(<PaneApp service={service} settingsStore={memorySettings()} defaultLang={lang} />);
  await screen.findByText('KH CCHC 2020.xlsx');
  await user.click(screen.getByRole('button', { name: lang === 'vi' ? 'Kiểm tra' : 'Check' }));
  await screen.findByTestId('summary');
  return { service, user, ...view };
}

/** What the service refuses a write with when the user typed into the tool's cells (src/excel's UserEditsFoundError shape). */
function editsError(certain = true, tableResized = false) {
  return Object.assign(new Error('user edits'), {
    messageKey: 'excel.error.userEdits',
    params: {},
    found: { certain, ...(tableResized ? { tableResized } : {}), edits: [{ sheet: SHEET, row: 9, col: 12, cell: 'M10' }, { sheet: 'PAR - Tổng hợp', row: 30, col: 0, cell: 'A31' }] },
  });
}

function sheetOptions(): string[] {
  return within(screen.getByRole('combobox', { name: 'Sheet' }))
    .getAllByRole('option')
    .map((o) => o.textContent ?? '');
}

describe('"Xóa kết quả" asks first', () => {
  it('names the sheets that go and the columns that are cleared, and does nothing on cancel', async () => {
    const { service, user, container } = await checked();
    await user.click(screen.getByRole('button', { name: 'Xóa kết quả' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('Xóa kết quả?')).toBeTruthy();
    expect(within(dialog).getByText('Các sheet do PAR Scorer tạo sẽ bị xóa (2):')).toBeTruthy();
    expect(within(within(dialog).getByTestId('removal-sheets')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['PAR - Tổng hợp', 'Sở Tư pháp']);
    expect(within(dialog).getByTestId('removal-columns').textContent).toBe('Các cột H, I, J, K, L, M trên sheet “Phụ lục I” sẽ được xóa trắng.');
    await expectNoAxeViolations(container.ownerDocument.body);
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(service.count('removeResults')).toBe(0);

    // The pane is reachable again once the modal dialog has gone.
    await user.click(await screen.findByRole('button', { name: 'Xóa kết quả' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(service.count('removeResults')).toBe(1));
    await screen.findByText('Đã xóa mọi thứ PAR Scorer đã ghi (1 sheet được xóa).');
  });

  it('says when there is nothing to remove and offers no removal', async () => {
    const service = new ScriptedService();
    service.removal = { sheets: [], tableSheet: null, columns: [] };
    const { user } = await checked(service, 'en');
    await user.click(screen.getByRole('button', { name: 'Remove results' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('PAR Scorer has not written anything in this workbook.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Remove' })).toHaveProperty('disabled', true);
  });
});

describe('the sheet list', () => {
  // The tool's own sheets are never offered (describeWorkbook leaves them out); what the list shows is
  // the workbook as it is after each write, such as a sheet the officer added while the pane was open.
  it('is read again after every write, creating and removing alike', async () => {
    const service = new ScriptedService();
    const { user } = await checked(service);
    expect(sheetOptions()).toEqual([SHEET, 'Phụ lục II']);
    service.preview = { create: ['PAR - Tổng hợp', 'Sở Tư pháp'], update: [], remove: [] };
    service.afterWrite = [SHEET, 'Phụ lục II', 'Phụ lục III'];
    await user.click(screen.getByRole('button', { name: 'Tạo sheet theo đơn vị' }));
    await user.click(within(await screen.findByTestId('agency-preview')).getByRole('button', { name: 'Tạo các sheet' }));
    await waitFor(() => expect(sheetOptions()).toEqual([SHEET, 'Phụ lục II', 'Phụ lục III']));

    service.afterWrite = [SHEET];
    await user.click(screen.getByRole('button', { name: 'Xóa kết quả' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(sheetOptions()).toEqual([SHEET]));
  });
});

describe('a write over cells the user typed into', () => {
  it('names the cells and writes again keeping them when the user chooses to keep', async () => {
    const service = new ScriptedService();
    service.editsError = editsError();
    const { user, container } = await checked(service);
    await user.click(screen.getByRole('button', { name: 'Ghi kết quả vào bảng' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('Bạn đã gõ vào 2 ô do PAR Scorer ghi. Lần ghi này sẽ ghi đè hoặc xóa chúng. Chưa có gì bị thay đổi.')).toBeTruthy();
    expect(within(within(dialog).getByTestId('user-edits-cells')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([`${SHEET}!M10`, 'PAR - Tổng hợp!A31']);
    await expectNoAxeViolations(container.ownerDocument.body);
    await user.click(within(dialog).getByRole('button', { name: 'Giữ nguyên các ô này' }));
    await waitFor(() => expect(service.count('writeResults')).toBe(2));
    expect(service.userEdits).toEqual([undefined, 'keep']);
    expect(screen.queryByTestId('error')).toBeNull();
  });

  it('overwrites them when the user chooses to, for the agency sheets too', async () => {
    const service = new ScriptedService();
    const { user } = await checked(service, 'en');
    service.editsError = editsError(false);
    await user.click(screen.getByRole('button', { name: 'Create one sheet per agency' }));
    await user.click(within(await screen.findByTestId('agency-preview')).getByRole('button', { name: 'Create the sheets' }));
    const dialog = await screen.findByRole('alertdialog');
    // An older marker: the dialog says it cannot tell the tool's output from the user's.
    expect(within(dialog).getByText(/an older version/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Overwrite' }));
    await waitFor(() => expect(service.count('createAgencySheets')).toBe(2));
    expect(service.userEdits).toEqual([undefined, 'overwrite']);
  });

  it('says that rows moved when the table has had rows inserted or deleted since the last write', async () => {
    const service = new ScriptedService();
    service.editsError = editsError(true, true);
    const { user } = await checked(service);
    await user.click(screen.getByRole('button', { name: 'Ghi kết quả vào bảng' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText(/^Bảng đã được thêm hoặc bớt dòng từ lần ghi trước/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Ghi đè' }));
    await waitFor(() => expect(service.count('writeResults')).toBe(2));
    expect(service.userEdits).toEqual([undefined, 'overwrite']);
  });

  it('writes nothing when the user cancels', async () => {
    const service = new ScriptedService();
    service.editsError = editsError();
    const { user } = await checked(service, 'en');
    await user.click(screen.getByRole('button', { name: 'Write results into the table' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(service.count('writeResults')).toBe(1);
    expect(service.userEdits).toEqual([undefined]);
  });
});
