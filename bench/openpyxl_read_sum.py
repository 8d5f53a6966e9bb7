"""The script a user might write instead of par-scorer (issue 12): open the workbook with openpyxl,
read every row of the first sheet and sum a column. Usage: python3 openpyxl_read_sum.py FILE.xlsx"""
import sys

from openpyxl import load_workbook


def main(path):
    workbook = load_workbook(path, read_only=True, data_only=True)
    sheet = workbook.worksheets[0]
    rows = 0
    total = 0.0
    for row in sheet.iter_rows(values_only=True):
        rows += 1
        # Column D holds the score in a score table; a task table has text there and adds nothing.
        value = row[3] if len(row) > 3 else None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            total += value
    workbook.close()
    print(f"{rows} rows, column D sums to {total:.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
