"""The streaming .xlsx reader behind imports: the values openpyxl reads, inline and phonetic text as
Excel shows it, and XML with a DTD refused (no entity expansion)."""

import datetime
import io
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from learning.talent import spreadsheets


def _workbook():
    book = Workbook()
    sheet = book.active
    sheet.title = "人员"
    sheet.append(["姓名", "手机", "入职日期", "师资", "分数"])
    sheet.append(["张三", 13800138000, datetime.date(2020, 7, 1), True, 1.5])
    sheet.append([None, None, None, None, None])
    sheet.append(["李四", "=1+1", None, False, -3])
    sheet["G5"] = "远处的格"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_the_reader_gives_the_values_openpyxl_reads_with_dates_as_serial_numbers():
    data = _workbook()
    rows = list(spreadsheets.read_sheets(data)["人员"])
    expected = list(load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))
    assert [number for number, _values in rows] == [1, 2, 3, 4, 5]
    assert rows[0][1] == list(expected[0][:5])
    assert rows[1][1] == ["张三", 13800138000, 44013, True, 1.5]  # 2020-07-01 as Excel's serial number
    assert not any(rows[2][1])  # the blank row
    assert rows[3][1] == ["李四", None, None, False, -3]  # a formula gives its cached value: none yet
    assert rows[4][1] == [None] * 6 + ["远处的格"]


def _rewrite(data, name, text):
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            target.writestr(item, text.encode() if item.filename == name else source.read(item))
    return out.getvalue()


SHEET = """<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><r><t>东</t></r><r><t>京</t></r><rPh sb="0" eb="2"><t>とうきょう</t></rPh></is></c>
<c r="C1" t="str"><v>计算结果</v></c><c r="D1" t="e"><v>#N/A</v></c><c r="E1"><v>0.25</v></c></row>
</sheetData></worksheet>"""


def test_inline_strings_join_their_runs_and_leave_out_phonetic_guides():
    data = _rewrite(_workbook(), "xl/worksheets/sheet1.xml", SHEET)
    assert list(spreadsheets.read_sheets(data)["人员"]) == [(1, ["东京", None, "计算结果", "#N/A", 0.25])]


def test_a_sheet_that_declares_entities_is_refused():
    bomb = SHEET.replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>',
    )
    data = _rewrite(_workbook(), "xl/worksheets/sheet1.xml", bomb)
    with pytest.raises(ValueError):
        list(spreadsheets.read_sheets(data)["人员"])
