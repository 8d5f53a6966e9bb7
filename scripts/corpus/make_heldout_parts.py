"""Builds the test/corpus/heldout-*.xlsx[m] fixtures: the example score table (Kế hoạch Đắk Lắk 2020,
Phụ lục I) in packages and with parts the rest of the corpus does not have, the way other tools and
people make them. Every part is written here as the standards describe it, and the zip container by
a small writer of its own, so that the records the other fixtures never use (STORED entries, data
descriptors, Zip64 records, a zip comment) are exactly as PKWARE's APPNOTE.TXT 6.3 gives them.

Sources: ECMA-376 Part 1 (SpreadsheetML), Part 2 (Open Packaging Conventions: "Part Names",
"Mapping Part Names to ZIP Item Names", the content types stream, "Digital Signatures") and
[MS-XLSX] (Excel's extensions: macro sheets, revisions, controls, the data model part). Google
Sheets' and WPS Office's habits have no published description: what is reproduced is what files
they write are known to show, listed at each; no file saved by either could be made here to check
them against.

Run by scripts/corpus/make-corpus.sh: make_heldout_parts.py EXAMPLE.xlsx OUT_DIR
"""
import re
import struct
import sys
import zlib

import zipfile

EXAMPLE, OUT_DIR = sys.argv[1], sys.argv[2]

R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
REL = R + '/'
MSREL = 'http://schemas.microsoft.com/office/'
CT = 'application/vnd.openxmlformats-officedocument.'
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'

with zipfile.ZipFile(EXAMPLE) as z:
    BASE = {i.filename: z.read(i.filename) for i in z.infolist() if not i.filename.endswith('/')}


def base():
    """The example's parts as text (every part of it is XML), in its order."""
    return {name: data.decode('utf8') for name, data in BASE.items()}


def rels(*items):
    body = ''.join(
        f'<Relationship Id="{i}" Type="{t}" Target="{g}"' + (' TargetMode="External"' if len(rest) and rest[0] else '') + '/>'
        for i, t, g, *rest in items)
    return DECL + f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}</Relationships>'


def add_rel(xml, rid, rtype, target):
    return xml.replace('</Relationships>', f'<Relationship Id="{rid}" Type="{rtype}" Target="{target}"/></Relationships>')


def add_override(types, part, content_type):
    return types.replace('</Types>', f'<Override PartName="{part}" ContentType="{content_type}"/></Types>')


def add_default(types, ext, content_type):
    return types.replace('</Types>', f'<Default Extension="{ext}" ContentType="{content_type}"/></Types>')


def add_sheet(workbook, name, sheet_id, rid, state=None):
    extra = f' state="{state}"' if state else ''
    return workbook.replace('</sheets>', f'<sheet name="{name}" sheetId="{sheet_id}"{extra} r:id="{rid}"/></sheets>')


def tiny_sheet(rows):
    """A worksheet of inline strings (18.3.1.53 is), so it needs no shared string."""
    body = ''.join(
        f'<row r="{r}">' + ''.join(f'<c r="{c}{r}" t="inlineStr"><is><t>{v}</t></is></c>' for c, v in cells) + '</row>'
        for r, cells in rows)
    return DECL + f'<worksheet xmlns="{MAIN}" xmlns:r="{R}"><sheetData>{body}</sheetData></worksheet>'


# --- The zip container (APPNOTE.TXT 6.3). ------------------------------------------------------

def dos_time():
    # 2026-12-01 08:00:00, fixed so the fixtures are reproducible.
    return (8 << 11), ((2026 - 1980) << 9) | (12 << 5) | 1


