#!/bin/sh
# Rebuilds test/corpus/renamed/: the example table scored once by the CLI, then saved by LibreOffice
# with its table sheet renamed (what an officer does between two runs), and saved by LibreOffice
# with no rename (the same rewrite of the package, for comparing the re-runs of both).
# Needs the CLI built (npm run build:cli), Debian's python3 with its LibreOffice UNO bindings
# (python3-uno) and LibreOffice (soffice).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/test/corpus/renamed"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

node "$root/bin/par-scorer.js" score "$root/examples/daklak-2020-phu-luc-i.xlsx" -o "$work/scored.xlsx" >/dev/null
/usr/bin/python3 "$here/rename_sheet.py" "$work/scored.xlsx" "$out/phu-luc-i-scored-renamed.xlsx" "Phụ lục I" "Bảng điểm 2020"
/usr/bin/python3 "$here/rename_sheet.py" "$work/scored.xlsx" "$out/phu-luc-i-scored-resaved.xlsx" "Phụ lục I" "Phụ lục I"
ls -l "$out"
