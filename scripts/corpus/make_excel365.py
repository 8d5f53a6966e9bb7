"""Builds test/corpus/excel365-features.xlsx: the example score table as Excel 365 saves a workbook
that uses the features officers' workbooks carry and that openpyxl and LibreOffice do not write.
Excel is not available where the corpus is built, so every part is written here as the standards
describe it: ECMA-376 Part 1 (SpreadsheetML), ECMA-376 Part 3 (Markup Compatibility and
Extensibility) and the Microsoft Open Specifications [MS-XLSX] (Excel extensions to the Office Open
XML SpreadsheetML file format) and [MS-OWEXML] (Office web extensions).

A second workbook, excel365-filter-formulas.xlsx, has Excel's filter over the score table itself
(with its _xlnm._FilterDatabase name) and the total row written as one shared formula.

Run by scripts/corpus/make-corpus.sh: make_excel365.py EXAMPLE.xlsx OUT_DIR
"""
import re
import sys
import zipfile

EXAMPLE, OUT_DIR = sys.argv[1], sys.argv[2]

MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
X14AC = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac'
X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main'
X15 = 'http://schemas.microsoft.com/office/spreadsheetml/2010/11/main'
XM = 'http://schemas.microsoft.com/office/excel/2006/main'
XR = 'http://schemas.microsoft.com/office/spreadsheetml/2014/revision'
XR2 = 'http://schemas.microsoft.com/office/spreadsheetml/2015/revision2'
XR3 = 'http://schemas.microsoft.com/office/spreadsheetml/2016/revision3'
XR6 = 'http://schemas.microsoft.com/office/spreadsheetml/2016/revision6'
XR10 = 'http://schemas.microsoft.com/office/spreadsheetml/2016/revision10'
TC = 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
MSREL = 'http://schemas.microsoft.com/office/'
CT = 'application/vnd.openxmlformats-officedocument.'
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

# The revision identifiers ([MS-XLSX] 2.6.x, xr:uid and xr3:uid) are GUIDs; fixed ones keep the
# fixture reproducible.
def uid(n):
    return '{%08X-0000-4000-8000-%012X}' % (0x2020 + n, n)


PERSON = uid(90)
THREAD = uid(91)

with zipfile.ZipFile(EXAMPLE) as z:
    parts = {i.filename: z.read(i.filename).decode('utf8') for i in z.infolist() if not i.filename.endswith('/')}
ORIGINAL = dict(parts)


def rels(*items):
    body = ''.join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in items)
    return DECL + f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}</Relationships>'


# --- Shared string table (ECMA-376 Part 1, 18.4 Shared String Table): a criterion name written as
# two rich-text runs (18.4.4 r, Rich Text Run) and another carrying a phonetic run (18.4.6 rPh,
# Phonetic Run) and phonetic properties (18.4.3 phoneticPr). The cell's text is the runs' text;
# the phonetic reading is not part of it.
sst = parts['xl/sharedStrings.xml']
sst = sst.replace('<si><t>Thực hiện Kế hoạch CCHC năm</t></si>',
                  '<si><r><rPr><b/><sz val="12"/><rFont val="Times New Roman"/><family val="1"/></rPr><t xml:space="preserve">Thực hiện </t></r>'
                  '<r><rPr><sz val="12"/><rFont val="Times New Roman"/><family val="1"/></rPr><t>Kế hoạch CCHC năm</t></r></si>', 1)
sst = sst.replace('<si><t>Kiểm tra CCHC</t></si>',
                  '<si><t>Kiểm tra CCHC</t><rPh sb="0" eb="4"><t>けんさ</t></rPh><phoneticPr fontId="0" type="noConversion"/></si>', 1)
extra_strings = ['Đơn vị', 'Điểm', 'Gấp đôi', 'Tổng']
count, unique = map(int, re.search(r'count="(\d+)" uniqueCount="(\d+)"', sst).groups())
first_extra = unique
sst = sst.replace(f'count="{count}" uniqueCount="{unique}"', f'count="{count + 4}" uniqueCount="{unique + 4}"')
sst = sst.replace('</sst>', ''.join(f'<si><t>{s}</t></si>' for s in extra_strings) + '</sst>')
parts['xl/sharedStrings.xml'] = sst
S = {s: first_extra + i for i, s in enumerate(extra_strings)}

