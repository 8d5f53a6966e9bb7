"""Adds a small VBA project (xl/vbaProject.bin) to a macro workbook LibreOffice saved as .xlsm:
LibreOffice writes the macro-enabled package but keeps no VBA of its own. The project is built by
hand to the published formats: a compound file ([MS-CFB], version 3) holding the streams of
[MS-OVBA] 2.2 (PROJECT, PROJECTwm, VBA/_VBA_PROJECT, VBA/dir and one standard module, its source in
the compressed container of [MS-OVBA] 2.4.1). Usage: add_vba_project.py IN.xlsm OUT.xlsm"""
import struct
import sys
import zipfile

MODULE = 'Module1'
SOURCE = (f'Attribute VB_Name = "{MODULE}"\r\n'
          'Sub TinhDiem()\r\n'
          '    MsgBox "Tong diem: " & Sheets(1).Range("D110").Value\r\n'
          'End Sub\r\n')


def compress(data):
    """[MS-OVBA] 2.4.1: a compressed container; each chunk holds only literal tokens (flag byte 0)."""
    out = bytearray(b'\x01')
    for start in range(0, len(data), 4096):
        chunk = data[start:start + 4096]
        body = bytearray()
        for i in range(0, len(chunk), 8):
            body += b'\x00' + chunk[i:i + 8]
        out += struct.pack('<H', 0xB000 | (len(body) + 2 - 3)) + body
    return bytes(out)


def record(rid, payload):
    return struct.pack('<HI', rid, len(payload)) + payload


def dir_stream():
    name = MODULE.encode('ascii')
    uname = MODULE.encode('utf-16-le')
    d = bytearray()
    d += record(0x0001, struct.pack('<I', 1))            # PROJECTSYSKIND: 32-bit Windows
    d += record(0x0002, struct.pack('<I', 0x409))        # PROJECTLCID
    d += record(0x0014, struct.pack('<I', 0x409))        # PROJECTLCIDINVOKE
    d += record(0x0003, struct.pack('<H', 1252))         # PROJECTCODEPAGE
    d += record(0x0004, b'VBAProject')                   # PROJECTNAME
    d += record(0x0005, b'') + record(0x0040, b'')       # PROJECTDOCSTRING (+ Unicode)
    d += record(0x0006, b'') + record(0x003D, b'')       # PROJECTHELPFILEPATH (+ second path)
    d += record(0x0007, struct.pack('<I', 0))            # PROJECTHELPCONTEXT
    d += record(0x0008, struct.pack('<I', 0))            # PROJECTLIBFLAGS
    d += struct.pack('<HIIH', 0x0009, 4, 1, 0)           # PROJECTVERSION (Reserved=4, major, minor)
    d += record(0x000C, b'') + record(0x003C, b'')       # PROJECTCONSTANTS (+ Unicode)
    d += record(0x000F, struct.pack('<H', 1))            # PROJECTMODULES: one module
    d += record(0x0013, struct.pack('<H', 0xFFFF))       # PROJECTCOOKIE
    d += record(0x0019, name) + record(0x0047, uname)    # MODULENAME, MODULENAMEUNICODE
    d += record(0x001A, name) + record(0x0032, uname)    # MODULESTREAMNAME (+ Unicode)
    d += record(0x001C, b'') + record(0x0048, b'')       # MODULEDOCSTRING (+ Unicode)
    d += record(0x0031, struct.pack('<I', 0))            # MODULEOFFSET: source at 0, no p-code cache
    d += record(0x001E, struct.pack('<I', 0))            # MODULEHELPCONTEXT
    d += record(0x002C, struct.pack('<H', 0xFFFF))       # MODULECOOKIE
    d += record(0x0021, b'')                             # MODULETYPE: procedural
    d += record(0x002B, b'')                             # module terminator
    d += record(0x0010, b'')                             # dir terminator
    return compress(bytes(d))


PROJECT = ('ID="{5A1F3C2E-7B4D-4E8A-9C61-2D3B4A5E6F70}"\r\n'
           f'Module={MODULE}\r\n'
           'Name="VBAProject"\r\n'
           'HelpContextID="0"\r\n'
           'VersionCompatible32="393222000"\r\n'
           '\r\n'
           '[Host Extender Info]\r\n'
           '&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000\r\n').encode('cp1252')
PROJECT_WM = MODULE.encode('ascii') + b'\x00' + MODULE.encode('utf-16-le') + b'\x00\x00' + b'\x00\x00'
VBA_PROJECT = bytes([0xCC, 0x61, 0xFF, 0xFF, 0x00, 0x00, 0x00])

