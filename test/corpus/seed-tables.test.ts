import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { EXAMPLE_TABLES } from '../../scripts/build-corpus';
import { VINH_PHUC_2024_ROWS } from '../../scripts/corpus/vinh-phuc-2024';
import { CORPUS, SON_LA_2023, VINH_PHUC_2024, VINH_PHUC_AREAS, VINH_PHUC_AREAS_UNCALCULATED } from './expectations';
import { analysisOf, checkReading, taskTextsByRow } from './reading';

/**
 * Every table of the source plans, typed as an officer would, read against expectations written
 * by hand from the plans (test/corpus/expectations.ts); each with a variant that changes only how
 * the sheet is dressed, which must read the same.
 */

describe.each(CORPUS.map((e) => [e.name, e] as const))('corpus: %s', (_, e) => {
  it('reads as the plan prints it, with no false finding', async () => {
    const a = await analysisOf(`${e.name}.xlsx`);
    checkReading(a, e, e.headerRow, e.sheet);
    expect(a.findings.map((f) => ({ rule: f.rule, severity: f.severity, cell: f.cell, code: f.code }))).toEqual(e.findings);
  });

  it('reads the same with other header words, repeated headers, a title, a signature and a notes sheet', async () => {
    const a = await analysisOf(`${e.name}.variant.xlsx`);
    checkReading(a, e, e.variantHeaderRow, e.sheet);
    const expected = e.variantFindings ?? e.findings.map(({ rule, severity, code }) => ({ rule, severity, code }));
    expect(a.findings.map((f) => ({ rule: f.rule, severity: f.severity, code: f.code }))).toEqual(expected);
  });
});

describe('corpus: Vĩnh Phúc 2024 codes', () => {
  it('gives every task the code in its TT cell, and a blank TT the criterion above it', async () => {
    const a = await analysisOf(`${VINH_PHUC_2024.name}.xlsx`);
    // From the transcription: a task row is one with a task or a lead; its code is its TT, or the
    // TT of the last coded row above it when blank (8.2 and 8.4 in the plan).
    const expected: string[][] = [];
    let last = '';
    for (const [tt, , task, lead] of VINH_PHUC_2024_ROWS) {
      if (tt !== '') last = tt;
      if (task !== '' || lead !== '') expected.push([tt !== '' ? tt : last]);
    }
    expect(expected.filter(([c]) => c === '8.2' || c === '8.4')).toEqual([['8.2'], ['8.4']]);
    expect(a.table.rows.filter((r) => r.kind === 'task').map((r) => [...r.code.codes])).toEqual(expected);
  });
});

describe('corpus: Sơn La 2023 lead cells', () => {
  it('keeps what a lead cell says besides its agencies with the task, on agency sheets and in the report', async () => {
    const tasks = taskTextsByRow(await analysisOf(`${SON_LA_2023.name}.xlsx`));
    // Area 1, task c (row 10): Sở Kế hoạch và Đầu tư leads, with Văn phòng UBND tỉnh; each line of the
    // cell says more than that (the two conferences to hold), so each follows the task as printed.
    expect(tasks.get(10)).toBe(
      'Chủ tịch UBND tỉnh đối thoại, tháo gỡ khó khăn cho doanh nghiệp, định kỳ 6 tháng/ lần; tổ chức triển khai hiệu quả Chương trình “Cà phê doanh nhân”, hoạt động kỷ niệm ngày Doanh nhân Việt Nam\n' +
        'Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Văn phòng UBND tỉnh tổ chức ít nhất là 02 Hội nghị\n' +
        'Hội nghị đối thoại/diễn đàn giữa Chủ tịch UBND tỉnh với doanh nghiệp\n' +
        'Thông báo giải quyết những kiến nghị, đề xuất của người dân và doanh nghiệp tại các cuộc đối thoại/diễn đàn.',
    );
    // Area 8, task a (row 49): the lead cell "Sở Nội vụ (sau khi có văn bản hướng dẫn của Bộ Nội vụ)".
    expect(tasks.get(49)).toBe(
      'Phối hợp với các đơn vị thuộc Bộ Nội vụ và các quan, đơn vị liên quan điều tra, khảo sát sự hài lòng của người dân, tổ chức … tỷ lệ hài lòng đạt từ 90% trở lên\n' +
        'Sở Nội vụ (sau khi có văn bản hướng dẫn của Bộ Nội vụ)',
    );
    // A cell that names agencies only adds nothing (area 1, task b, row 9).
    expect(tasks.get(9)).toBe(
      'Hoàn thành Kế hoạch kiểm tra công tác CCHC phải được thực hiện tối thiểu từ 30% số cơ quan, đơn vị trở lên, các vấn đề phát hiện phải được xử lý hoặc kiến nghị xử lý 100%',
    );
  });
});

describe('corpus: examples', () => {
  it('the README\'s example table lists every file in examples/, and only those', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| `examples\/([^`]+)` \|/gmu)].map((m) => m[1]).sort();
    expect(listed).toEqual(readdirSync(join(__dirname, '..', '..', 'examples')).sort());
  });

  it('offers three of the tables in examples/, the same files', () => {
    for (const name of EXAMPLE_TABLES) {
      expect(readFileSync(join(__dirname, '..', '..', 'examples', `${name}.xlsx`)).equals(readFileSync(join(__dirname, `${name}.xlsx`)))).toBe(true);
    }
  });
});

describe('corpus: a formula saved without its result', () => {
  it('asks for a recalculation of the score it cannot work out, and works out the plain SUM', async () => {
    const a = await analysisOf(join('uncalculated', `${VINH_PHUC_AREAS.name}.xlsx`));
    checkReading(a, VINH_PHUC_AREAS, VINH_PHUC_AREAS.variantHeaderRow, VINH_PHUC_AREAS.sheet);
    expect(a.findings.map((f) => ({ rule: f.rule, cell: f.cell, code: f.code }))).toEqual(VINH_PHUC_AREAS_UNCALCULATED);
    const total = a.table.rows.find((r) => r.kind === 'total')!;
    expect(total.numbers.max?.parse).toMatchObject({ status: 'ok', storedAsText: false, raw: '100' });
  });
});
