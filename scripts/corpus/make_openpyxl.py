"""Builds the openpyxl half of the feature corpus (test/corpus/): copies of the example score table,
each with features officers' workbooks carry. Run by scripts/corpus/make-corpus.sh with Debian's
python3 (python3-openpyxl, python3-pil). openpyxl writes absolute part names, which the corpus
checks too. Features openpyxl 3.0 cannot write (sparklines, custom properties) are added to the saved
package as the XML Excel writes for them."""
import base64
import hashlib
import io
import struct
import re
import sys
import zipfile

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule
from openpyxl.styles import PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from PIL import Image as PilImage

EXAMPLE, OUT = sys.argv[1], sys.argv[2]
TABLE = 'Phụ lục I'


def example():
    wb = openpyxl.load_workbook(EXAMPLE)
    return wb, wb[TABLE]


def save(wb, name):
    wb.save(f'{OUT}/{name}')


def rewrite_parts(name, edit):
    """Rewrites a saved package, letting edit(parts) change the part texts (a dict name -> bytes)."""
    path = f'{OUT}/{name}'
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    edit(parts)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(part, data)


def comments():
    wb, ws = example()
    c = Comment('Sở Nội vụ xác nhận số liệu ngày 15/8.', 'Nguyễn Văn A', width=300, height=120)
    ws['B8'].comment = c
    ws['D9'].comment = Comment('Chưa nộp báo cáo quý IV.', 'Trần Thị B')
    notes = wb.create_sheet('Ghi chú')
    notes['A1'] = 'Ghi chú họp'
    notes['A1'].comment = Comment('Ghi chú ở trang khác.', 'Lê C')
    save(wb, 'openpyxl-comments.xlsx')


SALT = bytes(range(16))


def sheet_password_hash(password, salt, spins):
    """The hash Excel 2010+ stores for a sheet password (ECMA-376 Part 1 §18.2.29, agile hashing)."""
    digest = hashlib.sha512(salt + password.encode('utf-16-le')).digest()
    for i in range(spins):
        digest = hashlib.sha512(digest + struct.pack('<I', i)).digest()
    return base64.b64encode(digest).decode()


def protected_sheets():
    wb, ws = example()
    legacy = wb.create_sheet('Khóa kiểu cũ')
    legacy['A1'] = 'Trang khóa bằng mật khẩu kiểu cũ'
    legacy.protection.sheet = True
    legacy.protection.password = 'cchc2020'
    modern = wb.create_sheet('Khóa kiểu mới')
    modern['A1'] = 'Trang khóa bằng mật khẩu SHA-512'
    p = modern.protection
    p.sheet = True
    p.algorithmName = 'SHA-512'
    p.saltValue = base64.b64encode(SALT).decode()
    p.hashValue = sheet_password_hash('cchc2020', SALT, 100000)
    p.spinCount = 100000
    save(wb, 'openpyxl-protected-sheets.xlsx')


def validation_names_links():
    wb, ws = example()
    lists = wb.create_sheet('Danh mục')
    lists.append(['Cơ quan', 'Mã'])
    agencies = ['Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính', 'Văn phòng UBND tỉnh', 'Sở Kế hoạch và Đầu tư']
    for i, a in enumerate(agencies, start=1):
        lists.append([a, f'CQ{i:02d}'])
    table = Table(displayName='DanhMucCoQuan', ref=f'A1:B{len(agencies) + 1}')
    table.tableStyleInfo = TableStyleInfo(name='TableStyleMedium9', showRowStripes=True)
    lists.add_table(table)
    dv = DataValidation(type='list', formula1=f"'Danh mục'!$A$2:$A${len(agencies) + 1}", allow_blank=True)
    dv.error = 'Chọn cơ quan trong danh mục'
    ws.add_data_validation(dv)
    dv.add('F8:F109')
    points = DataValidation(type='decimal', operator='between', formula1='0', formula2='10')
    ws.add_data_validation(points)
    points.add('D7:D109')
    wb.defined_names.append(DefinedName('DiemNam2019', attr_text=f"'{TABLE}'!$D$7:$D$109"))
    wb.defined_names.append(DefinedName('HeSoQuyDoi', attr_text='0.5'))
    wb.defined_names.append(DefinedName('VungIn', attr_text=f"'{TABLE}'!$A$6:$F$110", localSheetId=0))
    ws['A1'].hyperlink = openpyxl.worksheet.hyperlink.Hyperlink(ref='A1', location="'Danh mục'!A1", display='Danh mục')
    lists['D1'] = 'Về bảng điểm'
    lists['D1'].hyperlink = openpyxl.worksheet.hyperlink.Hyperlink(ref='D1', location=f"'{TABLE}'!A6")
    lists['D2'] = 'Cổng thông tin'
    lists['D2'].hyperlink = 'https://sonoivu.daklak.gov.vn/'
    save(wb, 'openpyxl-validation-names-links.xlsx')


def charts_images():
    wb, ws = example()
    chart = BarChart()
    chart.title = 'Điểm theo lĩnh vực'
    chart.add_data(Reference(ws, min_col=3, max_col=4, min_row=6, max_row=13), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=7, max_row=13))
    ws.add_chart(chart, 'O2')
    charts = wb.create_sheet('Biểu đồ')
    other = BarChart()
    other.add_data(Reference(ws, min_col=5, min_row=6, max_row=13), titles_from_data=True)
    charts.add_chart(other, 'A1')
    png = io.BytesIO()
    PilImage.new('RGB', (120, 40), (200, 30, 30)).save(png, format='PNG')
    png.seek(0)
    ws.add_image(Image(png), 'O20')
    save(wb, 'openpyxl-charts-images.xlsx')


