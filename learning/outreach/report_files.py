"""The needs report as files: an .xlsx workbook (openpyxl, one sheet per table) and a PDF (fpdf2
with an embedded Chinese font, the one the certificates use). Both are written from the figures
dict of ``reports.figures``, never from the needs themselves."""

import io

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from learning.enrolment.documents import FONT, new_pdf


def _summary_rows(figures):
    totals, sla, median = figures["totals"], figures["sla"], figures["median_hours"]

    def value(number, suffix=""):
        return "—" if number is None else f"{number}{suffix}"

    return [
        (_("Scope"), figures["scope"]["label"]),
        (_("Period"), f"{figures['period']['start']} – {figures['period']['end']}"),
        (_("Needs collected"), totals["needs"]),
        (_("Still open"), totals["open"]),
        (_("Answered"), totals["answered"]),
        (_("Closed"), totals["closed"]),
        (_("Median time to first reply (hours)"), value(median["first_reply"])),
        (_("Median time to close (hours)"), value(median["close"])),
        (_("Answered within the service-level target"), value(sla["share"], " %")),
        (_("Needs with measures recorded"), totals["with_measures"]),
        (_("Average satisfaction (1–5)"), value(totals["satisfaction"])),
        (_("Figures as of"), figures["as_of"]),
    ]


def _tables(figures):
    count = _("Needs")
    return [
        (_("By category"), [_("Category"), count], [(r["label"], r["count"]) for r in figures["by_category"]]),
        (_("By region"), [_("Region"), count], [(r["label"], r["count"]) for r in figures["by_region"]]),
        (_("By source"), [_("Source"), count], [(r["label"], r["count"]) for r in figures["by_source"]]),
        (_("By status"), [_("Status"), count], [(r["label"], r["count"]) for r in figures["by_status"]]),
        (_("Outcomes"), [_("Result"), count], [(r["label"], r["count"]) for r in figures["by_outcome"]]),
        (
            _("Trending categories"),
            [_("Category"), count, _("Previous period"), pgettext("period comparison", "Change")],
            [(r["label"], r["count"], r["previous"], r["change"]) for r in figures["trending"]],
        ),
        (
            _("Frequent questions"),
            [_("Question"), _("Category"), count],
            [(r["title"], r["category"], r["count"]) for r in figures["repeated_questions"]],
        ),
    ]


def title(figures):
    return _("Needs report %(scope)s %(period)s") % {
        "scope": figures["scope"]["label"],
        "period": figures["period"]["label"],
    }


def xlsx_bytes(figures):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    summary = workbook.active
    summary.title = _("Summary")[:31]
    summary.append([title(figures)])
    summary["A1"].font = Font(bold=True, size=13)
    for row in _summary_rows(figures):
        summary.append(list(row))
    summary.column_dimensions["A"].width = 42
    summary.column_dimensions["B"].width = 30
    for name, header, rows in _tables(figures):
        sheet = workbook.create_sheet(name[:31])
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(list(row))
        sheet.column_dimensions["A"].width = 40
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _new_pdf(document_title):
    """The certificates' PDF set-up: fpdf2 with the embedded Noto Sans SC subset."""
    return new_pdf(title=document_title), FONT


def pdf_bytes(figures):
    document_title = title(figures)
    pdf, font = _new_pdf(document_title)
    pdf.add_page()
    pdf.set_font(font, size=16)
    pdf.multi_cell(0, 9, document_title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font(font, size=10)
    _table(pdf, None, [(str(label), str(value)) for label, value in _summary_rows(figures)], widths=(110, 70))
    for name, header, rows in _tables(figures):
        if not rows:
            continue
        pdf.ln(4)
        pdf.set_font(font, size=12)
        pdf.cell(0, 8, str(name), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(font, size=10)
        widths = (110, 70) if len(header) == 2 else ((80, 35, 35, 30) if len(header) == 4 else (100, 50, 30))
        _table(pdf, [str(h) for h in header], [[str(v) for v in row] for row in rows], widths=widths)
    pdf.ln(4)
    pdf.set_font(font, size=8)
    site = getattr(settings, "SITE_URL", "")
    pdf.multi_cell(0, 5, _("Produced by the IP Talent Academy from the needs collected on %(site)s.") % {"site": site})
    return bytes(pdf.output())


def _table(pdf, header, rows, *, widths):
    from fpdf.fonts import FontFace

    # No bold: the embedded Chinese font has one weight.
    headings = FontFace(emphasis="", fill_color=(232, 236, 241))
    with pdf.table(
        col_widths=widths,
        text_align="LEFT",
        first_row_as_headings=bool(header),
        headings_style=headings,
        line_height=6,
    ) as table:
        if header:
            table.row(header)
        for row in rows:
            table.row([value[:80] for value in row])
