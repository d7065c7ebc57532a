"""Rebuild NotoSansSC-CJK.ttf: Noto Sans CJK SC cut down to its hanzi (every CJK ideograph block it
draws: the basic block, Extension A, the compatibility ideographs and the characters of later extensions
it carries, radicals and strokes), the symbols of GB 2312, ASCII, Latin-1 and punctuation, its CFF
outlines converted to TrueType quadratic outlines (fpdf2 subsets those about three times
faster, which keeps a certificate PDF well under a second). See README.md. Run from the repository
root with fontTools installed."""

import contextlib
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TARGET = Path(__file__).with_name("NotoSansSC-CJK.ttf")
SIMPLIFIED_CHINESE = 2  # the collection's font number for Noto Sans CJK SC
# People's names use hanzi well beyond GB 2312 (喆, 堃, 珺, 赟, 玥 ...): keep every ideograph the font has.
HANZI_BLOCKS = [
    (0x2E80, 0x2FE0),  # CJK radicals supplement, Kangxi radicals
    (0x31C0, 0x31F0),  # CJK strokes
    (0x3400, 0x4DC0),  # Extension A
    (0x4E00, 0xA000),  # CJK Unified Ideographs
    (0xF900, 0xFB00),  # compatibility ideographs
    (0x20000, 0x323B0),  # Extensions B-H (the font carries those of the national standards)
]


def code_points():
    points = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100)) | set(range(0x2000, 0x2070))
    points |= set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0)) | {0x2116, 0x25CF, 0x2713}
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                points.add(ord(bytes([high, low]).decode("gb2312")))
    for first, end in HANZI_BLOCKS:
        points |= set(range(first, end))
    return points


def to_truetype(font):
    """Replace the CFF outlines with quadratic TrueType ones (tolerance: 1 font unit of 1000)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attribute in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attribute, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    for table in ("CFF ", "VORG"):
        if table in font:
            del font[table]
    font.sfntVersion = "\x00\x01\x00\x00"


def main():
    font = TTFont(SOURCE, fontNumber=SIMPLIFIED_CHINESE)
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=code_points())
    subsetter.subset(font)
    to_truetype(font)
    font.save(TARGET)
    print(f"{TARGET}: {TARGET.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
