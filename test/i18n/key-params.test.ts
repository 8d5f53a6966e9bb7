import { addMessageTable, translator } from '../../src/i18n';

/*
 * A placeholder declared as a key param carries an id and shows the name filed under prefix + id in
 * the reader's language; an id with no such name shows as given. Jest gives this file its own
 * dictionaries, so the keys added here reach no other test.
 */
beforeAll(() =>
  addMessageTable({
    keyParams: { fruit: 'keyparams-test.fruit.' },
    vi: { 'keyparams-test.fruit.apple': 'táo', 'keyparams-test.pick': 'Chọn {fruit}, {count} quả.' },
    en: { 'keyparams-test.fruit.apple': 'apple', 'keyparams-test.pick': 'Pick {fruit}, {count} of them.' },
  }),
);

describe('key params', () => {
  it('show an id by its name in each language', () => {
    expect(translator('vi')('keyparams-test.pick', { fruit: 'apple', count: 3 })).toBe('Chọn táo, 3 quả.');
    expect(translator('en')('keyparams-test.pick', { fruit: 'apple', count: 3 })).toBe('Pick apple, 3 of them.');
  });

  it('show an id without a name as given', () => {
    expect(translator('en')('keyparams-test.pick', { fruit: 'durian', count: 1 })).toBe('Pick durian, 1 of them.');
  });
});
