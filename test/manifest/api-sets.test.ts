/**
 * The add-in uses only what the manifest's <Requirements> promise, or checks first. Every Office.js
 * member the shipping code (src/, without src/dev) touches is resolved with the TypeScript compiler
 * and its requirement set read from the type declarations' documentation (test/support/api-sets.ts
 * says how, and which guards it recognises).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotationSet, compareVersions, covers, manifestSets, ROOT, scanFiles, scanShippingCode, type MemberUse, type Scan, type SetVersion } from '../support/api-sets';

/**
 * Members reached through a value that exists only when a Capabilities flag was true, by a path
 * the scanner does not follow (a field of the preflight's state or of the probe's blocks). Each
 * entry is checked: the flag's set covers the member's, the file reads the flag, and the entry is
 * still needed.
 */
const REACHED_THROUGH_FLAG: readonly { file: string; member: string; flag: string; path: string }[] = [
  {
    file: 'src/excel/apply.ts',
    member: 'Excel.RangeAreas.address',
    flag: 'mergedAreas',
    path: 'probe.blocks[i].merged is null unless queueProbe saw caps.mergedAreas',
  },
  {
    file: 'src/excel/apply.ts',
    member: 'Excel.Application.calculationMode',
    flag: 'calculationMode',
    path: 'written only when state.calculationMode is not null, which queueSettings reads only under caps.calculationMode',
  },
  {
    file: 'src/excel/apply.ts',
    member: 'Excel.Runtime.enableEvents',
    flag: 'events',
    path: 'written only when state.enableEvents is true, which queueSettings reads only under caps.events',
  },
];

const declared = manifestSets(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));
let scan: Scan;

beforeAll(() => {
  scan = scanShippingCode();
}, 300_000);

const fileOf = (use: MemberUse): string => use.where.replace(/:\d+$/, '');
const isDeclared = (need: SetVersion): boolean => declared.some((have) => covers(have, need));
const isGuarded = (use: MemberUse): boolean => use.guards.some((g) => covers(g, use));
const reviewedEntry = (use: MemberUse) => REACHED_THROUGH_FLAG.find((e) => e.file === fileOf(use) && e.member === use.member);

/** "ExcelApi 1.1, 1.2, … 1.13; Settings 1.1": every set and version the code was found to use. */
function setsFound(uses: readonly MemberUse[]): string {
  const bySet = new Map<string, Set<string>>();
  for (const use of uses) bySet.set(use.set, (bySet.get(use.set) ?? new Set()).add(use.version));
  return [...bySet]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([set, versions]) => `${set} ${[...versions].sort(compareVersions).join(', ')}`)
    .join('; ');
}

describe('reading the requirement-set annotations', () => {
  it('reads the Excel and custom functions form, [Api set: NAME X.Y]', () => {
    expect(annotationSet('/** Gets the merged areas.\n * @remarks\n * [Api set: ExcelApi 1.13]\n */')).toMatchObject({ set: 'ExcelApi', version: '1.13' });
    expect(annotationSet('* [Api set: CustomFunctionsRuntime 1.2]')).toMatchObject({ set: 'CustomFunctionsRuntime', version: '1.2' });
  });

  it('takes the version for the use when the annotation gives one per use, else the highest', () => {
    const doc = '* [Api set: ExcelApi 1.1 for get, 1.8 for set]';
    expect(annotationSet(doc, 'read')).toMatchObject({ version: '1.1' });
    expect(annotationSet(doc, 'write')).toMatchObject({ version: '1.8' });
    expect(annotationSet('* [Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it]', 'write')).toMatchObject({ version: '1.2' });
    expect(annotationSet('* [Api set: ExcelApi 1.1 for String,Integer,Double,Boolean,Range,Error; 1.7 for Array]', 'call')).toMatchObject({ version: '1.7' });
  });

  it('reads the common API form, **Requirement set**: {@link … | NAME X.Y}, a bare name being 1.1', () => {
    const link = (text: string) => `* **Requirement set**: {@link https://learn.microsoft.com/javascript/api/requirement-sets/common/x | ${text}}`;
    expect(annotationSet(link('SharedRuntime 1.1'))).toEqual({ set: 'SharedRuntime', version: '1.1', annotation: 'Requirement set: SharedRuntime 1.1' });
    expect(annotationSet(link('Settings'))).toMatchObject({ set: 'Settings', version: '1.1' });
    expect(annotationSet(link('Not in a set'))).toBeNull();
    expect(annotationSet('/** Gets the URL of the document. */')).toBeNull();
  });

  it("reads the manifest's <Sets>, a Set without MinVersion taking DefaultMinVersion", () => {
    const xml = '<Requirements><Sets DefaultMinVersion="1.2"><Set Name="ExcelApi" MinVersion="1.7" /><Set Name="Settings" /></Sets></Requirements>';
    expect(manifestSets(xml)).toEqual([
      { set: 'ExcelApi', version: '1.7' },
      { set: 'Settings', version: '1.2' },
    ]);
    expect(declared).toEqual([
      { set: 'ExcelApi', version: '1.7' },
      { set: 'SharedRuntime', version: '1.1' },
      { set: 'CustomFunctionsRuntime', version: '1.1' },
    ]);
  });
});

