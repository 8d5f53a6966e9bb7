/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { SettingsPanel, type PaneSettings } from '../../src/taskpane/components/SettingsPanel';
import { I18nProvider } from '../../src/taskpane/i18n-context';
import type { WorkbookCriteriaSheet } from '../../src/taskpane/services';

function options(settings: PaneSettings, criteriaSheet?: WorkbookCriteriaSheet): string[] {
  const view = render(
    <I18nProvider lang="vi">
      <SettingsPanel settings={settings} onChange={() => undefined} disabled={false} criteriaSheet={criteriaSheet} />
    </I18nProvider>,
  );
  const picker = screen.getByRole('combobox', { name: 'Bộ tiêu chí' });
  const texts = within(picker)
    .getAllByRole('option')
    .map((o) => o.textContent ?? '');
  view.unmount();
  return texts;
}

describe('the criteria picker', () => {
  const settings: PaneSettings = { lang: 'vi', criteria: 'auto', tolerance: 0.02 };

  it('lists the workbook’s own set by its title when the workbook has a "Bộ tiêu chí" sheet', () => {
    expect(options(settings, { sheet: 'Bộ tiêu chí', title: 'Chỉ số CCHC cấp sở 2024', errors: 0 })).toEqual([
      'Tự nhận diện',
      'Chỉ số CCHC cấp sở 2024 (trang “Bộ tiêu chí”)',
      'PAR INDEX 2022–2030',
      'PAR INDEX 2017–2020',
    ]);
  });

  it('leaves it out of a workbook without one, unless it is the remembered choice', () => {
    expect(options(settings)).toEqual(['Tự nhận diện', 'PAR INDEX 2022–2030', 'PAR INDEX 2017–2020']);
    expect(options({ ...settings, criteria: 'workbook' })).toContain('Trang “Bộ tiêu chí” trong sổ');
  });
});
