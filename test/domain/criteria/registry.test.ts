import {
  CRITERIA_SET_IDS,
  criteriaSetEntry,
  criteriaSetNamedBy,
  defaultCriteriaSetId,
  registerCriteriaSet,
} from '../../../src/domain/criteria/registry';
import { detectCriteriaSet, getCriteriaSet, isBuiltInSetId } from '../../../src/domain/criteria';
import { safeParseCriteriaSet } from '../../../src/domain/criteria/schema';
import { criteriaSetFromJson } from '../../../src/domain/criteria/custom';
import { analyze } from '../../../src/domain/engine';
import { createParFunctions } from '../../../src/functions/par-functions';
import { translator } from '../../../src/i18n';
import { areaName } from '../../../src/taskpane/area-names';
import { gridFromRows } from '../../support/grid-builder';
import { TOY_DATA, TOY_ENTRY, TOY_TABLE_ROWS } from './toy-set';
import { HA_TINH_2023_ROWS, DAKLAK_2020_ROWS, codesOf, namesOf } from './fixtures';

// Jest gives each test file its own modules, so the toy set is registered in this file only.
beforeAll(() => registerCriteriaSet(TOY_ENTRY));

describe('the criteria-set registry', () => {
  it('lists the national sets, the current one first, then a set registered later', () => {
    expect(CRITERIA_SET_IDS).toEqual(['par-2022', 'par-2017', 'toy']);
    expect(defaultCriteriaSetId()).toBe('par-2022');
    expect(isBuiltInSetId('toy')).toBe(true);
    expect(criteriaSetEntry('toy')?.names.en).toBe('Toy set');
  });

  it('serves its data, which the schema (its id enum included) accepts like the national sets’', () => {
    const set = getCriteriaSet('toy');
    expect(set.nodes.map((n) => n.code)).toEqual(['9', '9.1', '9.2', '10', '10.1']);
    expect(set.title).toBe(TOY_DATA.title);
    expect(safeParseCriteriaSet(set)).toEqual({ ok: true, set });
    expect(safeParseCriteriaSet({ ...set, id: 'toy-2' }).ok).toBe(false);
  });

  it('refuses an entry that would clash with what is there', () => {
    expect(() => registerCriteriaSet(TOY_ENTRY)).toThrow(/already registered/);
    expect(() => registerCriteriaSet({ ...TOY_ENTRY, id: 'auto', data: { ...TOY_DATA, id: 'auto' } })).toThrow(/reserved/);
    expect(() => registerCriteriaSet({ ...TOY_ENTRY, id: 'Toy 2' })).toThrow(/lower-case/);
    expect(() => registerCriteriaSet({ ...TOY_ENTRY, id: 'toy-2' })).toThrow(/its data says id toy/);
    const lopsided = { vi: { 9: 'Chuyển đổi số' }, en: {} };
    expect(() => registerCriteriaSet({ ...TOY_ENTRY, id: 'toy-3', data: { ...TOY_DATA, id: 'toy-3' }, areaNames: lopsided })).toThrow(
      /differ between languages/,
    );
    const mute = { vi: 'Bảng lẫn hai bộ tiêu chí.', en: 'The table mixes two criteria sets.' };
    expect(() => registerCriteriaSet({ ...TOY_ENTRY, id: 'toy-4', data: { ...TOY_DATA, id: 'toy-4' }, mixedMethodology: mute })).toThrow(
      /in vi does not name the \{other\} set; the mixed-methodology message in en does not/,
    );
    expect(CRITERIA_SET_IDS).toEqual(['par-2022', 'par-2017', 'toy']);
  });

  it('adds the set’s texts to both languages', () => {
    expect(translator('vi')('pane.criteria.toy')).toBe('Bộ thử nghiệm');
    expect(translator('en')('pane.criteria.toy')).toBe('Toy set');
    expect(areaName(translator('en'), 'toy', '10', 'SẮP XẾP')).toBe('Unit mergers');
  });

  it('names the set by its aliases, the national sets as before', () => {
    expect(criteriaSetNamedBy('Bộ thử nghiệm')).toBe('toy');
    expect(criteriaSetNamedBy('QĐ 876 (2022–2030)')).toBe('par-2022');
    expect(criteriaSetNamedBy('2017-2020')).toBe('par-2017');
    expect(criteriaSetNamedBy('2019')).toBeNull();
  });

  it('lets a custom set extend it', () => {
    const json = { id: 'xa-2026', title: 'Bộ của xã', extends: 'toy', nodes: [{ code: '9.2', max: 3 }] };
    const result = criteriaSetFromJson(JSON.stringify(json), 'xa.json');
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.set?.extends).toBe('toy');
  });
});

