import fc from 'fast-check';
import { writeJson } from '../../src/cli/json-writer';

function written(value: unknown): { text: string; pieces: number } {
  let text = '';
  let pieces = 0;
  writeJson(value, (piece) => {
    text += piece;
    pieces++;
  });
  return { text, pieces };
}

describe('writeJson', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(written(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
    );
  });

  it('keeps the text identical around long arrays, empty containers and omitted properties', () => {
    const report = {
      file: 'a.xlsx',
      skipped: undefined,
      tasks: Array.from({ length: 300 }, (_, i) => ({ row: i + 5, agencies: ['Sở Nội vụ'], deadline: null, note: undefined })),
      agencies: [{ name: 'Sở Nội vụ', tasks: Array.from({ length: 300 }, (_, i) => i + 5), criteria: [] }],
      empty: {},
      holes: [undefined, 1],
    };
    expect(written(report).text).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('hands a large report over in pieces rather than as one string', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ row: i + 1, task: `Nhiệm vụ số ${i + 1}` }));
    expect(written({ tasks: rows }).pieces).toBeGreaterThan(10);
  });
});
