"""Cleaning values typed by people into spreadsheets: full-width characters, stray spaces, dates as
text or as Excel serial numbers, ID numbers stored as numbers. Each function returns the clean value
or raises ``ValueError`` with a reason a person can act on."""

import datetime
import re
import unicodedata
from decimal import Decimal, InvalidOperation

_SPACES = re.compile(r"\s+")
_EXCEL_EPOCH = datetime.date(1899, 12, 30)
_DATE_TEXT = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?)?\s*$")
_ID_18 = re.compile(r"^\d{17}[\dX]$")
_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_ID_CHECK = "10X98765432"
_MOBILE = re.compile(r"^(?:\+?86)?(1[3-9]\d{9})$")
YES = {"是", "y", "yes", "true", "1", "√", "✓", "有"}
NO = {"否", "n", "no", "false", "0", "", "无"}


def text(value):
    """NFKC (full-width letters, digits and punctuation to half-width), spaces collapsed and trimmed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    value = unicodedata.normalize("NFKC", str(value)).replace("\u3000", " ")
    return _SPACES.sub(" ", value).strip()


def compact(value):
    """Like text(), with every space removed (codes, numbers, Chinese names)."""
    return text(value).replace(" ", "")


def name(value):
    """An institution name as stored: half-width letters and digits, Chinese-style full-width brackets."""
    return text(value).replace("(", "（").replace(")", "）")


def name_key(value):
    """What two spellings of one name have in common (full/half width, spaces, case), for matching."""
    return compact(value).lower()


def date(value):
    """A date from a date cell, an Excel serial number, or text such as 2021-3-5, 2021/03/05, 2021年3月."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        serial = int(value)
        if 1 <= serial <= 80000:
            return _EXCEL_EPOCH + datetime.timedelta(days=serial)
        raise ValueError("not a date")
    raw = compact(value)
    if raw.isdigit() and len(raw) == 8:
        raw = f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    elif raw.isdigit() and len(raw) <= 5:
        return date(int(raw))
    match = _DATE_TEXT.match(raw)
    if not match:
        raise ValueError("not a date (use YYYY-MM-DD)")
    year, month, day = int(match[1]), int(match[2]), int(match[3] or 1)
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise ValueError("not a date (use YYYY-MM-DD)") from None


def national_id(value):
    """An 18-character resident ID number (upper-case X), checksum verified. Numbers stored as
    numbers come in as int or float; scientific notation has lost digits and is refused."""
    if value in (None, ""):
        return ""
    if isinstance(value, float):
        if not value.is_integer() or value >= 1e17:
            raise ValueError("stored as a number and rounded by the spreadsheet; format the column as text")
        value = int(value)
    raw = compact(value).upper()
    if re.match(r"^\d(\.\d+)?E\+\d+$", raw):
        raise ValueError("stored as a number and rounded by the spreadsheet; format the column as text")
    if not _ID_18.match(raw):
        raise ValueError("not an 18-character ID number")
    check = sum(int(d) * w for d, w in zip(raw[:17], _ID_WEIGHTS, strict=True)) % 11
    if _ID_CHECK[check] != raw[17]:
        raise ValueError("the check digit does not match")
    return raw


def mobile(value):
    if value in (None, ""):
        return ""
    raw = compact(value).replace("-", "")
    if raw.endswith(".0"):
        raw = raw[:-2]
    match = _MOBILE.match(raw)
    if not match:
        raise ValueError("not an 11-digit mainland mobile number")
    return match[1]


def email(value):
    raw = compact(value).lower()
    if raw and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", raw):
        raise ValueError("not an email address")
    return raw


def flag(value):
    raw = compact(value).lower()
    if raw in YES:
        return True
    if raw in NO:
        return False
    raise ValueError("expected 是 or 否")


def year(value):
    if value in (None, ""):
        return None
    raw = compact(value).removesuffix("年")
    try:
        number = int(Decimal(raw))
    except (InvalidOperation, ValueError):
        raise ValueError("not a year") from None
    if not 1980 <= number <= 2100:
        raise ValueError("not a plausible year")
    return number


def split_list(value):
    """专利检索、专利分析; 商标 -> ['专利检索', '专利分析', '商标']"""
    return [item for item in (text(part) for part in re.split(r"[、,;，；/|\n]+", text(value))) if item]