describe('the scanner, on code written to test it (fixtures/api-set-uses.ts)', () => {
  const FIXTURE = join(__dirname, 'fixtures', 'api-set-uses.ts');
  let uses: MemberUse[];
  beforeAll(() => {
    uses = scanFiles([FIXTURE], (file) => file === FIXTURE).uses;
  }, 300_000);
  const inFunction = (name: string, member: string): MemberUse[] => {
    const text = readFileSync(FIXTURE, 'utf8').split('\n');
    const start = text.findIndex((l) => l.includes(`function ${name}(`)) + 1;
    const end = text.findIndex((l, i) => i >= start && l === '}') + 1;
    return uses.filter((u) => {
      const line = Number(/:(\d+)$/.exec(u.where)![1]);
      return u.member === member && line >= start && line <= end;
    });
  };
  const guarded = (u: MemberUse) => u.guards.some((g) => covers(g, u));

  it('finds a call and its set, unguarded', () => {
    const [use] = inFunction('unguardedCall', 'Excel.Application.suspendScreenUpdatingUntilNextSync');
    expect(use).toMatchObject({ set: 'ExcelApi', version: '1.9', guards: [] });
  });

  it('takes a Capabilities flag for the set detectCapabilities() checks, and no more', () => {
    expect(guarded(inFunction('guardedByFlag', 'Excel.Application.suspendScreenUpdatingUntilNextSync')[0]!)).toBe(true);
    const [tooLow] = inFunction('guardedByTooLowAFlag', 'Excel.Application.suspendScreenUpdatingUntilNextSync');
    expect(tooLow!.guards).toEqual([{ set: 'ExcelApi', version: '1.8' }]);
    expect(guarded(tooLow!)).toBe(false);
  });

  it('takes isSetSupported before an early return as a guard of what follows', () => {
    const [use] = inFunction('guardedByEarlyReturn', 'Excel.Range.getMergedAreasOrNullObject');
    expect(use).toMatchObject({ set: 'ExcelApi', version: '1.13' });
    expect(guarded(use!)).toBe(true);
  });

  it('takes a function whose every call is guarded as guarded, and not one called once without', () => {
    const merged = 'Excel.Range.getMergedAreasOrNullObject';
    expect(guarded(inFunction('onlyCalledUnderGuard', merged)[0]!)).toBe(true);
    expect(inFunction('onceCalledUnguarded', merged)).toMatchObject([{ version: '1.13', guards: [] }]);
  });

  it('follows a guard through a const value and through a boolean parameter', () => {
    expect(guarded(inFunction('throughConst', 'Excel.Application.suspendScreenUpdatingUntilNextSync')[0]!)).toBe(true);
    expect(guarded(inFunction('withFlag', 'Excel.Range.getMergedAreasOrNullObject')[0]!)).toBe(true);
  });

  it('sees members taken by destructuring and named in load(), with the read or write version', () => {
    expect(inFunction('unguardedDestructuring', 'Excel.Runtime.enableEvents')).toMatchObject([{ set: 'ExcelApi', version: '1.8', guards: [] }]);
    expect(inFunction('unguardedLoad', 'Excel.Application.calculationMode').map((u) => u.version)).toEqual(['1.1', '1.8']);
  });
});

