import { translator } from '../../src/i18n';
import { areaName } from '../../src/taskpane/area-names';
import { columnChoices, guessHeaderRow } from '../../src/taskpane/components/ColumnMapForm';

describe('area names in the pane', () => {
  it('gives every area of both sets a short name in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      const t = translator(lang);
      for (const set of ['par-2017', 'par-2022'] as const) {
        const names = ['1', '2', '3', '4', '5', '6', '7', '8'].map((code) => areaName(t, set, code, 'TÊN TRONG SHEET'));
        expect(names.filter((n) => n === 'TÊN TRONG SHEET' || n.length > 32)).toEqual([]);
      }
    }
    expect(areaName(translator('vi'), 'par-2022', '2')).toBe('Cải cách thể chế');
    expect(areaName(translator('en'), 'par-2022', '2')).toBe('Institutional reform');
  });

  it('keeps the sheet’s name for an area no set knows, or when the set is unknown', () => {
    const t = translator('en');
    expect(areaName(t, 'par-2017', '9', ' Khác ')).toBe('Khác');
    expect(areaName(t, null, '3', 'Cải cách TTHC')).toBe('Cải cách TTHC');
    expect(areaName(t, 'par-2017', '10')).toBe('');
  });
});

describe('column mapping helpers', () => {
  const preview = {
    originRow: 0,
    originCol: 0,
    rows: [['UBND TỈNH', '', ''], ['Phụ lục I', '', ''], ['', '', ''], ['STT', 'Tiêu chí', 'Điểm tối đa'], ['1', 'CÔNG TÁC', '8.5']],
  };

  it('starts on the first row filled as widely as any (titles fill one cell, a header all)', () => {
    expect(guessHeaderRow(preview)).toBe(3);
    expect(guessHeaderRow({ ...preview, originRow: 10 })).toBe(13);
    expect(guessHeaderRow(undefined)).toBe(0);
  });

  it('labels each column with what the chosen header row says', () => {
    expect(columnChoices(preview, 3).map((c) => c.label)).toEqual(['A · STT', 'B · Tiêu chí', 'C · Điểm tối đa']);
    expect(columnChoices(undefined, 0)).toHaveLength(26);
  });
});