# --- Styles: one differential format for the conditional format below (18.8.17 dxf).
parts['xl/styles.xml'] = parts['xl/styles.xml'].replace(
    '<dxfs count="0"/>', '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>')

# --- The table sheet. Markup Compatibility (ECMA-376 Part 3, 10.2.1 Ignorable Attribute) lets
# Excel mark its revision namespaces ignorable; [MS-XLSX] 2.6.x adds xr:uid on the worksheet and
# on data validations. The elements keep the order of CT_Worksheet (ECMA-376 Part 1, 18.3.1.99).
sheet = parts['xl/worksheets/sheet1.xml']
sheet = sheet.replace('mc:Ignorable="x14ac" xmlns:x14ac="%s">' % X14AC,
                      f'xmlns:x14ac="{X14AC}" xmlns:xr="{XR}" xmlns:xr2="{XR2}" xmlns:xr3="{XR3}" '
                      f'mc:Ignorable="x14ac xr xr2 xr3" xr:uid="{uid(1)}">', 1)
# 18.3.1.82 sheetPr, 18.3.1.93 tabColor; 18.3.1.87 sheetView with a frozen pane (18.3.1.66).
sheet = sheet.replace('<dimension ', '<sheetPr><tabColor rgb="FF00B050"/><pageSetUpPr fitToPage="1"/></sheetPr><dimension ', 1)
sheet = sheet.replace('<sheetFormatPr ', '<sheetViews><sheetView tabSelected="1" zoomScale="90" zoomScaleNormal="90" workbookViewId="0">'
                      '<pane ySplit="6" topLeftCell="A7" activePane="bottomLeft" state="frozen"/>'
                      '<selection pane="bottomLeft" activeCell="B8" sqref="B8"/></sheetView></sheetViews><sheetFormatPr ', 1)
# 18.3.1.18 conditionalFormatting: a data bar whose Excel 2010 properties live in the worksheet's
# extension list, joined by x14:id ([MS-XLSX] 2.6.31 CT_ConditionalFormatting, 2.3.1 extension URIs).
CF_ID = uid(20)
conditional = (f'<conditionalFormatting sqref="D7:D109"><cfRule type="cellIs" dxfId="0" priority="2" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>'
               f'<conditionalFormatting sqref="E7:E109"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar>'
               f'<extLst><ext uri="{{B025F937-C7B1-47D3-B67F-A62EFF666E3E}}" xmlns:x14="{X14}"><x14:id>{CF_ID}</x14:id></ext></extLst></cfRule></conditionalFormatting>'
               # 18.3.1.32 dataValidation, with the revision identifier [MS-XLSX] adds.
               f'<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" showInputMessage="1" showErrorMessage="1" '
               f'errorTitle="Điểm" error="Điểm từ 0 đến 100" sqref="C7:C109" xr:uid="{uid(21)}"><formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>')
sheet = sheet.replace('<pageMargins ', conditional + '<printOptions horizontalCentered="1"/><pageMargins ', 1)
# 18.3.1.49 legacyDrawing for the notes; the threaded comment is a relationship of its own.
# [MS-XLSX] 2.3.1: x14:conditionalFormattings and x14:dataValidations (cross-sheet list source,
# which ECMA-376 data validations cannot hold) in the worksheet's extLst.
ext = (f'<legacyDrawing r:id="rId1"/><extLst>'
       f'<ext uri="{{78C0D931-6437-407d-A8EE-F0AAD7539E65}}" xmlns:x14="{X14}"><x14:conditionalFormattings>'
       f'<x14:conditionalFormatting xmlns:xm="{XM}"><x14:cfRule type="dataBar" id="{CF_ID}"><x14:dataBar minLength="0" maxLength="100" gradient="0">'
       f'<x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule>'
       f'<xm:sqref>E7:E109</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>'
       f'<ext uri="{{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}}" xmlns:x14="{X14}"><x14:dataValidations count="1" xmlns:xm="{XM}">'
       f'<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" xr:uid="{uid(22)}">'
       f"<x14:formula1><xm:f>'Dữ liệu'!$A$2:$A$4</xm:f></x14:formula1><xm:sqref>F7:F109</xm:sqref></x14:dataValidation></x14:dataValidations></ext>"
       f'</extLst>')
