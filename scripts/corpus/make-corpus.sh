#!/bin/sh
# Rebuilds test/corpus/: copies of the example score table carrying features officers' workbooks
# have, written by openpyxl and by LibreOffice (the tools other than Excel that produce them).
# Needs Debian's python3 with python3-openpyxl and python3-pil, and LibreOffice (soffice).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/test/corpus"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

/usr/bin/python3 "$here/make_openpyxl.py" "$root/examples/daklak-2020-phu-luc-i.xlsx" "$out"

# LibreOffice runs the Basic module from its own throw-away profile (concurrent runs must not share one).
profile="$work/profile"
cp "$root/examples/daklak-2020-phu-luc-i.xlsx" "$work/in.xlsx"
# A first conversion creates the profile with its Basic "Standard" library, whose module is then replaced.
(cd "$work" && timeout 120 soffice -env:UserInstallation="file://$profile" --headless --convert-to csv --outdir init in.xlsx >/dev/null 2>&1)
cp "$here/Module1.xba" "$profile/user/basic/Standard/Module1.xba"
cp "$root/examples/daklak-2020-phu-luc-ii.xlsx" "$work/other.xlsx"
CORPUS_WORK="$work" timeout 120 soffice -env:UserInstallation="file://$profile" --headless \
  "vnd.sun.star.script:Standard.Module1.Main?language=Basic&location=application" >/dev/null 2>&1 || true
cat "$work/log.txt"
cp "$work/libreoffice-pivot.xlsx" "$work/libreoffice-external-link.xlsx" "$out/"
/usr/bin/python3 "$here/add_vba_project.py" "$work/libreoffice-macros.xlsm" "$out/libreoffice-macros.xlsm"

# LibreOffice's own rewrite of openpyxl workbooks: its styles, relative part names, charts and drawings.
for name in charts-images validation-names-links print-views; do
  cp "$out/openpyxl-$name.xlsx" "$work/libreoffice-$name.xlsx"
done
(cd "$work" && mkdir converted && timeout 120 soffice -env:UserInstallation="file://$profile" --headless \
  --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir converted \
  libreoffice-charts-images.xlsx libreoffice-validation-names-links.xlsx libreoffice-print-views.xlsx >/dev/null 2>&1)
cp "$work"/converted/*.xlsx "$out/"
ls -l "$out"

# What Excel 365 writes and the other tools do not (threaded comments, x14 extensions, slicers, dynamic
# arrays, a chartsheet, 1904 dates, ...), crafted part by part as the standards describe it.
/usr/bin/python3 "$here/make_excel365.py" "$root/examples/daklak-2020-phu-luc-i.xlsx" "$out"
# LibreOffice's writer on material it did not make: the Excel 365 workbook saved again, and an
# openpyxl workbook passed through .ods (LibreOffice's own format) back to .xlsx.
cp "$out/excel365-features.xlsx" "$work/libreoffice-excel365-resaved.xlsx"
cp "$out/openpyxl-comments.xlsx" "$work/libreoffice-from-ods.xlsx"
(cd "$work" && timeout 120 soffice -env:UserInstallation="file://$profile" --headless --convert-to ods libreoffice-from-ods.xlsx >/dev/null 2>&1 \
  && mkdir resaved && timeout 120 soffice -env:UserInstallation="file://$profile" --headless \
  --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir resaved libreoffice-excel365-resaved.xlsx libreoffice-from-ods.ods >/dev/null 2>&1)
cp "$work"/resaved/*.xlsx "$out/"

# Packages and parts none of the above has (zip records, part names, macro and dialog sheets,
# revisions, signatures, controls, connections, other programs' habits), crafted as the standards
# describe them.
/usr/bin/python3 "$here/make_heldout_parts.py" "$root/examples/daklak-2020-phu-luc-i.xlsx" "$out"

# The example's parts in forms XML allows and Excel never writes (comments, CDATA sections, white
# space in end tags, prefixed namespaces), as other producers write them.
mkdir -p "$out/xml-forms"
/usr/bin/python3 "$here/make_xml_forms.py" "$root/examples/daklak-2020-phu-luc-i.xlsx" "$out/xml-forms"
