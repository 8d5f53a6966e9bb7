/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { registerCriteriaSet } from '../../src/domain/criteria/registry';
import type { Lang } from '../../src/i18n/types';
import { SettingsPanel, type PaneSettings } from '../../src/taskpane/components/SettingsPanel';
import { I18nProvider } from '../../src/taskpane/i18n-context';
import { SETTINGS_KEY, readSettings } from '../../src/taskpane/preferences';
import { memorySettings } from '../../src/taskpane/settings-store';
import { TOY_ENTRY } from '../domain/criteria/toy-set';

// Jest gives each test file its own modules, so the toy set is registered in this file only.
beforeAll(() => registerCriteriaSet(TOY_ENTRY));

function renderPanel(lang: Lang, onChange: (next: PaneSettings) => void = () => undefined) {
  const settings: PaneSettings = { lang, criteria: 'auto', tolerance: 0.02 };
  return render(
    <I18nProvider lang={lang}>
      <SettingsPanel settings={settings} onChange={onChange} disabled={false} />
    </I18nProvider>,
  );
}

const PICKER_LABEL: Readonly<Record<Lang, string>> = { vi: 'Bộ tiêu chí', en: 'Criteria set' };

function pickerOptions(lang: Lang): (string | null)[] {
  const view = renderPanel(lang);
  const texts = within(screen.getByRole('combobox', { name: PICKER_LABEL[lang] }))
    .getAllByRole('option')
    .map((o) => o.textContent);
  view.unmount();
  return texts;
}

describe('the criteria picker with a third registered set', () => {
  it('offers it by its name in each language, after the national sets', () => {
    expect(pickerOptions('vi')).toEqual(['Tự nhận diện', 'PAR INDEX 2022–2030', 'PAR INDEX 2017–2020', 'Bộ thử nghiệm']);
    expect(pickerOptions('en')).toEqual(['Detect automatically', 'PAR INDEX 2022–2030', 'PAR INDEX 2017–2020', 'Toy set']);
  });

  it('hands the choice on as the set id, and remembers it', () => {
    const onChange = jest.fn();
    renderPanel('vi', onChange);
    fireEvent.change(screen.getByRole('combobox', { name: 'Bộ tiêu chí' }), { target: { value: 'toy' } });
    expect(onChange).toHaveBeenCalledWith({ lang: 'vi', criteria: 'toy', tolerance: 0.02 });
    expect(readSettings(memorySettings({ [SETTINGS_KEY]: { criteria: 'toy' } }), 'vi').criteria).toBe('toy');
  });
});
