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


# --- reading ----------------------------------------------------------------------------------
# A streaming reader for the cell values of an .xlsx file, about three times faster than
# openpyxl's read-only mode on large imports. Date cells come back as Excel serial numbers (the
# importer's date normaliser reads those); formulas as their cached values.
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _column_index(ref):
    index = 0
    for char in ref:
        if not char.isalpha():
            break
        index = index * 26 + (ord(char.upper()) - 64)
    return index - 1


def _text(element):
    """The text of a shared or inline string, without phonetic (rPh) runs."""
    parts = []
    for child in element:
        if child.tag == _MAIN + "t":
            parts.append(child.text or "")
        elif child.tag == _MAIN + "r":
            parts.extend(t.text or "" for t in child.iter(_MAIN + "t"))
    return "".join(parts)


def _number(text):
    if text is None:
        return None
    if text.lstrip("-").isdigit():
        return int(text)
    return float(text)


MAX_UNCOMPRESSED = 400 * 1024 * 1024  # a zip bomb stops here (100,000 rows are about 60 MB)


class WorkbookTooLarge(ValueError):
    pass


def read_sheets(data):
    """``{sheet title: iterator of (row number, [values])}`` for an .xlsx file's bytes. The XML is
    parsed with defusedxml (no entity expansion, no external references)."""
    import zipfile

    from defusedxml.ElementTree import fromstring, iterparse

    archive = zipfile.ZipFile(io.BytesIO(data))
    if sum(info.file_size for info in archive.infolist()) > MAX_UNCOMPRESSED:
        raise WorkbookTooLarge("the workbook is too large once unpacked")
    names = set(archive.namelist())
    shared = []
    if "xl/sharedStrings.xml" in names:
        with archive.open("xl/sharedStrings.xml") as handle:
            for _event, element in iterparse(handle):
                if element.tag == _MAIN + "si":
                    shared.append(_text(element))
                    element.clear()
    rels = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target") for rel in rels.iter(_PKG_REL + "Relationship")}
    workbook = fromstring(archive.read("xl/workbook.xml"))
    sheets = {}
    for sheet in workbook.iter(_MAIN + "sheet"):
        target = targets[sheet.get(_REL + "id")]
        path = target.lstrip("/") if target.startswith("/") else "xl/" + target
        sheets[sheet.get("name")] = _rows(archive, path, shared)
    return sheets


def _rows(archive, path, shared):
    from defusedxml.ElementTree import iterparse

    with archive.open(path) as handle:
        for _event, element in iterparse(handle):
            if element.tag != _MAIN + "row":
                continue
            values = []
            for cell in element.iter(_MAIN + "c"):
                ref = cell.get("r")
                if ref:
                    column = _column_index(ref)
                    values.extend([None] * (column - len(values)))
                kind = cell.get("t")
                v = cell.find(_MAIN + "v")
                text = v.text if v is not None else None
                if kind == "s":
                    value = shared[int(text)] if text is not None else None
                elif kind == "inlineStr":
                    inline = cell.find(_MAIN + "is")
                    value = _text(inline) if inline is not None else None
                elif kind in ("str", "e"):
                    value = text
                elif kind == "b":
                    value = text == "1"
                else:
                    value = _number(text)
                values.append(value)
            yield int(element.get("r") or 0), values
            element.clear()
