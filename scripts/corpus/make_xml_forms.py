"""Builds test/corpus/xml-forms/*.xlsx: the example score table (Kế hoạch Đắk Lắk 2020, Phụ lục I)
with its parts written in forms XML 1.0 allows and Excel never writes, as other producers do:
- comments-cdata-end-tags.xlsx: comments in every part, among elements and around commented-out
  markup (a sheet, a relationship, a row); text in CDATA sections; white space before the ">" of
  end tags (XML 1.0 §2.5 comments, §2.7 CDATA sections, §3.1 "ETag ::= '</' Name S? '>'").
- prefixed-packaging.xlsx: the content types stream and the relationship parts with their namespace
  bound to a prefix, and the workbook, sheet, shared strings and styles with the SpreadsheetML
  namespace bound to "x:" as the Open XML SDK writes them (Namespaces in XML 1.0 §6; ECMA-376
  Part 2 names only the namespaces).
Each reads exactly as the example: no cell's meaning changes.

Run: make_xml_forms.py EXAMPLE.xlsx OUT_DIR
"""
import html
import re
import sys
import zipfile

EXAMPLE, OUT_DIR = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(EXAMPLE) as z:
    ORDER = [i.filename for i in z.infolist() if not i.filename.endswith('/')]
    BASE = {name: z.read(name).decode('utf8') for name in ORDER}

SHEET, BOOK, RELS, TYPES = 'xl/worksheets/sheet1.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'
STYLES, STRINGS, ROOT_RELS = 'xl/styles.xml', 'xl/sharedStrings.xml', '_rels/.rels'


def save(name, parts):
    with zipfile.ZipFile(f'{OUT_DIR}/{name}', 'w', zipfile.ZIP_DEFLATED) as z:
        for part in ORDER:
            z.writestr(part, parts[part].encode('utf8'))


def after_declaration(xml, text):
    end = xml.index('?>') + 2
    return xml[:end] + text + xml[end:]


def cdata(m):
    return f'{m.group(1)}<![CDATA[{html.unescape(m.group(2))}]]></t>'


# 1. Comments, CDATA sections, white space in end tags. ------------------------------------------
parts = dict(BASE)
sheet = parts[SHEET]
sheet = after_declaration(sheet, '\n<!-- Bảng điểm tự chấm: xuất từ phần mềm quản lý văn bản -->\n')
# A commented-out row 7 with a number in C7, which the real row 7 does not have.
sheet = sheet.replace('<sheetData>', '<sheetData><!-- <row r="7"><c r="C7"><v>99</v></c></row> -->', 1)
sheet = sheet.replace('</c>', '</c >').replace('</row>', '</row\n>').replace('</sheetData>', '</sheetData >').replace('</worksheet>', '</worksheet\t>')
assert sheet.count('</c >') > 400
parts[SHEET] = sheet
strings = parts[STRINGS]
# Every other shared string's text in a CDATA section (markup characters included, unescaped there).
count = [0]
def some_cdata(m):
    count[0] += 1
    return cdata(m) if count[0] % 2 else m.group(0)
strings = re.sub(r'(<t(?:\s[^>]*)?>)([^<]+)</t>', some_cdata, strings)
parts[STRINGS] = after_declaration(strings, '<!-- chuỗi dùng chung -->').replace('</sst>', '</sst >')
book = parts[BOOK]
book = book.replace('<sheets>', '<!-- <sheets><sheet name="Cũ" sheetId="9" r:id="rId99"/></sheets> --><sheets>', 1)
parts[BOOK] = book.replace('</sheets>', '</sheets >').replace('</workbook>', '</workbook >')
rels = parts[RELS]
rels = rels.replace('<Relationship ', '<!-- <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/old.xml"/> --><Relationship ', 1)
parts[RELS] = rels.replace('</Relationships>', '</Relationships >')
parts[TYPES] = after_declaration(parts[TYPES], '<!-- content types -->').replace('</Types>', '</Types >')
styles = parts[STYLES]
for name in ('fonts', 'fills', 'borders', 'cellXfs', 'styleSheet'):
    styles = styles.replace(f'</{name}>', f'</{name} >')
parts[STYLES] = after_declaration(styles, '<!-- kiểu -->')
save('comments-cdata-end-tags.xlsx', parts)


# 2. Prefixed namespaces. --------------------------------------------------------------------------
def prefixed(xml, root, prefix):
    """Every element of the part's default namespace given `prefix`, the namespace bound to it."""
    head = re.search(r'<' + root + r'\b', xml).start()
    body = xml[head:]
    body = re.sub(r'<(/?)([A-Za-z][\w.-]*)(?=[\s/>])', lambda m: f'<{m.group(1)}{prefix}:{m.group(2)}', body)
    body = body.replace(' xmlns="', f' xmlns:{prefix}="', 1)
    return xml[:head] + body


parts = dict(BASE)
parts[TYPES] = prefixed(parts[TYPES], 'Types', 'ct')
parts[ROOT_RELS] = prefixed(parts[ROOT_RELS], 'Relationships', 'pr')
parts[RELS] = prefixed(parts[RELS], 'Relationships', 'pr')
for part, root in ((BOOK, 'workbook'), (SHEET, 'worksheet'), (STRINGS, 'sst'), (STYLES, 'styleSheet')):
    # Only the SpreadsheetML elements: the prefixed ones of other namespaces (mc:, x14ac:) keep theirs.
    parts[part] = prefixed(parts[part], root, 'x')
assert '<x:c r="A6"' in parts[SHEET] and '<pr:Relationship ' in parts[RELS]
save('prefixed-packaging.xlsx', parts)
