/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { OutsideOffice } from '../../src/taskpane/components/OutsideOffice';
import { expectNoAxeViolations } from './a11y';

describe('OutsideOffice', () => {
  it.each([
    ['vi', 'Hãy mở PAR Scorer trong Excel'],
    ['en', 'Open PAR Scorer in Excel'],
  ] as const)('tells the user (%s) to open the pane from Excel, accessibly', async (lang, title) => {
    const { container } = render(<OutsideOffice lang={lang} />);
    expect(screen.getByTestId('outside-office').textContent).toContain(title);
    await expectNoAxeViolations(container);
  });

  it.each([
    ['vi', 'Trang đầu', 'Chỉ số CCHC', 'Xem hướng dẫn sử dụng'],
    ['en', 'Home tab', 'PAR INDEX', 'Read the help page'],
  ] as const)('says (%s) where the button is in Excel, whom to ask, and links the help page, with no developer command', (lang, tab, group, help) => {
    render(<OutsideOffice lang={lang} />);
    const text = screen.getByTestId('outside-office').textContent ?? '';
    expect(text).toContain(tab);
    expect(text).toContain(group);
    expect(text).not.toMatch(/npm|README|manifest/i);
    expect(screen.getByRole('link', { name: help }).getAttribute('href')).toBe('help.html');
  });
});
