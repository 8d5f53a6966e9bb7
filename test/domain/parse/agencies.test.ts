import fc from 'fast-check';
import {
  canonicalAgency,
  knownAgencyNames,
  parseAgencies,
  parseAgenciesWithRoles,
  readAgencyCell,
} from '../../../src/domain/parse/agencies';
import variants from './fixtures/agency-variants.json';

function names(text: string): string[] {
  return parseAgencies(text).map((m) => m.name);
}

describe('parseAgencies', () => {
  it('splits on ";" and keeps commas inside group names', () => {
    expect(names('Sở, ban, ngành cấp tỉnh; UBND cấp huyện')).toEqual(['Sở, ban, ngành cấp tỉnh', 'UBND cấp huyện']);
    expect(names('Các cơ quan, đơn vị, địa phương')).toEqual(['Các cơ quan, đơn vị, địa phương']);
    expect(names('UBND các huyện, thị xã, thành phố')).toEqual(['UBND cấp huyện']);
  });

  it('splits on commas between agencies', () => {
    expect(names('Sở Nội vụ, Sở Thông tin và Truyền thông, Sở Khoa học và Công nghệ')).toEqual([
      'Sở Nội vụ',
      'Sở Thông tin và Truyền thông',
      'Sở Khoa học và Công nghệ',
    ]);
    expect(names('Văn phòng UBND tỉnh, các cơ quan, đơn vị liên quan')).toEqual([
      'Văn phòng UBND tỉnh',
      'Các cơ quan, đơn vị liên quan',
    ]);
  });

  it('distributes a shared head over a ":" list (Kế hoạch Đắk Lắk 2020, Phụ lục II)', () => {
    expect(
      names(
        'Văn phòng UBND tỉnh; các Sở: Tư pháp, Tài chính, Thông tin và Truyền thông, Khoa học và Công nghệ; các cơ quan, đơn vị liên quan',
      ),
    ).toEqual([
      'Văn phòng UBND tỉnh',
      'Sở Tư pháp',
      'Sở Tài chính',
      'Sở Thông tin và Truyền thông',
      'Sở Khoa học và Công nghệ',
      'Các cơ quan, đơn vị liên quan',
    ]);
  });

  it('reads "- " bullet lists with wrapped lines (Kế hoạch Đắk Lắk 2020, Phụ lục I)', () => {
    expect(names('- Sở Kế hoạch và Đầu\ntư;\n- Sở Tài chính;\n- Sở Nông nghiệp và Phát triển nông thôn;\n- Sở Nội vụ.')).toEqual([
      'Sở Kế hoạch và Đầu tư',
      'Sở Tài chính',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Sở Nội vụ',
    ]);
  });

  it('rejoins a lead cell wrapped over lines and splits "và các" (Kế hoạch Hà Tĩnh 2023)', () => {
    expect(names('Sở Nội vụ và\ncác Sở, ngành\nchủ trì các\nlĩnh vực\nCCHC')).toEqual([
      'Sở Nội vụ',
      'Các cơ quan chủ trì các lĩnh vực CCHC của tỉnh',
    ]);
    expect(names('Ban Quản lý Khu kinh tế tỉnh và các đơn vị, địa phương liên quan')).toEqual([
      'Ban Quản lý Khu kinh tế tỉnh',
      'Các cơ quan, đơn vị liên quan',
    ]);
  });

  it('splits "và" before a group (Kế hoạch CCHC Hà Tĩnh 2024)', () => {
    expect(parseAgencies('Các trường và đơn vị tư vấn').map((m) => [m.name, m.kind])).toEqual([
      ['Các trường THCS, tiểu học công lập', 'group'],
      ['Đơn vị tư vấn', 'group'],
    ]);
  });

  it('never splits "và" inside a name', () => {
    expect(names('Sở Kế hoạch và Đầu tư; Đài Phát thanh và Truyền hình tỉnh')).toEqual([
      'Sở Kế hoạch và Đầu tư',
      'Đài Phát thanh và Truyền hình tỉnh',
    ]);
  });

  it.each(['UBND cấp huyện, cấp xã', 'UBND cấp huyện, xã', 'UBND cấp huyện; cấp xã', 'UBND cấp huyện, UBND cấp xã'])(
    'reads the shared head in %p as two groups',
    (text) => {
      expect(parseAgencies(text).map((m) => [m.name, m.kind])).toEqual([
        ['UBND cấp huyện', 'group'],
        ['UBND cấp xã', 'group'],
      ]);
    },
  );

  it('normalises spellings and abbreviations to one name', () => {
    expect(names('SNV; Sở Nội Vụ; Sở NV')).toEqual(['Sở Nội vụ']);
    expect(names('VP UBND tỉnh')).toEqual(['Văn phòng UBND tỉnh']);
    expect(names('Văn phòng Ủy ban nhân dân tỉnh')).toEqual(['Văn phòng UBND tỉnh']);
    expect(names('Sở KH&CN, Sở TT&TT, Sở TTTT, Sở KH&ĐT')).toEqual([
      'Sở Khoa học và Công nghệ',
      'Sở Thông tin và Truyền thông',
      'Sở Kế hoạch và Đầu tư',
    ]);
    expect(names('Sở tư pháp; Cục thuế tỉnh')).toEqual(['Sở Tư pháp', 'Cục Thuế tỉnh']);
    expect(names('Sở Thông tin truyền thông')).toEqual(['Sở Thông tin và Truyền thông']);
    expect(names('Ủy ban nhân dân tỉnh; Uỷ ban nhân dân cấp huyện')).toEqual(['UBND tỉnh', 'UBND cấp huyện']);
  });

  it('keeps group names as groups and agencies as agencies', () => {
    const mentions = parseAgencies('Sở Nội vụ; Các sở, ban, ngành; UBND cấp xã.; Các cơ quan, đơn vị, Liên quan');
    expect(mentions.map((m) => [m.name, m.kind, m.known])).toEqual([
      ['Sở Nội vụ', 'agency', true],
      ['Sở, ban, ngành cấp tỉnh', 'group', true],
      ['UBND cấp xã', 'group', true],
      ['Các cơ quan, đơn vị liên quan', 'group', true],
    ]);
  });

  it('drops parenthesised notes and reads role qualifiers (Kế hoạch Vĩnh Phúc 2024)', () => {
    const roles = parseAgenciesWithRoles('Sở Nội vụ (theo dõi, kiểm tra); Các cơ quan, đơn vị, địa phương (thực hiện)');
    expect(roles.map((r) => [r.mention.name, r.role])).toEqual([
      ['Sở Nội vụ', 'lead'],
      ['Các cơ quan, đơn vị, địa phương', 'implementer'],
    ]);
    expect(names('Sở Tài chính (TT Tư vấn dịch vụ tài chính)')).toEqual(['Sở Tài chính']);
    expect(names('Sở Nội vụ (sau khi có văn bản hướng dẫn của Bộ Nội vụ)')).toEqual(['Sở Nội vụ']);
  });

  it('cuts unparenthesised role words and the prose after them', () => {
    expect(names('Sở Thông tin và Truyền thông chủ trì theo dõi, đôn đốc, tham mưu)')).toEqual([
      'Sở Thông tin và Truyền thông',
    ]);
    expect(
      names('Sở Nội vụ chủ trì đối với nhân rộng mô hình hay; Sở Khoa học và Công nghệ chủ trì đối với áp dụng các sáng kiến CCHC'),
    ).toEqual(['Sở Nội vụ', 'Sở Khoa học và Công nghệ']);
  });

  it('keeps an unknown agency as written, flagged unknown', () => {
    const [m] = parseAgencies('  Sở Ngoại thương. ');
    expect(m).toEqual({ name: 'Sở Ngoại thương', kind: 'agency', raw: 'Sở Ngoại thương', known: false });
    expect(canonicalAgency('Các phòng chuyên môn liên quan')).toEqual({
      name: 'Các phòng chuyên môn liên quan',
      kind: 'group',
      known: false,
    });
  });

  it('knows names with commas that are not groups', () => {
    expect(names('Sở Y tế, Sở Văn hóa, Thể thao và Du lịch')).toEqual(['Sở Y tế', 'Sở Văn hóa, Thể thao và Du lịch']);
  });

  it('returns nothing for a blank cell and reports each agency once', () => {
    expect(parseAgencies('  \n ')).toEqual([]);
    expect(names('Sở Nội vụ; Sở Nội vụ')).toEqual(['Sở Nội vụ']);
  });
});

