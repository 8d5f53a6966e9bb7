#!/bin/sh
# Rebuilds test/corpus/edited/: the example scored by the tool, then edited by LibreOffice the way
# officers edit a scored table (a row inserted inside area 1, a row deleted), for the re-run tests.
# Needs the built CLI (npm run build:cli), LibreOffice and Debian's python3-uno.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/test/corpus/edited"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
node "$root/bin/par-scorer.js" score "$root/examples/daklak-2020-phu-luc-i.xlsx" -o "$work/scored.xlsx" >/dev/null
# Row 12 (index 11) lies inside area 1 (criteria 1.1-1.6 on rows 8-13); row 20 (index 19) is criterion 2.4.2.
/usr/bin/python3 "$here/edit_with_libreoffice.py" "$work/scored.xlsx" "$out/phu-luc-i-scored-row-inserted.xlsx" insertrow 'Phụ lục I' 11
/usr/bin/python3 "$here/edit_with_libreoffice.py" "$work/scored.xlsx" "$out/phu-luc-i-scored-row-deleted.xlsx" deleterow 'Phụ lục I' 19
ls -l "$out"
