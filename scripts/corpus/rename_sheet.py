# usage: rename_sheet.py IN OUT OLD NEW
# LibreOffice (headless, through UNO) renames sheet OLD to NEW, updating the formulas that refer to it
# as a user's rename does, and saves the workbook as .xlsx. OLD == NEW saves it with no rename: the
# same LibreOffice rewrite of the package, to compare against.
import os, subprocess, sys, tempfile, time
import uno
from com.sun.star.beans import PropertyValue

inp, out, old, new = sys.argv[1:5]
profile = tempfile.mkdtemp(prefix='par-rename-profile-')
pipe = 'par-rename-%d' % os.getpid()
office = subprocess.Popen(['soffice', '--headless', '--invisible', '--norestore', '-env:UserInstallation=file://' + profile,
                           '--accept=pipe,name=%s;urp;' % pipe])
ctx = uno.getComponentContext()
resolver = ctx.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', ctx)
remote = None
for _ in range(120):
    try:
        remote = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
        break
    except Exception:
        time.sleep(0.5)
if remote is None:
    office.kill()
    sys.exit('LibreOffice did not start')
desktop = remote.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', remote)

def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p

doc = desktop.loadComponentFromURL('file://' + os.path.abspath(inp), '_blank', 0, (prop('Hidden', True),))
if old != new:
    doc.Sheets.getByName(old).Name = new
doc.storeToURL('file://' + os.path.abspath(out), (prop('FilterName', 'Calc MS Excel 2007 XML'),))
doc.close(True)
try:
    desktop.terminate()
except Exception:
    pass
office.wait(timeout=60)