sheet = sheet.replace('</worksheet>', ext + '</worksheet>')
parts['xl/worksheets/sheet1.xml'] = sheet
parts['xl/worksheets/_rels/sheet1.xml.rels'] = rels(
    ('rId1', REL + 'vmlDrawing', '../drawings/vmlDrawing1.vml'),
    ('rId2', REL + 'comments', '../comments1.xml'),
    ('rId3', MSREL + '2017/10/relationships/threadedComment', '../threadedComments/threadedComment1.xml'))

# Legacy notes (18.7 Comments): a plain note by "Trần Thị B", and the stand-in Excel 365 writes for a
# threaded comment, its author "tc=" + the thread id ([MS-XLSX] 2.6.208 threaded comments; the
# legacy comment carries xr:uid equal to the thread id).
parts['xl/comments1.xml'] = DECL + (
    f'<comments xmlns="{MAIN}" xmlns:mc="{MC}" mc:Ignorable="xr" xmlns:xr="{XR}"><authors><author>tc={THREAD}</author><author>Trần Thị B</author></authors><commentList>'
    f'<comment ref="B8" authorId="0" shapeId="0" xr:uid="{THREAD}"><text><t xml:space="preserve">[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    Sở Nội vụ xác nhận số liệu ngày 15/8.\nReply:\n    Đã đối chiếu.</t></text></comment>'
    f'<comment ref="D9" authorId="1" shapeId="0" xr:uid="{uid(23)}"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t>Trần Thị B:</t></r>'
    f'<r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">\nChưa nộp báo cáo quý IV.</t></r></text></comment>'
    f'</commentList></comments>')


def note_shape(n, row, col):
    return (f'<v:shape id="_x0000_s{1024 + n}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:{n};visibility:hidden" fillcolor="infoBackground [80]" o:insetmode="auto">'
            f'<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/>'
            f'<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>'
            f'<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>{row}</x:Row><x:Column>{col}</x:Column></x:ClientData></v:shape>')


parts['xl/drawings/vmlDrawing1.vml'] = (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>'
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
    + note_shape(1, 7, 1) + note_shape(2, 8, 3) + '</xml>')
parts['xl/threadedComments/threadedComment1.xml'] = DECL + (
    f'<ThreadedComments xmlns="{TC}" xmlns:x="{MAIN}">'
    f'<threadedComment ref="B8" dT="2023-08-15T09:00:00.00" personId="{PERSON}" id="{THREAD}"><text>Sở Nội vụ xác nhận số liệu ngày 15/8.</text></threadedComment>'
    f'<threadedComment ref="B8" dT="2023-08-16T10:30:00.00" personId="{PERSON}" id="{uid(92)}" parentId="{THREAD}"><text>Đã đối chiếu.</text></threadedComment>'
    f'</ThreadedComments>')
parts['xl/persons/person.xml'] = DECL + (
    f'<personList xmlns="{TC}" xmlns:x="{MAIN}"><person displayName="Nguyễn Văn A" id="{PERSON}" userId="nguyenvana@example.vn" providerId="None"/></personList>')

