import { analyze } from '../../../../src/domain/engine';
import { criteriaSetFromTable } from '../../../../src/domain/criteria/custom/from-table';
import { criteriaIndex } from '../../../../src/domain/criteria';
import { fixed } from '../../../../src/domain/fixed';
import { AREA_ONE_CRITERIA, AREA_ONE_SHEET, areaOneRows, withMax } from '../../../support/area-one-2022';
import { gridFromRows, type BuilderValue } from '../../../support/grid-builder';

const SOURCE = { kind: 'sheet', sheet: 'Bộ tiêu chí' } as const;

function analysisOf(rows: BuilderValue[][], criteria: 'auto' | 'par-2017' = 'auto') {
  const result = analyze(gridFromRows(rows, { sheet: AREA_ONE_SHEET }), { criteria });
  if (!result.ok) throw new Error('no table');
  return result.analysis;
}

describe('criteriaSetFromTable', () => {
  it('extends the 2022 set with the maxima a consistent table gives, and nothing else', () => {
    const result = criteriaSetFromTable(analysisOf(areaOneRows()), { source: SOURCE, tableFile: 'diem-2023.xlsx' });
    if (!result.ok) throw new Error(result.reason);
    const index = criteriaIndex(result.set);
    expect(result.set.extends).toBe('par-2022');
    expect(result.set.id).toBe('custom:par-2022-theo-bang-diem-2023');
    expect(result.set.title).toBe('Bộ Chỉ số cải cách hành chính cấp tỉnh giai đoạn 2022–2030 — điểm tối đa theo bảng “Điểm 2023” (diem-2023.xlsx)');
    // Seven criteria and two sub-criteria; the area's 9.5 was the decision's already.
    expect([result.filled, result.added]).toEqual([9, 0]);
    expect(index.byCode('1.3')?.max).toBe(fixed(1.5));
    expect(index.byCode('1.3.1')?.max).toBe(fixed(0.75));
    expect(index.byCode('1.7')?.max).toBe(fixed(1.5));
    expect(index.byCode('1')?.max).toBe(fixed(9.5));
    // The decision's names stay (a table may shorten them), and what the table leaves out stays unknown.
    expect(index.byCode('1.3.1')?.name).toBe('Tỷ lệ cơ quan chuyên môn cấp tỉnh và đơn vị hành chính cấp huyện được kiểm tra trong năm');
    expect(index.byCode('2.1')?.max).toBeNull();
    expect(index.byCode('1.3')?.sources).toContain("'Điểm 2023'!C5");
  });

  it('a table checked against the new set has nothing more to say about its maxima', () => {
    const first = criteriaSetFromTable(analysisOf(areaOneRows()), { source: SOURCE });
    if (!first.ok) throw new Error(first.reason);
    const again = analyze(gridFromRows(areaOneRows(), { sheet: AREA_ONE_SHEET }), { criteria: first.set });
    if (!again.ok) throw new Error('no table');
    const rules = again.analysis.findings.map((f) => f.rule);
    expect(rules).not.toContain('maxima-from-table');
    expect(rules).not.toContain('max-mismatch');
    expect(rules).not.toContain('max-sum-mismatch');
  });

  it('refuses a table whose maxima do not add up, with the findings that say where', () => {
    const result = criteriaSetFromTable(analysisOf(areaOneRows(withMax(AREA_ONE_CRITERIA, '1.3.2', 0.5))), { source: SOURCE });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('inconsistent');
    expect(result.blocking.map((f) => [f.rule, f.cell])).toEqual([['max-sum-mismatch', 'C5']]);
  });

  it('refuses a table without maxima, and one that gives none the set lacks', () => {
    const noMax = areaOneRows().map((r) => [r[0] ?? null, r[1] ?? null, r[3] ?? null]);
    noMax[0] = ['STT', 'Lĩnh vực, tiêu chí', 'Điểm năm 2023'];
    const a = criteriaSetFromTable(analysisOf(noMax), { source: SOURCE });
    expect(a.ok || a.reason).toBe('no-maxima-column');
    const onlyArea = criteriaSetFromTable(analysisOf(areaOneRows([])), { source: SOURCE });
    expect(onlyArea.ok || onlyArea.reason).toBe('nothing-new');
  });
});