describe('the Office.js members the shipping code touches', () => {
  it('are found in every part of the add-in, with the set their documentation names', () => {
    const found = (member: string, file: string) => scan.uses.filter((u) => u.member === member && fileOf(u) === file);
    // Hand-checked against Microsoft's reference pages for each member.
    expect(found('Excel.Range.getMergedAreasOrNullObject', 'src/excel/apply.ts')[0]).toMatchObject({ set: 'ExcelApi', version: '1.13' });
    expect(found('Excel.Worksheet.getUsedRangeOrNullObject', 'src/excel/read.ts')[0]).toMatchObject({ set: 'ExcelApi', version: '1.4' });
    expect(found('Excel.Application.suspendScreenUpdatingUntilNextSync', 'src/excel/apply.ts')[0]).toMatchObject({ set: 'ExcelApi', version: '1.9' });
    expect(found('CustomFunctions.Error', 'src/functions/functions.ts')[0]).toMatchObject({ set: 'CustomFunctionsRuntime', version: '1.2' });
    expect(found('CustomFunctions.ErrorCode.notAvailable', 'src/functions/functions.ts')[0]).toMatchObject({ set: 'CustomFunctionsRuntime', version: '1.3' });
    expect(found('Office.Settings.saveAsync', 'src/taskpane/settings-store.ts')[0]).toMatchObject({ set: 'Settings', version: '1.1' });
    expect(found('Office.Addin.showAsTaskpane', 'src/commands/commands.ts')[0]).toMatchObject({ set: 'SharedRuntime', version: '1.1' });
    // A member named only in a load() string counts too.
    expect(scan.uses.some((u) => u.member === 'Excel.Worksheet.visibility' && u.annotation.includes('1.2 for setting'))).toBe(true);
  });

  it('are in a set the manifest declares at that version or higher, or are reached only behind a check of their set', () => {
    const problems = scan.uses
      .filter((use) => !isDeclared(use) && !isGuarded(use) && !reviewedEntry(use))
      .map((u) => `${u.where} ${u.member}: ${u.set} ${u.version} (${u.annotation}), checked here: ${u.guards.map((g) => `${g.set} ${g.version}`).join(', ') || 'nothing'}`);
    const header = `Sets found in ${scan.files} files: ${setsFound(scan.uses)}. The manifest declares ${declared.map((d) => `${d.set} ${d.version}`).join(', ')}.`;
    expect(problems.length === 0 ? [] : [header, ...problems]).toEqual([]);
  });

  it('guard each Capabilities flag by the set detectCapabilities() asks for', () => {
    // Microsoft's ExcelApi reference: getMergedAreasOrNullObject 1.13, suspendScreenUpdatingUntilNextSync 1.9.
    expect(scan.capabilityFlags.get('mergedAreas')).toEqual({ set: 'ExcelApi', version: '1.13' });
    expect(scan.capabilityFlags.get('suspendScreenUpdating')).toEqual({ set: 'ExcelApi', version: '1.9' });
    expect(scan.capabilityFlags.get('calculationMode')).toEqual({ set: 'ExcelApi', version: '1.8' });
    expect(scan.capabilityFlags.get('events')).toEqual({ set: 'ExcelApi', version: '1.8' });
  });

  it('reached through a flag by a path the scanner does not follow are each justified and still needed', () => {
    for (const entry of REACHED_THROUGH_FLAG) {
      const uses = scan.uses.filter((u) => fileOf(u) === entry.file && u.member === entry.member && !isDeclared(u) && !isGuarded(u));
      expect({ entry: entry.member, file: entry.file, stillNeeded: uses.length > 0 }).toEqual({ entry: entry.member, file: entry.file, stillNeeded: true });
      const flag = scan.capabilityFlags.get(entry.flag);
      for (const use of uses) expect({ member: use.member, covered: flag !== undefined && covers(flag, use) }).toEqual({ member: use.member, covered: true });
      expect(readFileSync(join(ROOT, entry.file), 'utf8')).toContain(`caps.${entry.flag}`);
    }
  });
});