def write_zip(path, entries, stored=False, descriptors=False, zip64=False, comment=b'', folders=()):
    """entries: (name, bytes) in the order they are written. folders: directory entries written first
    (names ending in '/', APPNOTE 4.3.8: size 0). Names are UTF-8 with general purpose bit 11 set when
    not ASCII (APPNOTE 4.4.4, Appendix D)."""
    out = bytearray()
    central = bytearray()
    count = 0
    time, date = dos_time()
    for name, data in [(f, b'') for f in folders] + list(entries):
        raw_name = name.encode('utf8')
        flags = 0x800 if any(ch > 0x7f for ch in raw_name) else 0
        method = 0 if stored or name.endswith('/') else 8
        if method == 8:
            c = zlib.compressobj(9, zlib.DEFLATED, -15)
            body = c.compress(data) + c.flush()
        else:
            body = data
        crc = zlib.crc32(data) & 0xffffffff
        if descriptors and not name.endswith('/'):
            # Bit 3: the local header's CRC and sizes are zero, a data descriptor with its optional
            # signature follows the data (APPNOTE 4.3.9, 4.4.4).
            flags |= 0x08
        offset = len(out)
        version = 45 if zip64 else 20
        if zip64:
            # Zip64 extended information (APPNOTE 4.5.3): the local header carries both sizes, the
            # central header both sizes and the offset, their 32-bit fields saturated.
            local_extra = struct.pack('<HHQQ', 1, 16, 0 if descriptors else len(data), 0 if descriptors else len(body))
            l_csize = l_size = 0xffffffff
        else:
            local_extra = b''
            l_csize, l_size = (0, 0) if descriptors else (len(body), len(data))
        l_crc = 0 if descriptors and not name.endswith('/') else crc
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, version, flags, method, time, date, l_crc, l_csize, l_size, len(raw_name), len(local_extra))
        out += raw_name + local_extra + body
        if descriptors and not name.endswith('/'):
            if zip64:
                out += struct.pack('<IIQQ', 0x08074b50, crc, len(body), len(data))
            else:
                out += struct.pack('<IIII', 0x08074b50, crc, len(body), len(data))
        external = 0x10 if name.endswith('/') else 0
        if zip64:
            central_extra = struct.pack('<HHQQQ', 1, 24, len(data), len(body), offset)
            c_csize = c_size = c_offset = 0xffffffff
        else:
            central_extra = b''
            c_csize, c_size, c_offset = len(body), len(data), offset
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, version, version, flags, method, time, date, crc, c_csize, c_size,
                               len(raw_name), len(central_extra), 0, 0, 0, external, c_offset)
        central += raw_name + central_extra
        count += 1
    cd_offset = len(out)
    out += central
    if zip64:
        # Zip64 end of central directory record and locator (APPNOTE 4.3.14, 4.3.15); the classic
        # record's fields saturated point readers at them.
        z64 = len(out)
        out += struct.pack('<IQHHIIQQQQ', 0x06064b50, 44, 45, 45, 0, 0, count, count, len(central), cd_offset)
        out += struct.pack('<IIQI', 0x07064b50, 0, z64, 1)
        out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, 0xffff, 0xffff, 0xffffffff, 0xffffffff, len(comment))
    else:
        out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, count, count, len(central), cd_offset, len(comment))
    out += comment
    with open(path, 'wb') as f:
        f.write(out)


def save(name, parts, **options):
    entries = [(n, v.encode('utf8') if isinstance(v, str) else v) for n, v in parts.items()]
    write_zip(f'{OUT_DIR}/{name}', entries, **options)


# 1. Zip records the other writers do not use. ------------------------------------------------
# Every entry STORED (method 0, APPNOTE 4.4.5), as some zip tools do when asked for speed.
save('heldout-zip-stored.xlsx', base(), stored=True)
# Data descriptors (bit 3) after every entry, as a writer streaming to a pipe makes them; the
# content types stream last (OPC Annex B.2 lets it sit anywhere); directory entries; a zip comment.
parts = base()
types = parts.pop('[Content_Types].xml')
parts['[Content_Types].xml'] = types
save('heldout-zip-descriptors.xlsx', parts, descriptors=True, comment='Tệp đã kiểm tra — Sở Nội vụ'.encode('utf8'),
     folders=('_rels/', 'docProps/', 'xl/', 'xl/_rels/', 'xl/worksheets/'))
# Zip64 records on every entry and at the end (APPNOTE 4.5.3, 4.3.14), as writers that always use
# them for streamed output make them, with data descriptors.
save('heldout-zip64.xlsx', base(), zip64=True, descriptors=True)


# 2. Part names. -------------------------------------------------------------------------------
# A part name is a URI or IRI (OPC "Part Names"): a space or a Vietnamese letter in a file name is
# percent-encoded in its URI form, and the ZIP item name is the part name without its slash (OPC
# "Mapping Part Names to ZIP Item Names").
# The relationship targets give them percent-encoded too. The table sheet is "xl/worksheets/Trang
# 1.xml", a picture on it "xl/media/Ảnh đoàn kiểm tra.png"; the drawing is DrawingML (20.5).
parts = base()
sheet_part = 'xl/worksheets/Trang%201.xml'
parts[sheet_part] = parts.pop('xl/worksheets/sheet1.xml')
parts['[Content_Types].xml'] = parts['[Content_Types].xml'].replace('/xl/worksheets/sheet1.xml', '/' + sheet_part)
parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels'].replace('worksheets/sheet1.xml', 'worksheets/Trang%201.xml')
image_name = '%E1%BA%A2nh%20%C4%91o%C3%A0n%20ki%E1%BB%83m%20tra.png'  # "Ảnh đoàn kiểm tra.png"
# A 1x1 PNG (ISO/IEC 15948): signature, IHDR, IDAT, IEND.
def png_chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
PNG = b'\x89PNG\r\n\x1a\n' + png_chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 2, 0, 0, 0)) + png_chunk(b'IDAT', zlib.compress(b'\x00\xc0\x00\x00')) + png_chunk(b'IEND', b'')
parts['xl/media/' + image_name] = PNG
XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing'
A = 'http://schemas.openxmlformats.org/drawingml/2006/main'
parts['xl/drawings/B%E1%BA%A3n%20v%E1%BA%BD%201.xml'] = DECL + (  # "Bản vẽ 1.xml"
    f'<xdr:wsDr xmlns:xdr="{XDR}" xmlns:a="{A}" xmlns:r="{R}"><xdr:oneCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>'
    '<xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Ảnh đoàn kiểm tra"/><xdr:cNvPicPr/></xdr:nvPicPr>'
    '<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>'
    '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>')
