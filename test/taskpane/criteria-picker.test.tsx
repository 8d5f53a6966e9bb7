/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { SettingsPanel, type PaneSettings } from '../../src/taskpane/components/SettingsPanel';
import { I18nProvider } from '../../src/taskpane/i18n-context';
import type { WorkbookCriteriaSheet } from '../../src/taskpane/services';
import { PaneHeader } from '../../src/taskpane/components/PaneHeader';
import { makeAnalysis, SHEET } from './fixtures';

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

describe('the criteria line of the pane header', () => {
  it('names a custom set by its title and where it comes from', () => {
    const base = makeAnalysis();
    const analysis = {
      ...base,
      criteria: { ...base.criteria, id: 'custom:so-2024', title: 'Chỉ số CCHC cấp sở 2024', source: { kind: 'sheet' as const, sheet: 'Bộ tiêu chí' } },
      criteriaChosenBy: 'custom' as const,
    };
    render(
      <I18nProvider lang="vi">
        <PaneHeader
          info={{ workbook: 'So.xlsx', sheet: SHEET, sheets: [SHEET] }}
          selectedSheet={SHEET}
          onSelectSheet={() => undefined}
          analysis={analysis}
          criteria="auto"
          onChangeCriteria={() => undefined}
          disabled={false}
        />
      </I18nProvider>,
    );
    expect(screen.getByTestId('criteria-in-use').textContent).toBe('Chỉ số CCHC cấp sở 2024 (trang “Bộ tiêu chí” của sổ)');
  });
});