describe('detection with a third set', () => {
  it('recognises a table in the toy set’s codes', () => {
    const d = detectCriteriaSet(
      TOY_TABLE_ROWS.slice(1).map((r) => String(r[0])),
      TOY_TABLE_ROWS.slice(1).map((r) => String(r[1])),
    );
    expect(d).toEqual({ id: 'toy', confidence: 1, mixed: false });
  });

  it('detects it from a grid, and checks the grid against it', () => {
    const result = analyze(gridFromRows(TOY_TABLE_ROWS, { sheet: 'Xã' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.analysis.criteria.id).toBe('toy');
    expect(result.analysis.criteriaChosenBy).toBe('detected');
    expect(result.analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('names the toy set, not the other national set, when a 2022 table takes rows from it', () => {
    const rows = [...HA_TINH_2023_ROWS, ...TOY_TABLE_ROWS.slice(1).map((r) => [String(r[0]), String(r[1])] as const)];
    const d = detectCriteriaSet(codesOf(rows), namesOf(rows));
    expect(d).toEqual({ id: 'par-2022', confidence: expect.any(Number), mixed: true, mixedKind: 'methodologies', mixedWith: 'toy' });
    const result = analyze(gridFromRows([['STT', 'Tiêu chí', 'Nhiệm vụ', 'Cơ quan chủ trì'], ...rows.map(([code, name]) => [code, name, 'Triển khai', 'Sở Nội vụ'])]));
    if (!result.ok) throw new Error('no table');
    const [mixed] = result.analysis.findings.filter((f) => f.rule === 'mixed-methodology');
    expect(translator('vi')(mixed!.messageKey, mixed!.params)).toBe(
      'Bảng lẫn mã và tên của hai bộ tiêu chí, PAR INDEX 2022–2030 và Bộ thử nghiệm; đang đối chiếu theo bộ PAR INDEX 2022–2030.',
    );
    expect(translator('en')(mixed!.messageKey, mixed!.params)).toBe(
      'The table mixes codes and names of two criteria sets, PAR INDEX 2022–2030 and Toy set; checking against PAR INDEX 2022–2030.',
    );
  });

  it('still tells the national sets apart', () => {
    expect(detectCriteriaSet(codesOf(HA_TINH_2023_ROWS), namesOf(HA_TINH_2023_ROWS)).id).toBe('par-2022');
    expect(detectCriteriaSet(codesOf(DAKLAK_2020_ROWS), namesOf(DAKLAK_2020_ROWS)).id).toBe('par-2017');
    expect(detectCriteriaSet([], []).id).toBe('par-2022');
  });
});

describe('the worksheet functions with a third set', () => {
  it('accept it as the set argument and list it among the valid ones', () => {
    const fns = createParFunctions({ makeError: (_code, message) => new Error(message), translate: () => translator('en') });
    expect(fns.name('9.1', 'toy')).toBe('Cổng dịch vụ công cấp xã');
    expect(fns.maxPoints('10', 'TOY')).toBe(4);
    expect(() => fns.name('9.1', 'toi')).toThrow('There is no criteria set “toi”; use one of: par-2022, par-2017, toy.');
  });
});