# --- A data sheet: an Excel table with its filter and a totals row (18.5 Tables), shared formulas,
# an array formula (18.3.1.40 f, t="shared" / t="array"), a dynamic-array formula whose cell points
# at the cell metadata by cm= ([MS-XLSX] 2.3.x dynamic arrays, XLDAPR metadata), an inline string
# (18.3.1.53 is) and a table slicer ([MS-XLSX] 2.6.x slicers).
data = DECL + (
    f'<worksheet xmlns="{MAIN}" xmlns:r="{R}" xmlns:mc="{MC}" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="{X14AC}" xmlns:xr="{XR}" xmlns:xr2="{XR2}" xmlns:xr3="{XR3}" xr:uid="{uid(2)}">'
    f'<sheetPr><tabColor theme="5" tint="0.39997558519241921"/></sheetPr><dimension ref="A1:G5"/>'
    f'<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>'
    f'<cols><col min="1" max="1" width="24" customWidth="1"/></cols><sheetData>'
    f'<row r="1" spans="1:7" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>{S["Đơn vị"]}</v></c><c r="B1" t="s"><v>{S["Điểm"]}</v></c><c r="C1" t="s"><v>{S["Gấp đôi"]}</v></c>'
    f'<c r="E1"><f t="array" ref="E1:E3">B2:B4*10</f><v>15</v></c><c r="F1" cm="1"><f t="array" ref="F1:F3" aca="0">_xlfn._xlws.SORT(B2:B4)</f><v>0.5</v></c><c r="G1" t="inlineStr"><is><t>ghi chú nội dòng</t></is></c></row>'
    f'<row r="2" spans="1:7" x14ac:dyDescent="0.25"><c r="A2" t="inlineStr"><is><t>Sở Nội vụ</t></is></c><c r="B2"><v>1.5</v></c><c r="C2"><f t="shared" ref="C2:C4" si="0">B2*2</f><v>3</v></c><c r="E2"><v>5</v></c><c r="F2"><v>1.5</v></c></row>'
    f'<row r="3" spans="1:7" x14ac:dyDescent="0.25"><c r="A3" t="inlineStr"><is><t>Sở Tư pháp</t></is></c><c r="B3"><v>0.5</v></c><c r="C3"><f t="shared" si="0"/><v>1</v></c><c r="E3"><v>20</v></c><c r="F3"><v>2</v></c></row>'
    f'<row r="4" spans="1:3" x14ac:dyDescent="0.25"><c r="A4" t="inlineStr"><is><t>Văn phòng UBND tỉnh</t></is></c><c r="B4"><v>2</v></c><c r="C4"><f t="shared" si="0"/><v>4</v></c></row>'
    f'<row r="5" spans="1:3" x14ac:dyDescent="0.25"><c r="A5" t="s"><v>{S["Tổng"]}</v></c><c r="B5"><f>SUBTOTAL(109,BangDiem[Điểm])</f><v>4</v></c><c r="C5"><f>SUBTOTAL(109,BangDiem[Gấp đôi])</f><v>8</v></c></row>'
    f'</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
    f'<tableParts count="1"><tablePart r:id="rId1"/></tableParts>'
    f'<extLst><ext uri="{{3A4CF648-6AED-40f4-86FF-DC5316D8AED3}}" xmlns:x14="{X14}"><x14:slicerList xmlns:x15="{X15}"><x14:slicer r:id="rId2"/></x14:slicerList></ext></extLst>'
    f'</worksheet>')
parts['xl/worksheets/sheet2.xml'] = data
parts['xl/worksheets/_rels/sheet2.xml.rels'] = rels(
    ('rId1', REL + 'table', '../tables/table1.xml'),
    ('rId2', MSREL + '2007/relationships/slicer', '../slicers/slicer1.xml'))
parts['xl/tables/table1.xml'] = DECL + (
    f'<table xmlns="{MAIN}" xmlns:mc="{MC}" mc:Ignorable="xr xr3" xmlns:xr="{XR}" xmlns:xr3="{XR3}" id="1" xr:uid="{uid(3)}" name="BangDiem" displayName="BangDiem" ref="A1:C5" totalsRowCount="1">'
    f'<autoFilter ref="A1:C4" xr:uid="{uid(4)}"/><tableColumns count="3">'
    f'<tableColumn id="1" xr3:uid="{uid(5)}" name="Đơn vị" totalsRowLabel="Tổng"/>'
    f'<tableColumn id="2" xr3:uid="{uid(6)}" name="Điểm" totalsRowFunction="sum"/>'
    f'<tableColumn id="3" xr3:uid="{uid(7)}" name="Gấp đôi" totalsRowFunction="sum"/></tableColumns>'
    f'<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>')
