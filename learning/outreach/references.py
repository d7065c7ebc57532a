"""Need reference numbers: ``XQ-2026-`` + eight random Crockford base32 characters + one check
character (Luhn mod 32), e.g. ``XQ-2026-7K3M9QRD-F``. Forty random bits make them impossible to
enumerate; the check character catches a mistyped character or two swapped neighbours."""

import re
import secrets

from django.utils import timezone

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
RANDOM_LENGTH = 8
PREFIX = "XQ"
_PATTERN = re.compile(rf"^{PREFIX}-(\d{{4}})-([{ALPHABET}]{{{RANDOM_LENGTH}}})-([{ALPHABET}])$")
# What people type instead: lower case, spaces, O for zero, I or L for one.
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})


def check_char(body):
    """Luhn mod N over the base32 alphabet."""
    factor, total, n = 2, 0, len(ALPHABET)
    for char in reversed(body):
        addend = factor * ALPHABET.index(char)
        total += addend // n + addend % n
        factor = 1 if factor == 2 else 2
    return ALPHABET[(n - total % n) % n]


def generate(year=None):
    year = year or timezone.localdate().year
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    return f"{PREFIX}-{year}-{body}-{check_char(f'{year}{body}')}"


def normalise(value):
    """The canonical form of a typed reference, or "" when it cannot be one (wrong shape or check)."""
    compact = re.sub(r"[\s\-_]", "", str(value or "")).upper()
    if not compact.startswith(PREFIX):
        return ""
    compact = compact[len(PREFIX) :].translate(_READ_AS)
    if len(compact) != 4 + RANDOM_LENGTH + 1:
        return ""
    year, body, check = compact[:4], compact[4:-1], compact[-1]
    candidate = f"{PREFIX}-{year}-{body}-{check}"
    if not _PATTERN.match(candidate) or check_char(f"{year}{body}") != check:
        return ""
    return candidate