describe('parseAgencies properties', () => {
  const known = knownAgencyNames();

  it('every canonical name parses back to itself', () => {
    for (const { name, kind } of known) {
      expect(parseAgencies(name).map((m) => [m.name, m.kind, m.known])).toEqual([[name, kind, true]]);
      expect(canonicalAgency(name)).toEqual({ name, kind, known: true });
    }
  });

  it('lists of canonical names joined by ";" or new lines come back in order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...known.map((k) => k.name)), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('; ', ';\n', '\n- '),
        (list, sep) => {
          expect(names(list.join(sep))).toEqual(list);
        },
      ),
    );
  });

  it('a shared head distributes over any list of its departments, names with commas included', () => {
    const departments = known.filter((k) => k.kind === 'agency' && /^Sở /u.test(k.name)).map((k) => k.name);
    expect(departments).toContain('Sở Văn hóa, Thể thao và Du lịch');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...departments), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('các Sở: ', 'Các Sở: ', 'Sở: '),
        (list, head) => {
          expect(names(`${head}${list.map((n) => n.slice('Sở '.length)).join(', ')}`)).toEqual(list);
        },
      ),
    );
  });

  it('known names come back canonical whatever the case, spacing or Unicode form', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...known),
        fc.constantFrom<(s: string) => string>(
          (s) => s.toUpperCase(),
          (s) => s.replace(/ /g, '  '),
          (s) => `${s}.`,
          (s) => s.normalize('NFD'),
          (s) => `- ${s};`,
        ),
        ({ name, kind }, spell) => {
          expect(parseAgencies(spell(name)).map((m) => [m.name, m.kind])).toEqual([[name, kind]]);
        },
      ),
    );
  });

  it('never throws and never returns an empty name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        for (const m of parseAgencies(s)) expect(m.name).not.toBe('');
      }),
    );
  });
});