parts['xl/drawings/_rels/B%E1%BA%A3n%20v%E1%BA%BD%201.xml.rels'] = rels(('rId1', REL + 'image', '../media/' + image_name))
parts['xl/worksheets/_rels/Trang%201.xml.rels'] = rels(('rId1', REL + 'drawing', '../drawings/B%E1%BA%A3n%20v%E1%BA%BD%201.xml'))
parts[sheet_part] = parts[sheet_part].replace('</worksheet>', '<drawing r:id="rId1"/></worksheet>')
parts['[Content_Types].xml'] = add_default(add_override(parts['[Content_Types].xml'], '/xl/drawings/B%E1%BA%A3n%20v%E1%BA%BD%201.xml', CT + 'drawing+xml'), 'png', 'image/png')
save('heldout-part-names.xlsx', parts)

# The workbook part where no writer of ours puts it: /book/wb.xml, found through the package
# relationship (OPC 9.3; ECMA-376 Part 1 names no fixed location), its parts in book/.
parts = base()
moved = {}
for name, text in parts.items():
    moved[name.replace('xl/', 'book/').replace('workbook.xml', 'wb.xml')] = text
moved['_rels/.rels'] = moved['_rels/.rels'].replace('Target="xl/workbook.xml"', 'Target="/book/wb.xml"')
moved['[Content_Types].xml'] = moved['[Content_Types].xml'].replace('/xl/workbook.xml', '/book/wb.xml').replace('/xl/', '/book/')
save('heldout-workbook-elsewhere.xlsx', moved)

# No docProps at all (core and app properties are optional parts), no shared string table (every
# text an inline string, Part 1 §18.3.1.53 is), as small generators write packages.
parts = base()
sst = re.findall(r'<si>(.*?)</si>', parts['xl/sharedStrings.xml'], re.S)
def inline(m):
    attrs, index = m.group(1), int(m.group(2))
    attrs = attrs.replace(' t="s"', '')
    return f'<c{attrs} t="inlineStr"><is>{sst[index]}</is></c>'
parts['xl/worksheets/sheet1.xml'] = re.sub(r'<c([^>]*? t="s"[^>]*)><v>(\d+)</v></c>', inline, parts['xl/worksheets/sheet1.xml'])
assert ' t="s"' not in parts['xl/worksheets/sheet1.xml']
del parts['xl/sharedStrings.xml'], parts['docProps/app.xml'], parts['docProps/core.xml']
parts['_rels/.rels'] = rels(('rId1', REL + 'officeDocument', 'xl/workbook.xml'))
parts['xl/_rels/workbook.xml.rels'] = re.sub(r'<Relationship Id="rId3"[^>]*/>', '', parts['xl/_rels/workbook.xml.rels'])
parts['[Content_Types].xml'] = re.sub(r'<Override PartName="/(xl/sharedStrings|docProps/\w+)\.xml"[^>]*/>', '', parts['[Content_Types].xml'])
save('heldout-bare-package.xlsx', parts)


