import { createFakeWorkbook } from '../fakes';
import { createOfficeWorkbookService } from '../../src/taskpane/office-service';
import { readSettings, SETTINGS_KEY } from '../../src/taskpane/preferences';
import { memorySettings } from '../../src/taskpane/settings-store';
import { PaneError } from '../../src/taskpane/services';
import { fixed } from '../../src/domain/fixed';
import { translator } from '../../src/i18n';
import { readCriteriaGrid } from '../../src/excel/read';
import { checkSheet } from '../../src/excel/flows';

const TABLE = {
  name: 'Sở Tư pháp',
  cells: [
    ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm đạt'],
    ['1', 'Công tác chỉ đạo, điều hành', 10, 9],
    ['1.1', 'Kế hoạch cải cách hành chính', 5, 4],
    ['1.2', 'Báo cáo cải cách hành chính', 5, 5],
  ],
};

const CRITERIA = (max11: number | string) => ({
  name: 'Bộ tiêu chí',
  cells: [
    ['Tên bộ tiêu chí', 'Chỉ số CCHC cấp sở 2024'],
    ['Mã', 'Tên tiêu chí', 'Điểm tối đa', 'Nguồn điểm'],
    ['1', 'Công tác chỉ đạo, điều hành', 10, 'Tự đánh giá'],
    ['1.1', 'Kế hoạch cải cách hành chính', max11, null],
    ['1.2', 'Báo cáo cải cách hành chính', 6, null],
  ] as (string | number | null)[][],
});

function serviceFor(sheets: { name: string; cells: (string | number | boolean | null)[][] }[]) {
  const fake = createFakeWorkbook({ name: 'So Tu phap.xlsx', sheets });
  return { fake, service: createOfficeWorkbookService({ run: (batch) => fake.run(batch), lang: () => 'vi' }) };
}

describe('the workbook’s own criteria set in the add-in', () => {
  it('reads the "Bộ tiêu chí" sheet in one request, and nothing when there is none', async () => {
    const { fake } = serviceFor([TABLE, CRITERIA(4)]);
    fake.resetStats();
    await fake.run(async () => null);
    const idle = fake.stats.syncs;
    fake.resetStats();
    const grid = await fake.run((context) => readCriteriaGrid(context));
    expect(grid?.sheet).toBe('Bộ tiêu chí');
    expect(grid?.cells[3]?.[2]?.value).toBe(4);
    expect(fake.stats.syncs - idle).toBe(1);
    const { fake: plain } = serviceFor([TABLE]);
    expect(await plain.run((context) => readCriteriaGrid(context))).toBeNull();
  });

  it('offers the sheet in the picker and checks against it by default', async () => {
    const { service } = serviceFor([TABLE, CRITERIA(4)]);
    const info = await service.describe();
    expect(info.criteriaSheet).toEqual({ sheet: 'Bộ tiêu chí', title: 'Chỉ số CCHC cấp sở 2024', errors: 0 });
    for (const criteria of ['auto', 'workbook'] as const) {
      const outcome = await service.check({ sheet: 'Sở Tư pháp', criteria, tolerance: fixed(0.02) });
      if (!outcome.ok) throw new Error('no table');
      expect(outcome.analysis.criteria.title).toBe('Chỉ số CCHC cấp sở 2024');
      expect(outcome.analysis.criteriaChosenBy).toBe('custom');
      expect(outcome.analysis.findings.filter((f) => f.rule === 'max-mismatch').map((f) => f.code)).toEqual(['1.1', '1.2']);
    }
    // A built-in choice overrides the sheet.
    const forced = await service.check({ sheet: 'Sở Tư pháp', criteria: 'par-2022', tolerance: fixed(0.02) });
    expect(forced.ok && forced.analysis.criteria.id).toBe('par-2022');
  });

  it('reads the sheet with the table in the same request, for the ribbon command too', async () => {
    const { fake } = serviceFor([TABLE, CRITERIA(4)]);
    fake.resetStats();
    const { read, result } = await fake.run((context) => checkSheet(context, { sheet: 'Sở Tư pháp' }));
    expect(read.criteriaGrid?.sheet).toBe('Bộ tiêu chí');
    expect(result.ok && result.analysis.criteriaChosenBy).toBe('custom');
    const { fake: plain } = serviceFor([TABLE]);
    plain.resetStats();
    await plain.run((context) => checkSheet(context, { sheet: 'Sở Tư pháp' }));
    expect(fake.stats.syncs).toBe(plain.stats.syncs);
  });

  it('writes results for a check made against the sheet’s set', async () => {
    const { service } = serviceFor([TABLE, CRITERIA(4)]);
    const outcome = await service.check({ sheet: 'Sở Tư pháp', criteria: 'auto', tolerance: fixed(0.02) });
    if (!outcome.ok) throw new Error('no table');
    const written = await service.writeResults(outcome.analysis, { lang: 'vi' });
    expect(written.sheetsUpdated).toEqual(['Sở Tư pháp']);
  });

  it('refuses a broken sheet naming its first problem, and a missing one when asked for', async () => {
    const { service } = serviceFor([TABLE, CRITERIA('bốn')]);
    expect((await service.describe()).criteriaSheet).toEqual({ sheet: 'Bộ tiêu chí', title: null, errors: 1 });
    const t = translator('vi');
    const error = await service.check({ sheet: 'Sở Tư pháp', criteria: 'workbook', tolerance: fixed(0.02) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaneError);
    expect(t((error as PaneError).messageKey, (error as PaneError).params)).toContain("'Bộ tiêu chí'!C4: điểm tối đa của 1.1 ghi “bốn”");
    // 'auto' is settled by the check's own read: refused too, naming the cell.
    const auto = (await service.check({ sheet: 'Sở Tư pháp', criteria: 'auto', tolerance: fixed(0.02) }).catch((e: unknown) => e)) as PaneError;
    expect(auto.messageKey).toBe('criteria.excel.invalid');
    expect(t(auto.messageKey, auto.params)).toContain("lỗi đầu tiên ở 'Bộ tiêu chí'!C4");
    const { service: plain } = serviceFor([TABLE]);
    await expect(plain.check({ sheet: 'Sở Tư pháp', criteria: 'workbook', tolerance: fixed(0.02) })).rejects.toMatchObject({
      messageKey: 'criteria.pane.missing',
    });
    expect((await plain.describe()).criteriaSheet).toBeUndefined();
  });

  it('remembers the choice in the document settings', async () => {
    const store = memorySettings();
    await store.set(SETTINGS_KEY, { criteria: 'workbook', lang: 'vi', tolerance: 0.02 });
    expect(readSettings(store, 'vi').criteria).toBe('workbook');
  });
});
