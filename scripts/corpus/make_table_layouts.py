"""Builds test/corpus/table-layouts/: the example score table (Kế hoạch Đắk Lắk 2020, Phụ lục I,
columns A-F, header on row 6, total on row 110) laid out on its sheet as officers keep it, each
around the columns the tool writes (H to M, one blank column right of the table). Run by
scripts/corpus/make-table-layouts.sh with Debian's python3 (python3-openpyxl). What the scored copy
must be is written by hand in test/corpus/table-layouts.test.ts.

- signature-block: the title merged across A:M (the tool's columns included), the place and date
  line, "NGƯỜI LẬP BIỂU" and "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" over the names, merged across K:M under
  the table, and the recipients ("Nơi nhận:") under it all.
- signature-raw-rows: the same, its sheet XML then edited as other writers leave it: a `<dimension>`
  that stops at the total row, `spans` on every row, rows grouped (outlineLevel) and of a set height
  among the tool's rows.
- uncached-formula: an officer's formula beside the total row (H110), saved without its result, as
  openpyxl and other writers that do not calculate save formulas.
- second-table: a second, unrelated table under the total row (the SIPAS results by factor, under
  a title of its own, merged across A:H), its "Ghi chú" and "Nguồn" columns in the tool's columns.
- excel-table: the criteria table formatted as an Excel table (a ListObject, xl/tables/table1.xml)
  with a calculated column G, and a structured reference to it on another sheet.
"""
import re
import sys
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.table import Table, TableColumn, TableFormula, TableStyleInfo

EXAMPLE, OUT = sys.argv[1], sys.argv[2]
TABLE = 'Phụ lục I'


def example():
    wb = openpyxl.load_workbook(EXAMPLE)
    return wb, wb[TABLE]


def rewrite_sheet(name, edit):
    """Rewrites the first worksheet's XML of a saved package with edit(text) -> text."""
    path = f'{OUT}/{name}'
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    sheet = 'xl/worksheets/sheet1.xml'
    parts[sheet] = edit(parts[sheet].decode('utf-8')).encode('utf-8')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(part, data)


def signed(ws):
    """Title rows merged across the tool's columns, and the signature block under the total row."""
    for row in (2, 3, 4):
        ws.unmerge_cells(f'A{row}:F{row}')
        ws.merge_cells(f'A{row}:M{row}')
    ws['K111'] = 'Đắk Lắk, ngày 15 tháng 8 năm 2020'
    ws['K111'].font = Font(italic=True)
    ws.merge_cells('K111:M111')
    ws['B112'] = 'NGƯỜI LẬP BIỂU'
    ws['B112'].font = Font(bold=True)
    ws['K112'] = 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'
    ws['K112'].font = Font(bold=True)
    ws['K112'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.merge_cells('K112:M112')
    ws.row_dimensions[112].height = 32
    ws['B113'] = '(Ký, ghi rõ họ tên)'
    ws['K113'] = '(Ký tên, đóng dấu)'
    ws.merge_cells('K113:M113')
    ws['B117'] = 'Nguyễn Văn An'
    ws['K117'] = 'Trần Thị Bình'
    ws['K117'].font = Font(bold=True)
    ws.merge_cells('K117:M117')
    ws['A119'] = 'Nơi nhận:'
    ws['A119'].font = Font(bold=True, italic=True)
    ws['A120'] = '- Sở Nội vụ (b/c);'
    ws['A121'] = '- Lưu: VT, CCHC.'


def signature_block():
    wb, ws = example()
    signed(ws)
    wb.save(f'{OUT}/signature-block.xlsx')


def signature_raw_rows():
    wb, ws = example()
    signed(ws)
    for row in range(20, 26):
        ws.row_dimensions[row].outline_level = 1
    ws.row_dimensions[30].height = 45
    wb.save(f'{OUT}/signature-raw-rows.xlsx')

    def edit(xml):
        xml = re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:F110"/>', xml)
        return re.sub(r'<row r="(\d+)"', r'<row r="\1" spans="1:13"', xml)

    rewrite_sheet('signature-raw-rows.xlsx', edit)


def uncached_formula():
    wb, ws = example()
    ws['H110'] = '=E110-D110'
    wb.save(f'{OUT}/uncached-formula.xlsx')


def second_table():
    wb, ws = example()
    ws['A113'] = 'Phụ lục I.2: CHỈ SỐ HÀI LÒNG VỀ SỰ PHỤC VỤ HÀNH CHÍNH (SIPAS) NĂM 2019 THEO YẾU TỐ'
    ws['A113'].font = Font(bold=True)
    ws.merge_cells('A113:I113')
    header = ['STT', 'Yếu tố', 'Số phiếu', 'Tỷ lệ hài lòng 2019 (%)', 'Mục tiêu 2020 (%)', 'Cơ quan chủ trì', 'Ghi chú', 'Nguồn', 'Ngày công bố']
    rows = [
        ('1', 'Tiếp cận dịch vụ', 1200, 82.5, 85, 'Văn phòng UBND tỉnh', None, 'Bộ Nội vụ', '15/5/2020'),
        ('2', 'Thủ tục hành chính', 1200, 80.1, 84, 'Sở Nội vụ', None, 'Bộ Nội vụ', '15/5/2020'),
        ('3', 'Công chức trực tiếp giải quyết công việc', 1200, 83.0, 86, 'Sở Nội vụ', None, 'Bộ Nội vụ', '15/5/2020'),
        ('4', 'Kết quả giải quyết công việc', 1200, 84.2, 87, 'Văn phòng UBND tỉnh', None, 'Bộ Nội vụ', '15/5/2020'),
        ('5', 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị', 1200, 78.9, 82, 'Văn phòng UBND tỉnh', 'Cần cải thiện', 'Bộ Nội vụ', '15/5/2020'),
    ]
    for col, text in enumerate(header, start=1):
        ws.cell(row=114, column=col, value=text).font = Font(bold=True)
    for r, values in enumerate(rows, start=115):
        for col, value in enumerate(values, start=1):
            ws.cell(row=r, column=col, value=value)
    wb.save(f'{OUT}/second-table.xlsx')


def excel_table():
    wb, ws = example()
    # A table column's name is its header cell's text: the example's line breaks are typed as spaces.
    for ref in ('B6', 'C6', 'D6', 'E6'):
        ws[ref] = ws[ref].value.replace('\n', ' ')
    ws['G6'] = 'Còn thiếu'
    for row in range(7, 111):
        ws[f'G{row}'] = f'=E{row}-D{row}'
    names = [ws.cell(row=6, column=c).value for c in range(1, 8)]
    table = Table(displayName='BangDiem', ref='A6:G110')
    table.tableColumns = [TableColumn(id=i + 1, name=n) for i, n in enumerate(names)]
    table.tableColumns[6].calculatedColumnFormula = TableFormula(attr_text=f'BangDiem[[#This Row],[{names[4]}]]-BangDiem[[#This Row],[{names[3]}]]')
    table.tableStyleInfo = TableStyleInfo(name='TableStyleMedium2', showRowStripes=True)
    ws.add_table(table)
    other = wb.create_sheet('Tổng hợp')
    other['A1'] = 'Tổng điểm tối đa'
    other['B1'] = f'=SUM(BangDiem[{names[2]}])'
    wb.save(f'{OUT}/excel-table.xlsx')


for make in (signature_block, signature_raw_rows, uncached_formula, second_table, excel_table):
    make()