# 3. Parts Excel writes that no fixture has. -------------------------------------------------
# An Excel 4.0 macro sheet ([MS-XLSX] Macro Sheet part) and a dialog sheet (ECMA-376 Part 1, the
# Dialogsheet part), both beside the table; a macro workbook's content type.
parts = base()
types = parts['[Content_Types].xml'].replace(CT + 'spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
types = add_override(types, '/xl/macrosheets/sheet1.xml', 'application/vnd.ms-excel.macrosheet+xml')
types = add_override(types, '/xl/dialogsheets/sheet1.xml', CT + 'spreadsheetml.dialogsheet+xml')
parts['[Content_Types].xml'] = types
parts['xl/macrosheets/sheet1.xml'] = DECL + (
    f'<xm:macrosheet xmlns="{MAIN}" xmlns:r="{R}" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
    '<sheetData><row r="1"><c r="A1" t="str"><f>TỔNG_ĐIỂM</f><v></v></c></row>'
    '<row r="2"><c r="A2" t="b"><f>ALERT("Đã kiểm tra",2)</f><v>1</v></c></row><row r="3"><c r="A3" t="b"><f>RETURN()</f><v>1</v></c></row></sheetData></xm:macrosheet>')
parts['xl/dialogsheets/sheet1.xml'] = DECL + (
    f'<dialogsheet xmlns="{MAIN}" xmlns:r="{R}"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
    '<sheetFormatPr defaultRowHeight="15"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></dialogsheet>')
wbrels = add_rel(parts['xl/_rels/workbook.xml.rels'], 'rId5', MSREL + '2006/relationships/xlMacrosheet', 'macrosheets/sheet1.xml')
parts['xl/_rels/workbook.xml.rels'] = add_rel(wbrels, 'rId6', REL + 'dialogsheet', 'dialogsheets/sheet1.xml')
wb = add_sheet(parts['xl/workbook.xml'], 'Macro1', 2, 'rId5')
wb = add_sheet(wb, 'Dialog1', 3, 'rId6', 'hidden')
wb = wb.replace('<calcPr', '<definedNames><definedName name="Auto_Open">Macro1!$A$1</definedName></definedNames><calcPr')
parts['xl/workbook.xml'] = wb
save('heldout-macro-dialog-sheets.xlsm', parts)

# The change log of a legacy shared workbook (Part 1, Shared Workbook Revisions; User Names part).
parts = base()
types = add_override(parts['[Content_Types].xml'], '/xl/revisions/revisionHeaders.xml', CT + 'spreadsheetml.revisionHeaders+xml')
types = add_override(types, '/xl/revisions/revisionLog1.xml', CT + 'spreadsheetml.revisionLog+xml')
types = add_override(types, '/xl/revisions/userNames.xml', CT + 'spreadsheetml.userNames+xml')
parts['[Content_Types].xml'] = types
parts['xl/_rels/workbook.xml.rels'] = add_rel(add_rel(parts['xl/_rels/workbook.xml.rels'], 'rId5', REL + 'revisionHeaders', 'revisions/revisionHeaders.xml'),
                                               'rId6', REL + 'usernames', 'revisions/userNames.xml')
GUID1, GUID2 = '{6B1D3C9A-0000-4000-8000-000000000001}', '{6B1D3C9A-0000-4000-8000-000000000002}'
parts['xl/revisions/revisionHeaders.xml'] = DECL + (
    f'<headers xmlns="{MAIN}" xmlns:r="{R}" guid="{GUID2}" lastGuid="{GUID2}" shared="1" diskRevisions="1" revisionId="2" version="2">'
    f'<header guid="{GUID1}" dateTime="2026-11-20T08:30:00" maxSheetId="2" userName="Nguyễn Văn A" r:id="rId1"><sheetIdMap count="1"><sheetId val="1"/></sheetIdMap></header>'
    f'<header guid="{GUID2}" dateTime="2026-11-21T14:05:00" maxSheetId="2" userName="Trần Thị B" r:id="rId2" minRId="1" maxRId="1"><sheetIdMap count="1"><sheetId val="1"/></sheetIdMap></header></headers>')
parts['xl/revisions/_rels/revisionHeaders.xml.rels'] = rels(('rId1', REL + 'revisionLog', 'revisionLog1.xml'), ('rId2', REL + 'revisionLog', 'revisionLog2.xml'))
parts['xl/revisions/revisionLog1.xml'] = DECL + f'<revisions xmlns="{MAIN}" xmlns:r="{R}"/>'
parts['xl/revisions/revisionLog2.xml'] = DECL + (
    f'<revisions xmlns="{MAIN}" xmlns:r="{R}"><rcc rId="1" sId="1"><oc r="D8" t="n"><v>0.5</v></oc><nc r="D8" t="n"><v>1</v></nc></rcc></revisions>')
parts['[Content_Types].xml'] = add_override(parts['[Content_Types].xml'], '/xl/revisions/revisionLog2.xml', CT + 'spreadsheetml.revisionLog+xml')
parts['xl/revisions/userNames.xml'] = DECL + (
    f'<users xmlns="{MAIN}" xmlns:r="{R}" count="2"><userInfo guid="{{00000000-0000-4000-8000-0000000000A1}}" name="Nguyễn Văn A" id="1" dateTime="2026-11-20T08:00:00"/>'
    f'<userInfo guid="{{00000000-0000-4000-8000-0000000000B2}}" name="Trần Thị B" id="2" dateTime="2026-11-21T14:00:00"/></users>')
save('heldout-shared-revisions.xlsx', parts)

# An XML digital signature (OPC "Digital Signatures": the origin part, a signature part, relationships).
# The signature's digests cover the parts it lists; any writer's copy that changes one of them
# leaves a signature that no longer verifies.
parts = base()
types = add_default(parts['[Content_Types].xml'], 'sigs', 'application/vnd.openxmlformats-package.digital-signature-origin')
types = add_override(types, '/_xmlsignatures/sig1.xml', 'application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml')
parts['[Content_Types].xml'] = types
parts['_rels/.rels'] = add_rel(parts['_rels/.rels'], 'rId4', 'http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin', '_xmlsignatures/origin.sigs')
parts['_xmlsignatures/origin.sigs'] = b''
parts['_xmlsignatures/_rels/origin.sigs.rels'] = rels(('rId1', 'http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature', 'sig1.xml'))
def ref(uri):
    return (f'<Reference URI="{uri}"><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>'
            '<DigestValue>47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=</DigestValue></Reference>')
parts['_xmlsignatures/sig1.xml'] = DECL + (
    '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#" Id="idPackageSignature"><SignedInfo>'
    '<CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/>'
    '<SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>'
    '<Reference Type="http://www.w3.org/2000/09/xmldsig#Object" URI="#idPackageObject"><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>'
    '<DigestValue>47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=</DigestValue></Reference></SignedInfo>'
    '<SignatureValue>AAAA</SignatureValue><Object Id="idPackageObject"><Manifest>'
    + ref('/xl/workbook.xml?ContentType=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')
    + ref('/xl/worksheets/sheet1.xml?ContentType=application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml')
    + '</Manifest><SignatureProperties><SignatureProperty Id="idSignatureTime" Target="#idPackageSignature">'
    '<mdssi:SignatureTime xmlns:mdssi="http://schemas.openxmlformats.org/package/2006/digital-signature"><mdssi:Format>YYYY-MM-DDThh:mm:ssTZD</mdssi:Format>'
    '<mdssi:Value>2026-11-25T02:00:00Z</mdssi:Value></mdssi:SignatureTime></SignatureProperty></SignatureProperties></Object></Signature>')
save('heldout-signed.xlsx', parts)

# Controls, embedded objects and printer settings on the table sheet, as Excel 2010 and later write
# them: <oleObjects> and <controls> inside mc:AlternateContent (ECMA-376 Part 3, Markup
# Compatibility; [MS-XLSX] x14 controls), an ActiveX control (xl/activeX), a form control's
# properties (xl/ctrlProps, [MS-XLSX] CT_FormControlPr), an embedded OLE object (xl/embeddings) and
# the printer settings binary (Part 1, Printer Settings part) that <pageSetup r:id> points at.
parts = base()
sheet = parts['xl/worksheets/sheet1.xml']
sheet = sheet.replace('pageSetup orientation', 'pageSetup r:id="rId4" orientation')
X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main'
sheet = sheet.replace('</worksheet>', (
    '<legacyDrawing r:id="rId5"/>'
    f'<mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="x14"><oleObjects>'
    '<mc:AlternateContent><mc:Choice Requires="x14"><oleObject progId="Word.Document.12" shapeId="1025" r:id="rId1">'
    '<objectPr defaultSize="0" r:id="rId6"><anchor moveWithCells="1"><from><xdr:col xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">7</xdr:col><xdr:colOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">0</xdr:colOff><xdr:row xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">1</xdr:row><xdr:rowOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">0</xdr:rowOff></from>'
    '<to><xdr:col xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">9</xdr:col><xdr:colOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">0</xdr:colOff><xdr:row xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">4</xdr:row><xdr:rowOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">0</xdr:rowOff></to></anchor></objectPr></oleObject></mc:Choice>'
    '<mc:Fallback><oleObject progId="Word.Document.12" shapeId="1025" r:id="rId1"/></mc:Fallback></mc:AlternateContent>'
    '</oleObjects></mc:Choice></mc:AlternateContent>'
    f'<mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="x14"><controls>'
    '<mc:AlternateContent><mc:Choice Requires="x14"><control shapeId="1026" r:id="rId2" name="Chọn đơn vị"><controlPr defaultSize="0" autoLine="0" r:id="rId6">'
    '<anchor moveWithCells="1"><from><xdr:col xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">7</xdr:col><xdr:colOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">0</xdr:colOff><xdr:row xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">5</xdr:row><xdr:rowOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">0</xdr:rowOff></from>'
    '<to><xdr:col xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">8</xdr:col><xdr:colOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">0</xdr:colOff><xdr:row xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">6</xdr:row><xdr:rowOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">0</xdr:rowOff></to></anchor></controlPr></control></mc:Choice>'
    '<mc:Fallback><control shapeId="1026" r:id="rId2" name="Chọn đơn vị"/></mc:Fallback></mc:AlternateContent>'
    '<mc:AlternateContent><mc:Choice Requires="x14"><control shapeId="1027" r:id="rId3" name="Đã duyệt"><controlPr defaultSize="0" autoFill="0" autoLine="0" autoPict="0">'
    '<anchor moveWithCells="1"><from><xdr:col xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">9</xdr:col><xdr:colOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">0</xdr:colOff><xdr:row xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">5</xdr:row><xdr:rowOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">0</xdr:rowOff></from>'
    '<to><xdr:col xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">10</xdr:col><xdr:colOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">0</xdr:colOff><xdr:row xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">6</xdr:row><xdr:rowOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">0</xdr:rowOff></to></anchor></controlPr></control></mc:Choice>'
    '<mc:Fallback><control shapeId="1027" r:id="rId3" name="Đã duyệt"/></mc:Fallback></mc:AlternateContent>'
    '</controls></mc:Choice></mc:AlternateContent></worksheet>'))
parts['xl/worksheets/sheet1.xml'] = sheet
parts['xl/worksheets/_rels/sheet1.xml.rels'] = rels(
    ('rId1', REL + 'oleObject', '../embeddings/Microsoft_Word_Document.docx'),
    ('rId2', REL + 'control', '../activeX/activeX1.xml'),
    ('rId3', REL + 'ctrlProp', '../ctrlProps/ctrlProp1.xml'),
    ('rId4', REL + 'printerSettings', '../printerSettings/printerSettings1.bin'),
    ('rId5', REL + 'vmlDrawing', '../drawings/vmlDrawing1.vml'),
    ('rId6', REL + 'image', '../media/image1.emf'))
parts['xl/activeX/activeX1.xml'] = DECL + (
    '<ax:ocx ax:classid="{8BD21D50-EC42-11CE-9E0D-00AA006002F3}" ax:persistence="persistStorage" r:id="rId1" '
    f'xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" xmlns:r="{R}"/>')
parts['xl/activeX/_rels/activeX1.xml.rels'] = rels(('rId1', MSREL + '2006/relationships/activeXControlBinary', 'activeX1.bin'))
# A compound file header (MS-CFB 2.2) is enough to stand for the binaries: the tool must copy them.
CFB = bytes.fromhex('d0cf11e0a1b11ae1') + bytes(504)
parts['xl/activeX/activeX1.bin'] = CFB
parts['xl/ctrlProps/ctrlProp1.xml'] = DECL + f'<formControlPr xmlns="{X14}" objectType="CheckBox" checked="Checked" lockText="1"/>'
parts['xl/embeddings/Microsoft_Word_Document.docx'] = BASE['xl/theme/theme1.xml'][:512]
parts['xl/printerSettings/printerSettings1.bin'] = 'Canon LBP2900'.encode('utf-16-le') + bytes(156 - 26) + bytes.fromhex('0104000000dc00')
parts['xl/media/image1.emf'] = b'\x01\x00\x00\x00' + bytes(84)
parts['xl/drawings/vmlDrawing1.vml'] = (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>'
    '<v:shape id="_x0000_s1025" type="#_x0000_t75" style="position:absolute;width:96pt;height:48pt"><v:imagedata o:relid="rId6" o:title=""/>'
    '<x:ClientData ObjectType="Pict"><x:SizeWithCells/><x:CF>Pict</x:CF><x:AutoPict/></x:ClientData></v:shape>'
    '<v:shape id="_x0000_s1027" type="#_x0000_t201" style="position:absolute;width:48pt;height:15pt"><x:ClientData ObjectType="Checkbox"><x:Checked>1</x:Checked><x:AutoFill>False</x:AutoFill></x:ClientData></v:shape></xml>')
parts['xl/drawings/_rels/vmlDrawing1.vml.rels'] = rels(('rId6', REL + 'image', '../media/image1.emf'))
types = add_default(parts['[Content_Types].xml'], 'bin', CT + 'spreadsheetml.printerSettings')
types = add_default(types, 'emf', 'image/x-emf')
types = add_default(types, 'docx', CT + 'wordprocessingml.document')
types = add_override(types, '/xl/activeX/activeX1.xml', 'application/vnd.ms-office.activeX+xml')
types = add_override(types, '/xl/activeX/activeX1.bin', 'application/vnd.ms-office.activeX')
types = add_override(types, '/xl/ctrlProps/ctrlProp1.xml', 'application/vnd.ms-excel.controlproperties+xml')
parts['[Content_Types].xml'] = types
save('heldout-controls-objects.xlsx', parts)

# External data: a connection (Part 1, Connections part), a query table on a sheet of its own
# (Part 1, Query Table part) over an Excel Table, and the data model part ([MS-XLSX] Data Model part).
parts = base()
parts['xl/connections.xml'] = DECL + (
    f'<connections xmlns="{MAIN}"><connection id="1" name="Báo cáo sở" type="1" refreshedVersion="6" background="1" saveData="1">'
    '<dbPr connection="DSN=PAR;" command="SELECT * FROM diem"/></connection>'
    '<connection id="2" keepAlive="1" name="ThisWorkbookDataModel" description="Data Model" type="5" refreshedVersion="6" minRefreshableVersion="5" background="1">'
    '<dbPr connection="Data Model Connection" command="Model" commandType="1"/></connection></connections>')
parts['xl/queryTables/queryTable1.xml'] = DECL + (
    f'<queryTable xmlns="{MAIN}" name="Báo cáo sở" connectionId="1" autoFormatId="16" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="0">'
    '<queryTableRefresh nextId="3"><queryTableFields count="2"><queryTableField id="1" name="Đơn vị" tableColumnId="1"/><queryTableField id="2" name="Điểm" tableColumnId="2"/></queryTableFields></queryTableRefresh></queryTable>')
parts['xl/tables/table1.xml'] = DECL + (
    f'<table xmlns="{MAIN}" id="1" name="BaoCao" displayName="BaoCao" ref="A1:B3" tableType="queryTable" totalsRowShown="0" connectionId="1">'
    '<autoFilter ref="A1:B3"/><tableColumns count="2"><tableColumn id="1" uniqueName="1" name="Đơn vị" queryTableFieldId="1"/>'
    '<tableColumn id="2" uniqueName="2" name="Điểm" queryTableFieldId="2"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>')
parts['xl/tables/_rels/table1.xml.rels'] = rels(('rId1', REL + 'queryTable', '../queryTables/queryTable1.xml'))
parts['xl/worksheets/sheet2.xml'] = tiny_sheet([(1, [('A', 'Đơn vị'), ('B', 'Điểm')]), (2, [('A', 'Sở Nội vụ'), ('B', '9')]), (3, [('A', 'Sở Tư pháp'), ('B', '8')])]).replace(
    '</worksheet>', '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>')
parts['xl/worksheets/_rels/sheet2.xml.rels'] = rels(('rId1', REL + 'table', '../tables/table1.xml'))
parts['xl/model/item.data'] = b'PAR data model stand-in\x00' * 8
parts['xl/_rels/workbook.xml.rels'] = add_rel(add_rel(add_rel(parts['xl/_rels/workbook.xml.rels'], 'rId5', REL + 'worksheet', 'worksheets/sheet2.xml'),
                                                      'rId6', REL + 'connections', 'connections.xml'),
                                              'rId7', MSREL + '2006/relationships/model', 'model/item.data')
parts['xl/workbook.xml'] = add_sheet(parts['xl/workbook.xml'], 'Dữ liệu', 2, 'rId5').replace(
    '</workbook>', '<extLst><ext uri="{FCE2AD5D-F65C-4FA6-A056-5C36A1767C68}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">'
    '<x15:dataModel><x15:modelTables><x15:modelTable id="BaoCao" name="BaoCao" connection="Báo cáo sở"/></x15:modelTables></x15:dataModel></ext></extLst></workbook>')
types = add_override(parts['[Content_Types].xml'], '/xl/worksheets/sheet2.xml', CT + 'spreadsheetml.worksheet+xml')
types = add_override(types, '/xl/connections.xml', CT + 'spreadsheetml.connections+xml')
types = add_override(types, '/xl/queryTables/queryTable1.xml', CT + 'spreadsheetml.queryTable+xml')
types = add_override(types, '/xl/tables/table1.xml', CT + 'spreadsheetml.table+xml')
types = add_override(types, '/xl/model/item.data', 'application/vnd.openxmlformats-officedocument.model+data')
parts['[Content_Types].xml'] = types
save('heldout-connections-model.xlsx', parts)


# 4. Sheets already named as the tool names its own. ------------------------------------------
# The officer keeps last year's summary as "PAR - Tổng hợp" and a sheet for one agency, "Sở Nội vụ",
# of their own. The tool did not create them and must neither take them over nor write into them.
parts = base()
for n, name, rows in [(2, 'PAR - Tổng hợp', [(1, [('A', 'Tổng hợp năm 2019 (bản cũ)')]), (2, [('A', 'Tổng điểm'), ('B', '75,2')])]),
                      (3, 'Sở Nội vụ', [(1, [('A', 'Nhiệm vụ của Sở Nội vụ')]), (2, [('A', 'Theo dõi chung')])])]:
    parts[f'xl/worksheets/sheet{n}.xml'] = tiny_sheet(rows)
    parts['xl/_rels/workbook.xml.rels'] = add_rel(parts['xl/_rels/workbook.xml.rels'], f'rId{n + 3}', REL + 'worksheet', f'worksheets/sheet{n}.xml')
    parts['xl/workbook.xml'] = add_sheet(parts['xl/workbook.xml'], name, n, f'rId{n + 3}')
    parts['[Content_Types].xml'] = add_override(parts['[Content_Types].xml'], f'/xl/worksheets/sheet{n}.xml', CT + 'spreadsheetml.worksheet+xml')
save('heldout-user-sheet-names.xlsx', parts)


# 5. As other programs write them. ---------------------------------------------------------------
# No styles part at all (an optional part; a cell without s= has style 0, Part 1 §18.3.1.4): the
# tool needs one for its own formats and has to add it, with its relationship and content type.
parts = base()
parts['xl/worksheets/sheet1.xml'] = re.sub(r' s="\d+"', '', parts['xl/worksheets/sheet1.xml']).replace(' style="1"', '')
del parts['xl/styles.xml']
parts['xl/_rels/workbook.xml.rels'] = re.sub(r'<Relationship Id="rId1"[^>]*/>', '', parts['xl/_rels/workbook.xml.rels'])
parts['[Content_Types].xml'] = re.sub(r'<Override PartName="/xl/styles\.xml"[^>]*/>', '', parts['[Content_Types].xml'])
save('heldout-no-styles.xlsx', parts)

# Google Sheets' download as .xlsx, with the habits its files are known for (see the note at the
# top): no docProps, no calcChain, formulas whose result is text typed
# t="str" with the cached text in <v> (18.18.11 ST_CellType), an empty drawing part related from
# every sheet, <sheetPr><outlinePr/>, and sheets listed with state="visible" before their name.
parts = base()
sheet = parts['xl/worksheets/sheet1.xml']
sst = re.findall(r'<si>(.*?)</si>', parts['xl/sharedStrings.xml'], re.S)
def google_text(m):
    # Lead agencies (column F) typed as a formula giving the text, as a sheet filled by =IMPORTRANGE
    # or ="..." formulas exports them.
    attrs, index = m.group(1), int(m.group(2))
    text = re.sub(r'<[^>]+>', '', sst[index])
    attrs = attrs.replace(' t="s"', '')
    return f'<c{attrs} t="str"><f>"{text}"</f><v>{text}</v></c>'
sheet = re.sub(r'<c( r="F(?:[7-9]|[1-9]\d|10\d)"[^>]*? t="s"[^>]*)><v>(\d+)</v></c>', google_text, sheet)
sheet = sheet.replace('<dimension ', '<sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr><dimension ', 1)
sheet = sheet.replace('</worksheet>', '<drawing r:id="rId1"/></worksheet>')
assert 't="str"' in sheet
parts['xl/worksheets/sheet1.xml'] = sheet
parts['xl/worksheets/_rels/sheet1.xml.rels'] = rels(('rId1', REL + 'drawing', '../drawings/drawing1.xml'))
parts['xl/drawings/drawing1.xml'] = DECL + (
    f'<xdr:wsDr xmlns:xdr="{XDR}" xmlns:a="{A}" xmlns:r="{R}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
    'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
    'xmlns:x3Unk="http://schemas.microsoft.com/office/drawing/2010/slicer" xmlns:sle15="http://schemas.microsoft.com/office/drawing/2012/slicer"/>')
parts['[Content_Types].xml'] = add_override(parts['[Content_Types].xml'], '/xl/drawings/drawing1.xml', CT + 'drawing+xml')
parts['xl/workbook.xml'] = parts['xl/workbook.xml'].replace('<sheet sheetId="1" name="Phụ lục I" state="visible" r:id="rId4"/>',
                                                            '<sheet state="visible" name="Phụ lục I" sheetId="1" r:id="rId4"/>')
del parts['docProps/app.xml'], parts['docProps/core.xml']
parts['_rels/.rels'] = rels(('rId1', REL + 'officeDocument', 'xl/workbook.xml'))
parts['[Content_Types].xml'] = re.sub(r'<Override PartName="/docProps/\w+\.xml"[^>]*/>', '', parts['[Content_Types].xml'])
save('heldout-google-sheets.xlsx', parts)

# WPS Office Spreadsheets (widely used in Vietnam), with the habits its files are known for: custom document
# properties KSOProductBuildVer and ICV (docProps/custom.xml, Part 1, Custom File Properties), and a
# picture placed in a cell: the cellimages part related from the workbook, shown by a DISPIMG
# formula on a sheet of its own (WPS's extension; Excel keeps the formula and shows its cached text).
parts = base()
parts['docProps/custom.xml'] = DECL + (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="ICV"><vt:lpwstr>6A1F7C2B3D4E4F5A8B9C0D1E2F3A4B5C_13</vt:lpwstr></property>'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="KSOProductBuildVer"><vt:lpwstr>1066-12.2.0.13359</vt:lpwstr></property></Properties>')
parts['_rels/.rels'] = add_rel(parts['_rels/.rels'], 'rId4', REL + 'custom-properties', 'docProps/custom.xml')
parts['docProps/app.xml'] = parts['docProps/app.xml'].replace('<Application>Microsoft Excel</Application>', '<Application>WPS Spreadsheets</Application>')
ETC = 'http://www.wps.cn/officeDocument/2017/etCustomData'
parts['xl/cellimages.xml'] = DECL + (
    f'<etc:cellImages xmlns:xdr="{XDR}" xmlns:r="{R}" xmlns:a="{A}" xmlns:etc="{ETC}"><etc:cellImage><xdr:pic><xdr:nvPicPr>'
    '<xdr:cNvPr id="2" name="ID_5B2C7A1D9E8F4A6B8C0D1E2F3A4B5C6D" descr="Chữ ký"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>'
    '<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>'
    '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="476250"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic></etc:cellImage></etc:cellImages>')
parts['xl/_rels/cellimages.xml.rels'] = rels(('rId1', REL + 'image', 'media/image1.png'))
parts['xl/media/image1.png'] = PNG
parts['xl/worksheets/sheet2.xml'] = DECL + (
    f'<worksheet xmlns="{MAIN}" xmlns:r="{R}" xmlns:xdr="{XDR}" xmlns:x14="{X14}" xmlns:mc="{MC}" xmlns:etc="{ETC}">'
    '<sheetPr/><dimension ref="A1:B2"/><sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>'
    '<sheetFormatPr defaultColWidth="9" defaultRowHeight="14.4" outlineLevelCol="1"/><sheetData>'
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Người ký</t></is></c><c r="B1" t="inlineStr"><is><t>Chữ ký</t></is></c></row>'
    '<row r="2" ht="40" customHeight="1"><c r="A2" t="inlineStr"><is><t>Giám đốc Sở Nội vụ</t></is></c>'
    '<c r="B2" t="str"><f>_xlfn.DISPIMG("ID_5B2C7A1D9E8F4A6B8C0D1E2F3A4B5C6D",1)</f><v>=DISPIMG("ID_5B2C7A1D9E8F4A6B8C0D1E2F3A4B5C6D",1)</v></c></row>'
    '</sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/></worksheet>')
parts['xl/_rels/workbook.xml.rels'] = add_rel(add_rel(parts['xl/_rels/workbook.xml.rels'], 'rId5', REL + 'worksheet', 'worksheets/sheet2.xml'),
                                               'rId6', 'http://www.wps.cn/officeDocument/2020/cellImage', 'cellimages.xml')
parts['xl/workbook.xml'] = add_sheet(parts['xl/workbook.xml'], 'Chữ ký', 2, 'rId5')
types = add_override(parts['[Content_Types].xml'], '/xl/worksheets/sheet2.xml', CT + 'spreadsheetml.worksheet+xml')
types = add_override(types, '/docProps/custom.xml', CT + 'custom-properties+xml')
types = add_default(types, 'png', 'image/png')
parts['[Content_Types].xml'] = types
save('heldout-wps-office.xlsx', parts)