SECTOR = 512
MINI = 64
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def cfb(tree):
    """A version 3 compound file. tree: list of (name, bytes | list) under the root; every stream is
    below the 4096-byte cutoff, so all live in the mini stream."""
    entries = []  # dicts: name, type, data, children (indexes)

    def add(name, node):
        index = len(entries)
        entries.append({'name': name, 'type': 1 if isinstance(node, list) else 2, 'data': b'' if isinstance(node, list) else node, 'kids': []})
        if isinstance(node, list):
            entries[index]['kids'] = [add(n, c) for n, c in node]
        return index

    entries.append({'name': 'Root Entry', 'type': 5, 'data': b'', 'kids': []})
    entries[0]['kids'] = [add(n, c) for n, c in tree]

    mini = bytearray()
    mini_fat = []
    for e in entries:
        if e['type'] != 2 or not e['data']:
            e['start'] = END if e['type'] == 2 else 0
            continue
        e['start'] = len(mini) // MINI
        count = -(-len(e['data']) // MINI)
        mini_fat += [e['start'] + k + 1 for k in range(count - 1)] + [END]
        mini += e['data'] + b'\x00' * (count * MINI - len(e['data']))

    def key(i):
        n = entries[i]['name']
        return (len(n), n.upper())

    def link(kids):
        """Siblings as a balanced binary tree (every node black); returns the subtree root."""
        kids = sorted(kids, key=key)

        def build(lo, hi):
            if lo >= hi:
                return NOSTREAM
            mid = (lo + hi) // 2
            entries[kids[mid]]['left'] = build(lo, mid)
            entries[kids[mid]]['right'] = build(mid + 1, hi)
            return kids[mid]
        return build(0, len(kids))

    for e in entries:
        e.setdefault('left', NOSTREAM)
        e.setdefault('right', NOSTREAM)
    for e in entries:
        e['child'] = link(e['kids']) if e['kids'] else NOSTREAM

    dir_sectors = -(-len(entries) * 128 // SECTOR)
    minifat_sectors = -(-len(mini_fat) * 4 // SECTOR)
    ministream_sectors = -(-len(mini) // SECTOR)
    fat_sectors = 1
    while (fat_sectors + dir_sectors + minifat_sectors + ministream_sectors) > fat_sectors * SECTOR // 4:
        fat_sectors += 1
    first_dir = fat_sectors
    first_minifat = first_dir + dir_sectors
    first_ministream = first_minifat + minifat_sectors
    fat = [FATSECT] * fat_sectors
    for first, count in ((first_dir, dir_sectors), (first_minifat, minifat_sectors), (first_ministream, ministream_sectors)):
        fat += [first + k + 1 for k in range(count - 1)] + ([END] if count else [])
    fat += [FREE] * (fat_sectors * SECTOR // 4 - len(fat))

    entries[0]['start'] = first_ministream if mini else END
    entries[0]['data_len'] = len(mini)

    header = bytearray(SECTOR)
    header[0:8] = bytes.fromhex('D0CF11E0A1B11AE1')
    struct.pack_into('<HHHHH', header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into('<IIIIIIII', header, 40, 0, fat_sectors, first_dir, 0, 4096,
                     first_minifat if minifat_sectors else END, minifat_sectors, END)
    struct.pack_into('<I', header, 72, 0)  # no DIFAT sectors
    difat = list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)
    struct.pack_into('<109I', header, 76, *difat)

    directory = bytearray()
    for e in entries:
        name = e['name'].encode('utf-16-le') + b'\x00\x00'
        raw = bytearray(128)
        raw[0:len(name)] = name
        size = e.get('data_len', len(e['data']))
        struct.pack_into('<HBB', raw, 64, len(name), e['type'], 1)
        struct.pack_into('<III', raw, 68, e['left'], e['right'], e['child'])
        struct.pack_into('<II', raw, 116, e['start'], size)
        directory += raw
    directory += bytes(dir_sectors * SECTOR - len(directory))
    # Unused directory slots are empty entries with no siblings.
    for k in range(len(entries), dir_sectors * SECTOR // 128):
        struct.pack_into('<III', directory, k * 128 + 68, NOSTREAM, NOSTREAM, NOSTREAM)

    body = struct.pack(f'<{len(fat)}I', *fat) + bytes(directory)
    body += struct.pack(f'<{len(mini_fat)}I', *mini_fat) + b'\xff' * (minifat_sectors * SECTOR - len(mini_fat) * 4)
    body += bytes(mini) + bytes(ministream_sectors * SECTOR - len(mini))
    return bytes(header) + body


def vba_project():
    module = compress(SOURCE.encode('cp1252'))
    return cfb([
        ('VBA', [('_VBA_PROJECT', VBA_PROJECT), ('dir', dir_stream()), (MODULE, module)]),
        ('PROJECT', PROJECT),
        ('PROJECTwm', PROJECT_WM),
    ])


def main(source, target):
    with zipfile.ZipFile(source) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    parts['xl/vbaProject.bin'] = vba_project()
    rels = parts['xl/_rels/workbook.xml.rels'].decode()
    rel = ('<Relationship Id="rIdVBA" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
           'Target="vbaProject.bin"/>')
    parts['xl/_rels/workbook.xml.rels'] = rels.replace('</Relationships>', rel + '</Relationships>').encode()
    types = parts['[Content_Types].xml'].decode()
    if 'Extension="bin"' not in types:
        types = types.replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
    parts['[Content_Types].xml'] = types.encode()
    with zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


main(sys.argv[1], sys.argv[2])