def print_views():
    wb, ws = example()
    ws.freeze_panes = 'C7'
    ws.row_dimensions[5].hidden = True
    ws.column_dimensions['G'].hidden = True
    ws.column_dimensions['B'].width = 61.5
    ws.sheet_view.zoomScale = 85
    ws.sheet_properties.tabColor = '1F4E78'
    ws.page_setup.orientation = 'landscape'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = '6:6'
    ws.print_area = 'A1:F110'
    ws.page_margins.left = 0.5
    ws.oddHeader.center.text = 'PAR INDEX 2020'
    ws.oddFooter.right.text = 'Trang &P / &N'
    ws.conditional_formatting.add('D7:D109', CellIsRule(operator='lessThan', formula=['C7'], fill=PatternFill('solid', bgColor='FFF2CC')))
    save(wb, 'openpyxl-print-views.xlsx')


CUSTOM = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Đơn vị"><vt:lpwstr>Sở Nội vụ tỉnh Đắk Lắk</vt:lpwstr></property>'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Năm"><vt:i4>2020</vt:i4></property>'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="Đã duyệt"><vt:bool>true</vt:bool></property>'
    '</Properties>'
)


def custom_properties():
    wb, ws = example()
    wb.properties.title = 'Mục tiêu PAR INDEX 2020'
    wb.properties.creator = 'Sở Nội vụ'
    save(wb, 'openpyxl-custom-properties.xlsx')

    def add(parts):
        parts['docProps/custom.xml'] = CUSTOM.encode()
        rels = parts['_rels/.rels'].decode()
        rel = ('<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
               'custom-properties" Target="/docProps/custom.xml"/>')
        parts['_rels/.rels'] = rels.replace('</Relationships>', rel + '</Relationships>').encode()
        types = parts['[Content_Types].xml'].decode()
        override = ('<Override PartName="/docProps/custom.xml" '
                    'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>')
        parts['[Content_Types].xml'] = types.replace('</Types>', override + '</Types>').encode()
    rewrite_parts('openpyxl-custom-properties.xlsx', add)


SPARKLINES = (
    '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" '
    'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    '<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
    '<x14:sparklineGroup displayEmptyCellsAs="gap" markers="1">'
    '<x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/>'
    '<x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/>'
    '<x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/>'
    '<x14:sparklines>'
    + ''.join(f"<x14:sparkline><xm:f>'Phụ lục I'!C{r}:E{r}</xm:f><xm:sqref>O{r}</xm:sqref></x14:sparkline>" for r in range(7, 13))
    + '</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>'
)


def sparklines():
    wb, ws = example()
    save(wb, 'openpyxl-sparklines.xlsx')

    def add(parts):
        sheet = parts['xl/worksheets/sheet1.xml'].decode()
        parts['xl/worksheets/sheet1.xml'] = sheet.replace('</worksheet>', SPARKLINES + '</worksheet>').encode()
    rewrite_parts('openpyxl-sparklines.xlsx', add)


def far_cells():
    wb, ws = example()
    ws['XFD1048576'] = 'ô lạc'
    ws['XFA1'].comment = Comment('Ghi chú ở cột XFA.', 'Nguyễn Văn A')
    save(wb, 'openpyxl-far-cells.xlsx')


def table_sheet_features():
    """Features on the table sheet itself, where the tool writes (its columns are H to M, rows 6 to
    110): notes beside them, links, a validation and conditional formats whose ranges cover them, a
    colour scale the user put on column H before any run (a re-run must keep it: it is not one of
    the tool's formats), an autofilter, a hidden row, frozen panes, print titles and a name scoped to
    the sheet."""
    wb, ws = example()
    ws['G8'].comment = Comment('Số liệu chờ Sở Tài chính xác nhận.', 'Trần Thị B')
    ws['C9'].comment = Comment('Điểm tối đa theo Quyết định 2640/QĐ-BNV.', 'Lê C')
    ws['B8'].hyperlink = 'https://thuvienphapluat.vn/'
    ws['B10'].hyperlink = f"#'{TABLE}'!A110"
    rule = DataValidation(type='decimal', operator='between', formula1='0', formula2='100', allow_blank=True)
    rule.add('C7:M110')
    ws.add_data_validation(rule)
    ws.conditional_formatting.add('A7:M110', CellIsRule(operator='lessThan', formula=['0'], fill=PatternFill('solid', bgColor='FFC7CE')))
    ws.conditional_formatting.add('H7:H110', ColorScaleRule(start_type='min', start_color='FFFFFF', end_type='max', end_color='63BE7B'))
    ws.auto_filter.ref = 'A6:F110'
    ws.row_dimensions[11].hidden = True
    ws.freeze_panes = 'C7'
    ws.print_title_rows = '6:6'
    ws.print_area = 'A1:M110'
    wb.defined_names.append(DefinedName('DiemToiDa', localSheetId=0, attr_text=f"'{TABLE}'!$C$7:$C$110"))
    save(wb, 'openpyxl-table-sheet-features.xlsx')


def refusals():
    wb, ws = example()
    ws.protection.sheet = True
    ws.protection.password = 'cchc2020'
    save(wb, 'refuse-table-sheet-protected.xlsx')
    wb, ws = example()
    wb.security = openpyxl.workbook.protection.WorkbookProtection(workbookPassword='cchc2020', lockStructure=True)
    save(wb, 'refuse-workbook-structure-locked.xlsx')


for make in (comments, protected_sheets, validation_names_links, charts_images, print_views, custom_properties, sparklines, far_cells, refusals, table_sheet_features):
    make()