parts['xl/slicers/slicer1.xml'] = DECL + (
    f'<slicers xmlns="{X14}" xmlns:mc="{MC}" mc:Ignorable="x xr10" xmlns:x="{MAIN}" xmlns:xr10="{XR10}">'
    f'<slicer name="Đơn vị" xr10:uid="{uid(8)}" cache="Slicer_Đơn_vị" caption="Đơn vị" rowHeight="241300"/></slicers>')
parts['xl/slicerCaches/slicerCache1.xml'] = DECL + (
    f'<slicerCacheDefinition xmlns="{X14}" xmlns:mc="{MC}" mc:Ignorable="x xr10" xmlns:x="{MAIN}" xmlns:xr10="{XR10}" name="Slicer_Đơn_vị" xr10:uid="{uid(9)}" sourceName="Đơn vị">'
    f'<extLst><x:ext uri="{{2F2917AC-EB37-4324-AD4E-5DD8C200BD13}}" xmlns:x15="{X15}"><x15:tableSlicerCache tableId="1" column="1"/></x:ext></extLst></slicerCacheDefinition>')
# Dynamic arrays: the XLDAPR future metadata, cell metadata record 1 ([MS-XLSX] 2.6.x
# CT_DynamicArrayProperties; ECMA-376 Part 1, 18.9 Metadata).
parts['xl/metadata.xml'] = DECL + (
    f'<metadata xmlns="{MAIN}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1">'
    f'<metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>'
    f'<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>'
    f'<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>')

# --- A chartsheet (18.3.1.12 chartsheet) showing area 1's targets through a drawing (20.5, DrawingML
# SpreadsheetML drawing) and a chart (21.2, DrawingML Charts).
parts['xl/chartsheets/sheet1.xml'] = DECL + (
    f'<chartsheet xmlns="{MAIN}" xmlns:r="{R}" xmlns:mc="{MC}" mc:Ignorable="xr" xmlns:xr="{XR}" xr:uid="{uid(10)}"><sheetPr><tabColor rgb="FFFFC000"/></sheetPr>'
    f'<sheetViews><sheetView zoomScale="80" workbookViewId="0" zoomToFit="1"/></sheetViews>'
    f'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>')
parts['xl/chartsheets/_rels/sheet1.xml.rels'] = rels(('rId1', REL + 'drawing', '../drawings/drawing1.xml'))
parts['xl/drawings/drawing1.xml'] = DECL + (
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8667750" cy="6286500"/><xdr:graphicFrame macro="">'
    '<xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>'
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
    f'<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="{R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>')
parts['xl/drawings/_rels/drawing1.xml.rels'] = rels(('rId1', REL + 'chart', '../charts/chart1.xml'))
parts['xl/charts/chart1.xml'] = DECL + (
    f'<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="{R}">'
    '<c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
    "<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:tx><c:strRef><c:f>'Phụ lục I'!$E$6</c:f></c:strRef></c:tx>"
    "<c:cat><c:strRef><c:f>'Phụ lục I'!$A$8:$A$13</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'Phụ lục I'!$E$8:$E$13</c:f></c:numRef></c:val></c:ser>"
    '<c:gapWidth val="150"/><c:axId val="100"/><c:axId val="200"/></c:barChart>'
    '<c:catAx><c:axId val="100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="200"/></c:catAx>'
    '<c:valAx><c:axId val="200"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="100"/></c:valAx>'
    '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>')

