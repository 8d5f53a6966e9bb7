"""Inserts or deletes one row of a sheet with LibreOffice (through its UNO bridge, Debian's
python3-uno) and saves the workbook as .xlsx: the edit an officer makes in a spreadsheet program,
which moves every cell below it and rewrites every formula that refers to them, made by a real
spreadsheet engine rather than by us.

Run: edit_with_libreoffice.py IN.xlsx OUT.xlsx insertrow|deleterow SHEET ROW (0-based)
"""
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


source, target, op, sheet_name, row = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
profile = tempfile.mkdtemp(prefix='par-lo-edit-')
port = 2000 + os.getpid() % 1000
office = subprocess.Popen(['soffice', '--headless', '--invisible', '--norestore', f'-env:UserInstallation=file://{profile}',
                           f'--accept=socket,host=localhost,port={port};urp;'])
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    context = None
    for _ in range(120):
        try:
            context = resolver.resolve(f'uno:socket,host=localhost,port={port};urp;StarOffice.ComponentContext')
            break
        except Exception:
            time.sleep(0.5)
    desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), '_blank', 0, (prop('Hidden', True),))
    try:
        rows = doc.Sheets.getByName(sheet_name).Rows
        if op == 'insertrow':
            rows.insertByIndex(row, 1)
        elif op == 'deleterow':
            rows.removeByIndex(row, 1)
        else:
            raise SystemExit(f'unknown edit {op}')
        doc.calculateAll()
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop('FilterName', 'Calc MS Excel 2007 XML'),))
    finally:
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
finally:
    office.wait(timeout=60)
