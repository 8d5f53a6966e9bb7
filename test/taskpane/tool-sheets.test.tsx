/** @jest-environment jsdom */
import './node-text-encoding';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { publishCheck, resetChannel } from '../../src/commands/result-channel';
import userEvent from '@testing-library/user-event';
import { writeOutput } from '../../src/excel/flows';
import { PaneApp } from '../../src/taskpane/PaneApp';
import { createOfficeWorkbookService } from '../../src/taskpane/office-service';
import { memorySettings } from '../../src/taskpane/settings-store';
import { createFakeWorkbook, installFakeOffice, type FakeOfficeHandle } from '../fakes';
import { asFakeSheet, generateScoreSheet } from '../support/generate-plan';
import { AGENCIES, analysisOf, TABLE, writeOptions } from '../excel/helpers';

const SUMMARY = 'PAR - Tổng hợp';

describe('the pane and the sheets an earlier run wrote', () => {
  let handle: FakeOfficeHandle | undefined;
  afterEach(() => {
    handle?.uninstall();
    handle = undefined;
    resetChannel();
  });

  it('never offers them in the sheet picker, starts on the table when one is active, and checks the table', async () => {
    const sheet = generateScoreSheet(30);
    const fake = createFakeWorkbook({ name: 'KH CCHC.xlsx', sheets: [asFakeSheet(sheet), { name: 'Ghi chú', cells: [['Sổ theo dõi']] }] });
    handle = installFakeOffice(globalThis, fake);
    const analysis = await analysisOf(fake);
    await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE)));
    const written = await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(AGENCIES)));
    expect(written.sheetsCreated).toContain(SUMMARY);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SUMMARY).activate();
      await ctx.sync();
    });

    const service = createOfficeWorkbookService({ run: (batch) => fake.run(batch), lang: () => 'vi' });
    const user = userEvent.setup();
    render(<PaneApp service={service} settingsStore={memorySettings()} defaultLang="vi" />);
    await screen.findByText('KH CCHC.xlsx');
    const picker = screen.getByRole('combobox', { name: 'Sheet' });
    await waitFor(() => expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual([sheet.name, 'Ghi chú']));
    expect(picker).toHaveProperty('value', sheet.name);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByTestId('summary');

    // The ribbon command run on the summary sheet: the pane says why nothing was checked.
    act(() => publishCheck({ result: { ok: false, failure: { reason: 'tool-sheet', sheet: SUMMARY } }, message: '' }));
    expect(
      await screen.findByText(
        `Sheet “${SUMMARY}” do PAR Scorer ghi ra ở lần chạy trước (trang tổng hợp hoặc trang theo đơn vị), không phải bảng để kiểm tra. Hãy chọn sheet chứa bảng. Chưa có gì bị thay đổi.`,
      ),
    ).toBeTruthy();
  });
});
