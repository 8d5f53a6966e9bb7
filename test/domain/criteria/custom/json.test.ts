import { criteriaIndex } from '../../../../src/domain/criteria';
import { criteriaSetFromJson } from '../../../../src/domain/criteria/custom';
import { fixed } from '../../../../src/domain/fixed';
import { translator } from '../../../../src/i18n';

const FILE = 'bo-tieu-chi.json';

describe('a criteria set in a JSON file', () => {
  it('extends par-2022 with the year’s maxima, accepting Vietnamese kind labels', () => {
    const text = JSON.stringify({
      title: 'PAR INDEX 2024',
      extends: 'par-2022',
      nodes: [
        { code: '8.1', max: 10 },
        { code: '1.3.3', name: 'Kiểm tra đột xuất', max: '0,5', kind: 'Tự đánh giá', parent: '1.3' },
      ],
    });
    const { set, issues } = criteriaSetFromJson(text, FILE);
    expect(issues).toEqual([]);
    expect(set!.source).toEqual({ kind: 'file', file: FILE });
    expect(criteriaIndex(set!).byCode('8.1')!.sources.at(-1)).toBe('bo-tieu-chi.json: nodes[0]');
    expect(criteriaIndex(set!).byCode('1.3.3')).toMatchObject({ max: fixed(0.5), kind: 'self-assessment', level: 'subcriterion' });
  });

  it('stands alone with a split area and numbers as codes', () => {
    const { set, issues } = criteriaSetFromJson(
      JSON.stringify({
        id: 'cap-huyen-2024',
        title: 'Chỉ số CCHC cấp huyện 2024',
        total: 20,
        nodes: [
          { code: 1, name: 'Chỉ đạo điều hành', max: 10, split: { 'self-assessment': 6, 'Điều tra xã hội học': 4 } },
          { code: 1.1, name: 'Kế hoạch', max: 6 },
          { code: 1.2, name: 'Khảo sát', max: 4, kind: 'leader-survey' },
          { code: '2', name: 'Hài lòng', max: 10, kind: 'SIPAS' },
        ],
      }),
      FILE,
    );
    expect(issues).toEqual([]);
    expect(set!.id).toBe('cap-huyen-2024');
    expect(set!.nodes[0]).toMatchObject({ kind: 'mixed', split: { 'self-assessment': fixed(6), 'leader-survey': fixed(4) } });
    // Children of a mixed area default to self-assessment.
    expect(set!.nodes[1]!.kind).toBe('self-assessment');
  });

  it('names the JSON entry of each problem', () => {
    const { set, issues } = criteriaSetFromJson(
      JSON.stringify({
        total: 10,
        nodes: [
          { code: '1', name: 'A', max: 10, split: { 'self-assessment': 5 } },
          { code: '1.1', name: 'B', max: -1 },
          { code: '1.2', name: 'C', kind: 'ai biết' },
          { code: 'một', name: 'D' },
        ],
      }),
      FILE,
    );
    expect(set).toBeNull();
    expect(issues.map((i) => ['path' in i.place ? i.place.path : '', i.messageKey])).toEqual([
      ['nodes[1].max', 'criteria.issue.bad-max'],
      ['nodes[2].kind', 'criteria.issue.bad-kind'],
      ['nodes[3].code', 'criteria.issue.bad-code'],
      ['nodes[0].split', 'criteria.issue.bad-split.sum'],
    ]);
    expect(translator('en')(issues[1]!.messageKey, issues[1]!.params)).toBe(
      'bo-tieu-chi.json: nodes[2].kind: “ai biết” is not a point source for 1.2; use one of: Tự đánh giá, Điều tra xã hội học, SIPAS, Kinh tế - xã hội, Hỗn hợp.',
    );
  });

  it('reports broken JSON with its line and unknown fields with their path', () => {
    const broken = criteriaSetFromJson('{\n  "nodes": [\n    { "code": "1", }\n  ]\n}', FILE);
    expect(broken.set).toBeNull();
    expect(broken.issues[0]!.messageKey).toBe('criteria.issue.json-syntax.at');
    expect(broken.issues[0]!.params.line).toBe(3);
    const shape = criteriaSetFromJson(JSON.stringify({ nodes: [{ code: '1', ten: 'A' }], tong: 5 }), FILE);
    expect(shape.issues.map((i) => [i.params.where, i.messageKey])).toEqual(
      expect.arrayContaining([
        ['bo-tieu-chi.json: nodes[0]', 'criteria.issue.json-shape.unknown-keys'],
        ['bo-tieu-chi.json', 'criteria.issue.json-shape.unknown-keys'],
      ]),
    );
    const noNodes = criteriaSetFromJson('{"title": 3}', FILE);
    expect(noNodes.issues.map((i) => i.params.where)).toEqual(['bo-tieu-chi.json: title', 'bo-tieu-chi.json: nodes']);
  });
});
