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
# A streaming reader for the cell values of an .xlsx file (expat handlers, no element tree), several times faster than
# openpyxl's read-only mode on large imports. Date cells come back as Excel serial numbers (the
# importer's date normaliser reads those); formulas as their cached values.
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main "  # expat's "namespace name"
_ROW, _CELL, _VALUE, _TEXT, _PHONETIC, _STRING = (_NS + t for t in ("row", "c", "v", "t", "rPh", "si"))
_CHUNK = 256 * 1024


def _column_index(ref):
    index = 0
    for char in ref:
        if not char.isalpha():
            break
        index = index * 26 + (ord(char.upper()) - 64)
    return index - 1


def _number(text):
    if text.lstrip("-").isdigit():
        return int(text)
    return float(text)


def _forbidden(*args):
    raise ValueError("a workbook's XML may not declare a DTD or entities")


def _parser():
    """An expat parser with handlers rather than an element tree: the sheet XML of 100,000 rows is
    three million elements, and building each one cost more than reading it. Like defusedxml, it
    refuses DTDs and entity declarations (no entity expansion, no external references)."""
    from xml.parsers import expat

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = _forbidden
    parser.EntityDeclHandler = _forbidden
    parser.UnparsedEntityDeclHandler = _forbidden
    parser.ExternalEntityRefHandler = _forbidden
    parser.buffer_text = True
    return parser


def _parse(handle, parser, done):
    """Feed ``handle`` to ``parser`` in chunks, yielding what the handlers put in ``done``."""
    while chunk := handle.read(_CHUNK):
        parser.Parse(chunk, False)
        if done:
            yield from done
            done.clear()
    parser.Parse(b"", True)
    yield from done
    done.clear()


def _strings(handle):
    """The shared strings, each the text of its runs without phonetic (rPh) guides."""
    parser, done = _parser(), []
    state = {"text": [], "collect": False, "phonetic": 0}

    def start(name, attrs):
        if name == _TEXT and not state["phonetic"]:
            state["collect"] = True
        elif name == _PHONETIC:
            state["phonetic"] += 1
        elif name == _STRING:
            state["text"] = []

    def end(name):
        if name == _TEXT:
            state["collect"] = False
        elif name == _PHONETIC:
            state["phonetic"] -= 1
        elif name == _STRING:
            done.append("".join(state["text"]))

    def text(data):
        if state["collect"]:
            state["text"].append(data)

    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, text
    return list(_parse(handle, parser, done))


MAX_UNCOMPRESSED = 400 * 1024 * 1024  # a zip bomb stops here (100,000 rows are about 60 MB)


class WorkbookTooLarge(ValueError):
    pass


def read_sheets(data):
    """``{sheet title: iterator of (row number, [values])}`` for an .xlsx file's bytes. The XML is
    parsed with defusedxml (no entity expansion, no external references)."""
    import zipfile

    from defusedxml.ElementTree import fromstring

    archive = zipfile.ZipFile(io.BytesIO(data))
    if sum(info.file_size for info in archive.infolist()) > MAX_UNCOMPRESSED:
        raise WorkbookTooLarge("the workbook is too large once unpacked")
    names = set(archive.namelist())
    shared = []
    if "xl/sharedStrings.xml" in names:
        with archive.open("xl/sharedStrings.xml") as handle:
            shared = _strings(handle)
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
    """(row number, [cell values]) for each row of a sheet, streamed."""
    parser, done = _parser(), []
    state = {"values": [], "number": 0, "ref": None, "kind": None, "text": [], "collect": False, "phonetic": 0}

    def start(name, attrs):
        if name == _CELL:
            state["ref"], state["kind"], state["text"] = attrs.get("r"), attrs.get("t"), []
        elif name == _VALUE or (name == _TEXT and not state["phonetic"]):
            state["collect"] = True
        elif name == _ROW:
            state["values"], state["number"] = [], int(attrs.get("r") or 0)
        elif name == _PHONETIC:
            state["phonetic"] += 1

    def end(name):
        if name in (_VALUE, _TEXT):
            state["collect"] = False
        elif name == _CELL:
            values, ref, kind = state["values"], state["ref"], state["kind"]
            if ref:
                values.extend([None] * (_column_index(ref) - len(values)))
            text = "".join(state["text"])
            if kind == "inlineStr":
                value = text
            elif not text:
                value = None
            elif kind == "s":
                value = shared[int(text)]
            elif kind in ("str", "e"):
                value = text
            elif kind == "b":
                value = text == "1"
            else:
                value = _number(text)
            values.append(value)
        elif name == _ROW:
            done.append((state["number"], state["values"]))
        elif name == _PHONETIC:
            state["phonetic"] -= 1

    def text(data):
        if state["collect"]:
            state["text"].append(data)

    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, text
    with archive.open(path) as handle:
        yield from _parse(handle, parser, done)