# --- A hidden sheet with an autofilter (its _xlnm._FilterDatabase name, 18.2.6 definedName) and a
# very hidden one (18.18.68 ST_SheetState).
def plain_sheet(n, cells, extra=''):
    rows = ''.join(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{t}</t></is></c><c r="B{r}"><v>{r}</v></c></row>' for r, t in cells)
    return DECL + (f'<worksheet xmlns="{MAIN}" xmlns:r="{R}" xmlns:mc="{MC}" mc:Ignorable="xr" xmlns:xr="{XR}" xr:uid="{uid(n)}">'
                   f'<dimension ref="A1:B{len(cells)}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
                   f'<sheetData>{rows}</sheetData>{extra}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>')


parts['xl/worksheets/sheet3.xml'] = plain_sheet(11, [(1, 'Loại'), (2, 'A'), (3, 'B')]).replace('</sheetData>', f'</sheetData><autoFilter ref="A1:B3" xr:uid="{uid(12)}"/>')
parts['xl/worksheets/sheet4.xml'] = plain_sheet(13, [(1, 'Tham số')])

# --- customXml data store item (ECMA-376 Part 1, 22.5 Custom XML Data Properties).
parts['customXml/item1.xml'] = '<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" xmlns="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="\\APASixthEditionOfficeOnline.xsl" StyleName="APA" Version="6"/>\r\n'
parts['customXml/itemProps1.xml'] = DECL + (
    f'<ds:datastoreItem ds:itemID="{uid(14)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs>'
    '<ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/></ds:schemaRefs></ds:datastoreItem>')
parts['customXml/_rels/item1.xml.rels'] = rels(('rId1', REL + 'customXmlProps', 'itemProps1.xml'))

# --- A task-pane web extension, as an Office add-in leaves in the workbook it is inserted into
# ([MS-OWEXML] 2.2.x taskpanes, webextension).
parts['xl/webextensions/taskpanes.xml'] = DECL + (
    '<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="0" width="350" row="4">'
    f'<wetp:webextensionref xmlns:r="{R}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>')
parts['xl/webextensions/_rels/taskpanes.xml.rels'] = rels(('rId1', MSREL + '2011/relationships/webextension', 'webextension1.xml'))
parts['xl/webextensions/webextension1.xml'] = DECL + (
    f'<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{uid(15)}">'
    '<we:reference id="wa200000000" version="1.0.0.0" store="en-US" storeType="OMEX"/><we:alternateReferences/>'
    '<we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/></we:properties><we:bindings/>'
    f'<we:snapshot xmlns:r="{R}"/></we:webextension>')

parts['_rels/.rels'] = parts['_rels/.rels'].replace(
    '</Relationships>', f'<Relationship Id="rId4" Type="{MSREL}2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>')

# --- The workbook (18.2.27 workbook): the 1904 date system (18.2.28 workbookPr date1904), the file's
# absolute path in mc:AlternateContent (ECMA-376 Part 3, 10.2.2 AlternateContent; [MS-XLSX] 2.6.x
# absPath), the revision pointer ([MS-XLSX] xr:revisionPtr), hidden and very hidden sheets, a
# chartsheet, defined names including print titles, print area and the filter database (18.2.5,
# built-in names), and the table slicer cache list in the workbook's extLst.
parts['xl/workbook.xml'] = DECL + (
    f'<workbook xmlns="{MAIN}" xmlns:r="{R}" xmlns:mc="{MC}" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="{X15}" xmlns:xr="{XR}" xmlns:xr6="{XR6}" xmlns:xr10="{XR10}" xmlns:xr2="{XR2}">'
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/><workbookPr date1904="1" defaultThemeVersion="166925"/>'
    f'<mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\chuyenvien\\Documents\\PAR\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>'
    f'<xr:revisionPtr revIDLastSave="0" documentId="13_ncr:1_{uid(16)}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{{00000000-0000-0000-0000-000000000000}}"/>'
    f'<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720" xr2:uid="{uid(17)}"/></bookViews>'
    '<sheets><sheet name="Phụ lục I" sheetId="1" r:id="rId4"/><sheet name="Dữ liệu" sheetId="2" r:id="rId5"/><sheet name="Biểu đồ" sheetId="3" r:id="rId6"/>'
    '<sheet name="Ẩn" sheetId="4" state="hidden" r:id="rId7"/><sheet name="Rất ẩn" sheetId="5" state="veryHidden" r:id="rId8"/></sheets>'
    "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"3\" hidden=\"1\">'Ẩn'!$A$1:$B$3</definedName>"
    "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">'Phụ lục I'!$A$1:$F$110</definedName>"
    "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'Phụ lục I'!$6:$6</definedName>"
    "<definedName name=\"Slicer_Đơn_vị\">#N/A</definedName><definedName name=\"TongMucTieu\">'Phụ lục I'!$E$110</definedName></definedNames>"
    '<calcPr calcId="191029"/><extLst>'
    f'<ext uri="{{46BE6895-7355-4a93-B00E-2C351335B9C9}}" xmlns:x15="{X15}"><x15:slicerCaches xmlns:x14="{X14}"><x14:slicerCache r:id="rId13"/></x15:slicerCaches></ext>'
    f'<ext uri="{{140A7094-0E35-4892-8432-C4D2E57EDEB5}}" xmlns:x15="{X15}"><x15:workbookPr chartTrackingRefBase="1"/></ext>'
    '<ext uri="{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}" xmlns:xcalcf="http://schemas.microsoft.com/office/spreadsheetml/2018/calcfeatures"><xcalcf:calcFeatures>'
    '<xcalcf:feature name="microsoft.com:RD"/><xcalcf:feature name="microsoft.com:Single"/><xcalcf:feature name="microsoft.com:FV"/><xcalcf:feature name="microsoft.com:CNMTM"/>'
    '<xcalcf:feature name="microsoft.com:LET_WF"/><xcalcf:feature name="microsoft.com:LAMBDA_WF"/><xcalcf:feature name="microsoft.com:ARRAYTEXT_WF"/></xcalcf:calcFeatures></ext>'
    '</extLst></workbook>')
parts['xl/_rels/workbook.xml.rels'] = rels(
    ('rId1', REL + 'styles', 'styles.xml'), ('rId2', REL + 'theme', 'theme/theme1.xml'), ('rId3', REL + 'sharedStrings', 'sharedStrings.xml'),
    ('rId4', REL + 'worksheet', 'worksheets/sheet1.xml'), ('rId5', REL + 'worksheet', 'worksheets/sheet2.xml'),
    ('rId6', REL + 'chartsheet', 'chartsheets/sheet1.xml'), ('rId7', REL + 'worksheet', 'worksheets/sheet3.xml'),
    ('rId8', REL + 'worksheet', 'worksheets/sheet4.xml'), ('rId9', REL + 'sheetMetadata', 'metadata.xml'),
    ('rId10', MSREL + '2017/10/relationships/person', 'persons/person.xml'), ('rId11', REL + 'customXml', '../customXml/item1.xml'),
    ('rId13', MSREL + '2007/relationships/slicerCache', 'slicerCaches/slicerCache1.xml'))

overrides = {
    '/xl/worksheets/sheet2.xml': CT + 'spreadsheetml.worksheet+xml', '/xl/worksheets/sheet3.xml': CT + 'spreadsheetml.worksheet+xml',
    '/xl/worksheets/sheet4.xml': CT + 'spreadsheetml.worksheet+xml', '/xl/chartsheets/sheet1.xml': CT + 'spreadsheetml.chartsheet+xml',
    '/xl/drawings/drawing1.xml': CT + 'drawing+xml', '/xl/charts/chart1.xml': CT + 'drawingml.chart+xml',
    '/xl/comments1.xml': CT + 'spreadsheetml.comments+xml', '/xl/threadedComments/threadedComment1.xml': 'application/vnd.ms-excel.threadedcomments+xml',
    '/xl/persons/person.xml': 'application/vnd.ms-excel.person+xml', '/xl/tables/table1.xml': CT + 'spreadsheetml.table+xml',
    '/xl/slicers/slicer1.xml': 'application/vnd.ms-excel.slicer+xml', '/xl/slicerCaches/slicerCache1.xml': 'application/vnd.ms-excel.slicerCache+xml',
    '/xl/metadata.xml': CT + 'spreadsheetml.sheetMetadata+xml', '/customXml/itemProps1.xml': CT + 'customXmlProperties+xml',
    '/xl/webextensions/taskpanes.xml': 'application/vnd.ms-office.webextensiontaskpanes+xml',
    '/xl/webextensions/webextension1.xml': 'application/vnd.ms-office.webextension+xml',
}
parts['[Content_Types].xml'] = parts['[Content_Types].xml'].replace(
    '</Types>', ''.join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides.items()) + '</Types>')

