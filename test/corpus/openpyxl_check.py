"""Opens scored workbooks with openpyxl and compares every original cell with the input's: value
(formulas as text), number format, font, fill, border, alignment and protection. Arguments are
INPUT OUTPUT TABLE_SHEET TOOL_COLUMNS (0-based, comma separated) groups; prints one JSON object
mapping each output to its problems (an empty list when openpyxl opened it and every cell matches)."""
import json
import sys

import openpyxl


def look(cell):
    return (cell.value, cell.number_format, repr(cell.font), repr(cell.fill), repr(cell.border), repr(cell.alignment), repr(cell.protection))


def check(source, scored, table, tool_columns):
    problems = []
    try:
        before = openpyxl.load_workbook(source)
        after = openpyxl.load_workbook(scored)
    except Exception as err:  # the point of the check: any failure to open is a finding
        return [f'openpyxl cannot open: {type(err).__name__}: {err}']
    for ws in before.worksheets:
        if ws.title not in after.sheetnames:
            problems.append(f'lost sheet {ws.title}')
            continue
        other = after[ws.title]
        # Only the stored cells: a stray one at XFD1048576 must not make this walk the whole grid.
        for (r, c), cell in list(ws._cells.items()):
            if ws.title == table and c - 1 in tool_columns:
                continue
            if look(cell) != look(other.cell(row=r, column=c)):
                problems.append(f'{ws.title}!{cell.coordinate} differs')
        if ws.title != table:
            continue
        for r in list(ws.row_dimensions):
            if ws.row_dimensions[r].hidden != other.row_dimensions[r].hidden:
                problems.append(f'{ws.title} row {r} hidden state differs')
    return problems


args = sys.argv[1:]
report = {}
for i in range(0, len(args), 4):
    source, scored, table, columns = args[i:i + 4]
    report[scored] = check(source, scored, table, {int(c) for c in columns.split(',') if c})
print(json.dumps(report, ensure_ascii=False))
