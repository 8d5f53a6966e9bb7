import fc from 'fast-check';
import { JsonList, writeJson } from '../../src/cli/json-writer';

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

  it('writes long lists at any depth as JSON.stringify does, across batches and around large elements', () => {
    const long = fc.array(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)), { minLength: 60, maxLength: 700 });
    const nested = fc.tuple(long, fc.nat(3), fc.array(long, { maxLength: 3 })).map(([list, depth, inner]) => {
      let value: unknown = [...list.slice(0, 20), inner, ...list.slice(20)];
      for (let d = 0; d < depth; d++) value = d % 2 === 0 ? { key: value, other: [1, 2] } : [value, 'x'];
      return value;
    });
    fc.assert(
      fc.property(nested, (value) => {
        expect(written(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 40 },
    );
    const list = new JsonList(1000, (i) => (i % 300 === 0 ? { row: i, many: Array.from({ length: 100 }, (_, k) => k) } : { row: i }));
    expect(written({ tasks: list }).text).toBe(`${JSON.stringify({ tasks: list.toJSON() }, null, 2)}\n`);
  });

  it('hands a large report over in pieces rather than as one string', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ row: i + 1, task: `Nhiệm vụ số ${i + 1}` }));
    expect(written({ tasks: rows }).pieces).toBeGreaterThan(10);
  });
});