# Extended properties (ECMA-376 Part 1, 22.2 Extended File Properties): the sheet titles and names.
parts['docProps/app.xml'] = parts['docProps/app.xml'].replace(
    '<vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>Phụ lục I</vt:lpstr></vt:vector>',
    '<vt:i4>4</vt:i4></vt:variant><vt:variant><vt:lpstr>Charts</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant></vt:vector>'
    '</HeadingPairs><TitlesOfParts><vt:vector size="8" baseType="lpstr"><vt:lpstr>Phụ lục I</vt:lpstr><vt:lpstr>Dữ liệu</vt:lpstr><vt:lpstr>Ẩn</vt:lpstr><vt:lpstr>Rất ẩn</vt:lpstr>'
    "<vt:lpstr>Biểu đồ</vt:lpstr><vt:lpstr>'Phụ lục I'!Print_Area</vt:lpstr><vt:lpstr>'Phụ lục I'!Print_Titles</vt:lpstr><vt:lpstr>TongMucTieu</vt:lpstr></vt:vector>").replace(
    '<vt:vector size="2" baseType="variant">', '<vt:vector size="6" baseType="variant">')


def save(parts, name):
    # Excel's part order: content types first, then relationships, then the rest.
    order = ['[Content_Types].xml', '_rels/.rels'] + sorted(p for p in parts if p not in ('[Content_Types].xml', '_rels/.rels'))
    with zipfile.ZipFile(f'{OUT_DIR}/{name}', 'w', zipfile.ZIP_DEFLATED) as z:
        for part in order:
            info = zipfile.ZipInfo(part, (2023, 8, 15, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[part].encode('utf8'))


save(parts, 'excel365-features.xlsx')

# --- The filter and formula variant. The sheet's own autoFilter (18.3.1.2) over the header and data
# rows, with the hidden _xlnm._FilterDatabase name Excel keeps for it (18.2.6, built-in names); the
# total row as a shared formula (18.3.1.40 f, t="shared") summing the area rows, its cached values kept.
variant = dict(ORIGINAL)
sheet = variant['xl/worksheets/sheet1.xml']
areas = re.findall(r'<c r="A(\d+)" s="8"><v>\d+</v>', sheet)
total = 'SUM(' + ','.join(f'C{r}' for r in areas) + ')'
for col, si in (('C', ' ref="C110:E110" si="0"'), ('D', ' si="0"'), ('E', ' si="0"')):
    body = total if col == 'C' else ''
    sheet = re.sub(f'<c r="{col}110" s="15"><v>([^<]*)</v></c>',
                   lambda m: f'<c r="{col}110" s="15"><f t="shared"{si}>{body}</f><v>{m.group(1)}</v></c>' if body else f'<c r="{col}110" s="15"><f t="shared"{si}/><v>{m.group(1)}</v></c>', sheet, count=1)
sheet = sheet.replace('</sheetData>', '</sheetData><autoFilter ref="A6:F109"/>', 1)
variant['xl/worksheets/sheet1.xml'] = sheet
variant['xl/workbook.xml'] = variant['xl/workbook.xml'].replace(
    '</sheets>', "</sheets><definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'Phụ lục I'!$A$6:$F$109</definedName></definedNames>", 1)
save(variant, 'excel365-filter-formulas.xlsx')

# --- The example saved as "Strict Open XML Spreadsheet": ISO/IEC 29500 Strict spells the namespaces
# and relationship types under purl.oclc.org (ISO/IEC 29500-1, Annex A) and marks the workbook
# conformance="strict" (18.2.27 workbook). Nothing else changes: the table reads as the example's.
STRICT = (
    ('http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
     'http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties'),
    ('http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
     'http://purl.oclc.org/ooxml/officeDocument/extendedProperties'),
    ('http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes', 'http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes'),
    ('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'),
    (MAIN, 'http://purl.oclc.org/ooxml/spreadsheetml/main'),
    ('http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'),
)
strict = {}
for part, text in ORIGINAL.items():
    for transitional, iso in STRICT:
        text = text.replace(transitional, iso)
    strict[part] = text
strict['xl/workbook.xml'] = strict['xl/workbook.xml'].replace('<workbook ', '<workbook conformance="strict" ', 1)
save(strict, 'iso-strict-phu-luc-i.xlsx')
