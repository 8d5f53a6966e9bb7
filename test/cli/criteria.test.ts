import { runCriteria } from '../../src/cli/commands/criteria';
import type { CriteriaOptions } from '../../src/cli/commands/criteria';

function run(options: CriteriaOptions): { code: number; stdout: string } {
  let stdout = '';
  const code = runCriteria(options, { stdout: (s) => (stdout += s), stderr: () => undefined });
  return { code, stdout };
}

describe('par-scorer criteria', () => {
  it('prints the 2017 tree in reading order with its maxima and point sources', () => {
    const { code, stdout } = run({ set: 'par-2017', json: false, lang: 'vi' });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[1]).toMatch(/^1 +CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC — 8,5 \[tự đánh giá\]$/);
    expect(stdout).toMatch(/^ {4}2\.4\.1 +Tính đồng bộ.* — 1 \[điều tra XHH\]$/m);
    expect(stdout).toMatch(/^8 +TÁC ĐỘNG CỦA CCHC.* — 16 /m);
    const order = lines.map((l) => /^\s*(\d+(?:\.\d+)*) /.exec(l)?.[1]).filter((c): c is string => c !== undefined);
    expect(order.indexOf('2.4.1')).toBe(order.indexOf('2.4') + 1);
    expect(order.indexOf('3')).toBeGreaterThan(order.indexOf('2.4.4'));
    expect(stdout).toMatch(/^Tổng: 100 điểm; \d+ mục\.$/m);
  });

  it('says where the partial 2022 tree gives no maximum', () => {
    const { stdout } = run({ set: 'par-2022', json: false, lang: 'en' });
    expect(stdout).toMatch(/^ {2}8\.1 +.* — 10/m);
    expect(stdout).toMatch(/^ {2}2\.1 +.* — —$/m);
    expect(stdout.trimEnd().split('\n').pop()).toContain('incomplete');
  });

  it('gives the tree as JSON with plain numbers', () => {
    const json = JSON.parse(run({ set: 'par-2017', json: true, lang: 'vi' }).stdout);
    expect(json).toMatchObject({ id: 'par-2017', total: 100, partial: expect.any(Boolean) });
    expect(json.nodes.find((n: { code: string }) => n.code === '5.9.4')).toMatchObject({ parent: '5.9', max: 1, level: 'subcriterion' });
    expect(json.nodes.find((n: { code: string }) => n.code === '1.3.1').max).toBeNull();
  });
});