describe('parseAgencies on every spelling seen in the plans', () => {
  const { cases } = variants as { cases: { text: string; includes: string[] }[] };

  it.each(cases.map((c) => [c.text, c.includes] as const))('%p names %p', (text, includes) => {
    const found = names(text);
    for (const name of includes) expect(found).toContain(name);
  });
});

describe('parseAgencies: only what looks like an organisation (issue 11)', () => {
  const names = (text: string) => parseAgencies(text).map((m) => m.name);

  it('keeps the agency of a lead cell and leaves its sentences as text', () => {
    const cell =
      'Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Văn phòng UBND tỉnh tổ chức ít nhất là 02 Hội nghị\nHội nghị đối thoại/diễn đàn giữa Chủ tịch UBND tỉnh với doanh nghiệp;\nThông báo giải quyết những kiến nghị, đề xuất của người dân và doanh nghiệp tại các cuộc đối thoại/diễn đàn.';
    expect(names(cell)).toEqual(['Sở Kế hoạch và Đầu tư', 'Văn phòng UBND tỉnh']);
    // The partner named in the prose works with the lead: an implementer, not a second lead.
    expect(parseAgenciesWithRoles(cell).map((m) => [m.mention.name, m.role])).toEqual([
      ['Sở Kế hoạch và Đầu tư', 'lead'],
      ['Văn phòng UBND tỉnh', 'implementer'],
    ]);
  });

  it('gives back what the cell says besides its agencies, item by item', () => {
    const cell =
      'Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Văn phòng UBND tỉnh tổ chức ít nhất là 02 Hội nghị\nHội nghị đối thoại/diễn đàn giữa Chủ tịch UBND tỉnh với doanh nghiệp;\nThông báo giải quyết những kiến nghị, đề xuất của người dân và doanh nghiệp tại các cuộc đối thoại/diễn đàn.';
    expect(readAgencyCell(cell).rest).toBe(
      'Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Văn phòng UBND tỉnh tổ chức ít nhất là 02 Hội nghị\nHội nghị đối thoại/diễn đàn giữa Chủ tịch UBND tỉnh với doanh nghiệp\nThông báo giải quyết những kiến nghị, đề xuất của người dân và doanh nghiệp tại các cuộc đối thoại/diễn đàn.',
    );
  });

  it.each([
    ['Sở Nội vụ (sau khi có văn bản hướng dẫn của Bộ Nội vụ)', ['Sở Nội vụ'], 'Sở Nội vụ (sau khi có văn bản hướng dẫn của Bộ Nội vụ)'],
    ['Sở Nội vụ chủ trì đối với nhân rộng mô hình hay; Sở Khoa học và Công nghệ', ['Sở Nội vụ', 'Sở Khoa học và Công nghệ'], 'Sở Nội vụ chủ trì đối với nhân rộng mô hình hay'],
    [
      'Các sở, ban, ngành, UBND các huyện, thành phố theo chức năng, nhiệm vụ được giao',
      ['Sở, ban, ngành cấp tỉnh', 'UBND cấp huyện'],
      'Các sở, ban, ngành, UBND các huyện, thành phố theo chức năng, nhiệm vụ được giao',
    ],
    ['UBND cấp huyện (chỉ đạo UBND cấp xã thực hiện)', ['UBND cấp huyện'], 'UBND cấp huyện (chỉ đạo UBND cấp xã thực hiện)'],
  ])('%p: the agencies, and the item that says more, as written', (cell, agencies, rest) => {
    const reading = readAgencyCell(cell);
    expect(reading.mentions.map((m) => m.mention.name)).toEqual(agencies);
    expect(reading.rest).toBe(rest);
  });

  it('reads "(chỉ đạo UBND cấp xã thực hiện)" as a sentence, not as a role: the agency still leads', () => {
    expect(parseAgenciesWithRoles('UBND cấp huyện (chỉ đạo UBND cấp xã thực hiện)').map((m) => m.role)).toEqual([null]);
  });

  it.each([
    ['Giám đốc Sở Nội vụ', ['Sở Nội vụ']],
    ['Thủ trưởng các sở, ban, ngành', ['Sở, ban, ngành cấp tỉnh']],
  ])('%p: the head of a body stands for the body', (cell, agencies) => {
    expect(readAgencyCell(cell)).toEqual({ mentions: agencies.map((name) => expect.objectContaining({ mention: expect.objectContaining({ name }) })), rest: '' });
  });

  it.each([
    'Sở Nội vụ',
    'Các sở, ban, ngành;\nUBND cấp huyện;\nUBND cấp xã.',
    'Văn phòng UBND tỉnh (chủ trì, theo dõi); Các cơ quan, đơn vị, địa phương (phối hợp, thực hiện)',
    'Sở Thông tin và Truyền thông chủ trì theo dõi, đơn đốc, tham mưu; Các cơ quan, đơn vị, địa phương (thực hiện)',
    'Sở Tài chính (chủ trì, đôn đốc, kiểm tra); Các cơ quan, đơn vị, địa phương (thực hiện)',
  ])('%p names agencies and their roles only: nothing else to keep', (cell) => {
    expect(readAgencyCell(cell).rest).toBe('');
  });

  it.each([
    ['Ban hành văn bản chỉ đạo', []],
    ['Báo cáo kết quả thực hiện', []],
    ['Tổ chức Hội nghị đối thoại', []],
    ['Thường xuyên', []],
  ])('%p names no agency', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Báo Sơn La', 'Báo Sơn La'],
    ['Công an tỉnh', 'Công an tỉnh'],
    ['Bưu điện tỉnh', 'Bưu điện tỉnh'],
    ['Trung tâm Công nghệ thông tin và Truyền thông', 'Trung tâm Công nghệ thông tin và Truyền thông'],
    ['Đài Phát thanh và Truyền hình tỉnh', 'Đài Phát thanh và Truyền hình tỉnh'],
    ['Ban Quản lý dự án đầu tư xây dựng tỉnh', 'Ban Quản lý dự án đầu tư xây dựng tỉnh'],
  ])('%p is an agency, known or named like one', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });
});
