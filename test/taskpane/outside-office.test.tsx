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
});
