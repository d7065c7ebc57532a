"""Writing .xlsx files people open in Excel or WPS: every text cell that a spreadsheet would read as a
formula (starting with = + - @, a tab or a carriage return) is written as text with a leading
apostrophe, so a name like ``=HYPERLINK(...)`` from an import cannot run in the administrator's
spreadsheet."""

import io

from openpyxl import Workbook
from openpyxl.styles import Font

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def neutralise(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def workbook_bytes(sheets):
    """``sheets``: a list of (title, header, rows). Returns the .xlsx file's bytes."""
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for title, header, rows in sheets:
        sheet = workbook.create_sheet(title=title)
        from openpyxl.cell import WriteOnlyCell

        header_cells = []
        for name in header:
            cell = WriteOnlyCell(sheet, value=neutralise(str(name)))
            cell.font = bold
            header_cells.append(cell)
        sheet.append(header_cells)
        for row in rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=neutralise(value))
                if isinstance(value, str):
                    cell.data_type = "s"
                cells.append(cell)
            sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
