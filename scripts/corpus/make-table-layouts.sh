#!/bin/sh
# Rebuilds test/corpus/table-layouts/: the example score table laid out as officers keep it around
# the tool's columns (make_table_layouts.py), and the signed one saved again by LibreOffice (its own
# rows, spans, styles and merges). Needs Debian's python3 with python3-openpyxl, and LibreOffice.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/test/corpus/table-layouts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

/usr/bin/python3 "$here/make_table_layouts.py" "$root/examples/daklak-2020-phu-luc-i.xlsx" "$out"
cp "$out/signature-block.xlsx" "$work/libreoffice-signature-block.xlsx"
(cd "$work" && mkdir converted && timeout 120 soffice -env:UserInstallation="file://$work/profile" --headless \
  --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir converted libreoffice-signature-block.xlsx >/dev/null 2>&1)
cp "$work/converted/libreoffice-signature-block.xlsx" "$out/"
ls -l "$out"
