import { checkTable } from '../../../src/domain/check';
import type { RuleId } from '../../../src/domain/check/types';
import { dictionary, localizeAmount, translator, type Lang } from '../../../src/i18n';
import { MESSAGE_TABLES } from '../../../src/i18n/messages';
import { FINDINGS_MESSAGES } from '../../../src/i18n/messages/finding';
import { tableFromLines, type LineSpec } from './builders';
import { smallIndex } from './small-tree';

/** One table that trips every rule, so every message is rendered at least once. */
const MESSY: LineSpec[] = [
  { code: '1', name: 'Công tác chỉ đạo điều hành', max: 5, score: 4.5, target: 4.01 },
  { code: '1.1', name: 'Kế hoạch cải cách hành chính năm', max: 2.5, score: 3, target: 2.6, lead: 'Sở Nội vụ' },
  { code: '1.1', name: 'Chế độ báo cáo định kỳ', max: 1, score: '0,5', target: 0.25 },
  { code: '1.3', name: 'Theo dõi thi hành pháp luật tại địa phương', max: 2, score: 'x', target: -1, lead: 'Sở Nội vụ' },
  { code: '9.9', name: 'Không có', max: 1 },
  { code: '1.1.7', name: 'Mục mới', max: 1, lead: 'Sở Nội vụ' },
  { code: '3.1', max: 2, lead: 'Sở Nội vụ' },
  { code: '1.2; 1.3', name: 'Hai tiêu chí', max: 3, lead: 'Sở Nội vụ' },
  { code: 2.1, name: 'Xử lý văn bản sai phạm phát hiện qua kiểm tra', max: 1, lead: 'Sở Nội vụ' },
  { name: 'Tổng cộng', max: 10, score: 5, target: 5 },
];

const ALL_RULES: readonly RuleId[] = [
  'unknown-code',
  'code-not-in-copy',
  'duplicate-code',
  'name-mismatch',
  'max-mismatch',
  'score-exceeds-max',
  'target-exceeds-max',
  'negative-value',
  'not-a-number',
  'number-as-text',
  'subtotal-mismatch',
  'target-below-score',
  'missing-criterion',
  'missing-lead',
  'ambiguous-code',
  'code-trailing-zero',
  'total-mismatch',
  'mixed-methodology',
  'max-sum-mismatch',
];

describe('finding messages', () => {
  const findings = checkTable(tableFromLines(MESSY), smallIndex(), { mixedMethodology: true });

  it('the messy table trips every rule', () => {
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(ALL_RULES));
  });

  it.each<Lang>(['vi', 'en'])('render in %s with every placeholder filled', (lang) => {
    const t = translator(lang);
    for (const f of findings) {
      expect(dictionary(lang)[f.messageKey]).toBeDefined();
      const text = t(f.messageKey, f.params);
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).not.toContain('\n');
    }
  });

  it('are registered, with a title per rule and Vietnamese in NFC', () => {
    expect(MESSAGE_TABLES).toContain(FINDINGS_MESSAGES);
    for (const rule of ALL_RULES) expect(FINDINGS_MESSAGES.en[`finding.title.${rule}`]).toBeDefined();
    expect(Object.values(FINDINGS_MESSAGES.vi).filter((text) => text !== text.normalize('NFC'))).toEqual([]);
  });
});

describe('amounts inside finding messages', () => {
  const findings = checkTable(tableFromLines(MESSY), smallIndex(), { mixedMethodology: true });
  const amountNames = new Set(FINDINGS_MESSAGES.amountParams ?? []);
  const withDecimals = findings.filter((f) =>
    Object.entries(f.params).some(([name, value]) => amountNames.has(name) && /\.\d/.test(String(value))),
  );

  it('are written with a decimal comma in Vietnamese and a dot in English', () => {
    expect(withDecimals.length).toBeGreaterThan(3);
    const vi = translator('vi');
    const en = translator('en');
    for (const f of withDecimals) {
      const viText = vi(f.messageKey, f.params);
      const enText = en(f.messageKey, f.params);
      for (const [name, value] of Object.entries(f.params)) {
        if (!amountNames.has(name) || !/^-?\d+\.\d+$/.test(String(value))) continue;
        if (!dictionary('vi')[f.messageKey]!.includes(`{${name}}`)) continue;
        const dotted = String(value);
        expect({ key: f.messageKey, viText }).toEqual({ key: f.messageKey, viText: expect.stringContaining(dotted.replace('.', ',')) });
        expect(enText).toContain(dotted);
      }
    }
  });

  it('never touch codes, cells or the raw text of a cell', () => {
    const vi = translator('vi');
    const coded = findings.filter(
      (f) => typeof f.params.code === 'string' && f.params.code.includes('.') && dictionary('vi')[f.messageKey]!.includes('{code}'),
    );
    expect(coded.length).toBeGreaterThan(0);
    for (const f of coded) expect(vi(f.messageKey, f.params)).toContain(String(f.params.code));
    const asText = findings.find((f) => f.rule === 'number-as-text')!;
    expect(vi(asText.messageKey, asText.params)).toContain(`“${asText.params.raw}”`);
    // A key outside the amount-bearing tables keeps a dotted value as given (e.g. a user's option).
    expect(vi('cli.error.extra-argument', { value: '1.5' })).toContain('"1.5"');
  });

  it('localizeAmount keeps what is not a plain decimal', () => {
    expect(localizeAmount('8.67', 'vi')).toBe('8,67');
    expect(localizeAmount(-0.25, 'vi')).toBe('-0,25');
    expect(localizeAmount(100, 'vi')).toBe('100');
    expect(localizeAmount('8.67', 'en')).toBe('8.67');
    expect(localizeAmount('8,67', 'vi')).toBe('8,67');
    expect(localizeAmount('—', 'vi')).toBe('—');
    expect(localizeAmount('1.2.3', 'vi')).toBe('1.2.3');
  });
});
