"""PDF documents (certificates, transcripts) with Chinese text: fpdf2 and the embedded Noto Sans SC
subset in ``fonts/`` (see fonts/README.md). fpdf2 embeds only the glyphs a document uses."""

import logging
from pathlib import Path

from fpdf import FPDF

FONT_FILE = Path(__file__).resolve().parent / "fonts" / "NotoSansSC-CJK.ttf"
FONT = "NotoSansSC"

logger = logging.getLogger(__name__)


def new_pdf(*, orientation="P", title="", author=""):
    pdf = FPDF(orientation=orientation, unit="mm", format="A4")
    pdf.add_font(FONT, fname=str(FONT_FILE))
    pdf.set_font(FONT, size=11)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("IP Talent Academy")
    pdf.set_auto_page_break(auto=True, margin=15)
    return pdf


def warn_missing_glyphs(pdf, text, what):
    """Log characters the font cannot draw (hanzi of the rarest extensions, emoji ...), so that an
    administrator can act."""
    font = pdf.fonts[FONT.lower()]
    missing = sorted({ch for ch in text if ch.strip() and ord(ch) not in font.cmap})
    if missing:
        logger.warning("%s: no glyph for %s in the certificate font", what, "".join(missing))
    return missing


def draw_qr(pdf, data, *, x, y, size):
    """Draw ``data`` as a QR code of ``size`` mm at (x, y), as vector squares."""
    import segno

    code = segno.make_qr(data, error="m")
    matrix = list(code.matrix)
    quiet = 2
    modules = len(matrix) + 2 * quiet
    step = size / modules
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(x, y, size, size, style="F")
    pdf.set_fill_color(0, 0, 0)
    for row_index, row in enumerate(matrix):
        run_start = None
        for col_index, dark in enumerate(list(row) + [0]):
            if dark and run_start is None:
                run_start = col_index
            elif not dark and run_start is not None:
                pdf.rect(
                    x + (run_start + quiet) * step,
                    y + (row_index + quiet) * step,
                    (col_index - run_start) * step,
                    step,
                    style="F",
                )
                run_start = None
