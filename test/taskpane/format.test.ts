import { fixed } from '../../src/domain/fixed';
import { formatPoints, formatValueText, parseUserNumber, sortNamesVi } from '../../src/taskpane/format';
import { localizeParams } from '../../src/taskpane/localize';

describe('pane number formatting', () => {
  it('shows points with the UI locale decimal mark', () => {
    expect(formatPoints(fixed(1.5), 'vi')).toBe('1,5');
    expect(formatPoints(fixed(1.5), 'en')).toBe('1.5');
    expect(formatPoints(fixed(8.67), 'vi')).toBe('8,67');
    expect(formatPoints(fixed(0.1 + 0.2), 'vi')).toBe('0,3');
    expect(formatPoints(null, 'vi')).toBe('—');
  });

  it('formats dotted engine values but leaves text alone', () => {
    expect(formatValueText('8.75', 'vi')).toBe('8,75');
    expect(formatValueText('Sở Nội vụ', 'vi')).toBe('Sở Nội vụ');
    expect(formatValueText(2, 'vi')).toBe('2');
  });

  it('reformats amounts in finding params but never criterion codes', () => {
    expect(localizeParams({ code: '1.1', expected: '2.5', actual: '3.25', name: '1.5 x' }, 'vi')).toEqual({
      code: '1.1',
      expected: '2,5',
      actual: '3,25',
      name: '1.5 x',
    });
  });

  it('reads numbers typed with a comma or a dot', () => {
    expect(parseUserNumber('0,02')).toBe(0.02);
    expect(parseUserNumber(' 0.05 ')).toBe(0.05);
    expect(parseUserNumber('1')).toBe(1);
    expect(parseUserNumber('')).toBeNull();
    expect(parseUserNumber('abc')).toBeNull();
    expect(parseUserNumber('1,2,3')).toBeNull();
  });

  it('sorts agency names the Vietnamese way', () => {
    expect(sortNamesVi(['Sở Y tế', 'Đài PT-TH', 'Ban Dân tộc', 'Dân tộc', 'Sở Tư pháp'])).toEqual([
      'Ban Dân tộc',
      'Dân tộc',
      'Đài PT-TH',
      'Sở Tư pháp',
      'Sở Y tế',
    ]);
  });
});
