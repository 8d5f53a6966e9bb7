import { createFakeWorkbook, installFakeOffice } from '../fakes';
import { createOfficeWorkbookService } from '../../src/taskpane/office-service';
import { publishCheck, resetChannel } from '../../src/commands/result-channel';
import { asFakeSheet, generateTaskSheet } from '../support/generate-plan';
import { fixed } from '../../src/domain/fixed';
import type { CheckOutcome } from '../../src/taskpane/services';
import { MARKER_SHEET } from '../../src/domain/plan/types';

describe('createOfficeWorkbookService', () => {
  let afterTest: (() => void) | undefined;
  afterEach(() => {
    resetChannel();
    afterTest?.();
    afterTest = undefined;
  });

  it('serves the pane: describe, check, write, preview, create sheets, remove, reveal', async () => {
    const fake = createFakeWorkbook({
      name: 'Kế hoạch CCHC.xlsx',
      sheets: [asFakeSheet(generateTaskSheet(24)), { name: 'Ẩn', cells: [['x']], visibility: 'Hidden' }],
    });
    const handle = installFakeOffice(globalThis, fake);
    afterTest = () => handle.uninstall();
    const service = createOfficeWorkbookService({ run: (batch) => fake.run(batch), lang: () => 'vi' });
    const before = fake.snapshot();

    expect(await service.describe()).toEqual({ workbook: 'Kế hoạch CCHC.xlsx', sheet: 'Phụ lục II', sheets: ['Phụ lục II'] });
    const outcome = await service.check({ sheet: 'Phụ lục II', criteria: 'auto', tolerance: fixed(0.02) });
    if (!outcome.ok) throw new Error('no table');
    const written = await service.writeResults(outcome.analysis, { lang: 'en' });
    expect(written.sheetsUpdated).toEqual(['Phụ lục II']);
    const preview = await service.previewAgencySheets(outcome.analysis, { lang: 'en' });
    expect(preview.create).toContain('PAR - Summary');
    const created = await service.createAgencySheets(outcome.analysis, { lang: 'en' });
    expect(created.sheetsCreated).toEqual(preview.create);
    await service.reveal('Phụ lục II', 'B5');
    expect(fake.selection).toEqual({ sheet: 'Phụ lục II', address: 'B5' });
    const removed = await service.removeResults();
    expect([...removed.sheetsDeleted].sort()).toEqual([...created.sheetsCreated].sort());
    const after = fake.snapshot();
    expect(after.sheets.map((s) => s.name)).not.toContain(MARKER_SHEET);
    expect(after.sheets.map((s) => s.values)).toEqual(before.sheets.map((s) => s.values));
  });

  it('gives the preview rows of a sheet without a recognisable table', async () => {
    const fake = createFakeWorkbook({ sheets: [{ name: 'Ghi chép', cells: [['chỉ là ghi chú'], ['không có bảng']] }] });
    const service = createOfficeWorkbookService({ run: (batch) => fake.run(batch), lang: () => 'vi' });
    const outcome = await service.check({ sheet: 'Ghi chép', criteria: 'auto', tolerance: fixed(0.02) });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.reason).toBe('no-header');
    expect(outcome.preview?.rows[0]).toEqual(['chỉ là ghi chú']);
  });

  it('passes checks made by the ribbon command to the pane', () => {
    const service = createOfficeWorkbookService({ run: () => Promise.reject(new Error('unused')) });
    const seen: CheckOutcome[] = [];
    const stop = service.onExternalCheck!((outcome) => seen.push(outcome));
    const result: CheckOutcome = { ok: false, failure: { reason: 'empty-sheet', sheet: 'S' } };
    publishCheck({ result, message: 'Sheet “S” đang trống.' });
    stop();
    publishCheck({ result, message: 'again' });
    expect(seen).toEqual([result]);
  });
});
