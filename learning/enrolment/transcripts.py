"""The transcript (学时证明) of a learner's approved training hours in one year, as PDF and .xlsx."""

from io import BytesIO

from django.utils import timezone
from django.utils.translation import gettext as _

from . import hours


def transcript(user, year):
    """The rows and the standing for ``user``'s transcript of ``year`` (two queries + settings)."""
    entries = list(hours.approved_entries(user, year))
    return entries, hours.standing(user, year)


def _name(user):
    return user.display_name or user.email


def _hours(value):
    return f"{value:.1f}"


def _columns():
    return [_("Date"), _("Training"), _("Provider"), _("Source"), _("Professional"), _("General"), _("Total")]


def _row(entry):
    return [
        f"{entry.completed_on:%Y-%m-%d}",
        entry.title,
        entry.provider,
        entry.get_source_display(),
        entry.professional_hours,
        entry.general_hours,
        entry.total_hours,
    ]


def _verdict(standing):
    if standing.meets:
        return _("Meets the yearly requirement.")
    return _("Below the yearly requirement: %(total)s hours and %(professional)s professional hours missing.") % {
        "total": _hours(standing.total_missing),
        "professional": _hours(standing.professional_missing),
    }


def render_pdf(user, year):
    from fpdf.fonts import FontFace

    from .documents import FONT, new_pdf

    entries, standing = transcript(user, year)
    issuer = hours.settings_for().certificate_issuer
    title = _("Training-hours transcript %(year)s") % {"year": year}
    pdf = new_pdf(title=title, author=issuer)
    pdf.add_page()
    pdf.set_font(FONT, size=18)
    pdf.cell(0, 12, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=11)
    pdf.cell(0, 7, f"{_('Learner')}: {_name(user)}    {_('Email')}: {user.email}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(
        0,
        7,
        f"{_('Issued by')}: {issuer}    {_('Printed on')}: {timezone.localdate():%Y-%m-%d}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font(FONT, size=9)
    widths = (22, 56, 34, 28, 17, 17, 16)
    with pdf.table(
        col_widths=widths,
        text_align=("LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"),
        headings_style=FontFace(emphasis="", fill_color=(235, 235, 235)),
    ) as table:
        table.row(_columns())
        for entry in entries:
            table.row([str(cell) if not hasattr(cell, "quantize") else _hours(cell) for cell in _row(entry)])
        table.row(
            [
                _("Total"),
                "",
                "",
                "",
                _hours(standing.professional),
                _hours(standing.general),
                _hours(standing.total),
            ]
        )
    pdf.ln(4)
    pdf.set_font(FONT, size=11)
    requirement = standing.requirement
    pdf.multi_cell(
        0,
        7,
        _("Requirement: %(total)s hours a year, of which at least %(professional)s professional.")
        % {"total": _hours(requirement.total), "professional": _hours(requirement.professional)}
        + " "
        + _verdict(standing),
    )
    buffer = BytesIO()
    pdf.output(buffer)
    return buffer.getvalue()


def render_xlsx(user, year):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    entries, standing = transcript(user, year)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(year)
    sheet.append([_("Training-hours transcript %(year)s") % {"year": year}])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([_("Learner"), _name(user), _("Email"), user.email])
    sheet.append([])
    sheet.append(_columns())
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    for entry in entries:
        sheet.append([float(v) if hasattr(v, "quantize") else v for v in _row(entry)])
    sheet.append([_("Total"), "", "", "", float(standing.professional), float(standing.general), float(standing.total)])
    sheet.append([])
    sheet.append(
        [_("Required"), "", "", "", float(standing.requirement.professional), "", float(standing.requirement.total)]
    )
    sheet.append([_verdict(standing)])
    for column, width in zip("ABCDEFG", (12, 40, 28, 22, 12, 12, 12), strict=True):
        sheet.column_dimensions[column].width = width
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
